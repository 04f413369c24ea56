import {
  byGrossDescending,
  categoriesOf,
  categoryGross,
  eventsOfPeriod,
  isRefund,
  kroner,
  normaliseSpaces,
  osloToday,
  shiftDate,
  sums,
} from './support/api-truth'
import { expect, type Page, test } from './support/test'

const LEDGER = '302322'

async function choose(page: Page, filter: string, option: string) {
  await page.locator('summary', { hasText: filter }).click()
  await page.getByRole('group', { name: filter }).getByRole('checkbox', { name: option }).check()
  await page.locator('summary', { hasText: filter }).click()
}

async function visibleReferences(page: Page, count: number) {
  const cells = page.getByTestId('sales-row').locator('[data-column="reference"]')
  await expect(cells.first()).toBeVisible()
  return (await cells.allTextContents()).slice(0, count)
}

async function totalsShown(page: Page) {
  return {
    count: await page.getByTestId('total-count').textContent(),
    gross: normaliseSpaces(await page.getByTestId('total-gross').textContent()),
    net: normaliseSpaces(await page.getByTestId('total-net').textContent()),
    vat: normaliseSpaces(await page.getByTestId('total-vat').textContent()),
  }
}

test('last 7 days, refunds in one category, sorted by gross: same rows and totals after reload, equal to the API', async ({
  page,
  request,
}) => {
  const today = osloToday()
  const all = await eventsOfPeriod(request, LEDGER, shiftDate(today, -6), today)
  const refunds = all.filter(isRefund)
  const categoryCounts = new Map<string, number>()
  for (const row of refunds)
    for (const c of categoriesOf(row)) categoryCounts.set(c, (categoryCounts.get(c) ?? 0) + 1)
  const [category] = [...categoryCounts].sort((a, b) => b[1] - a[1])[0] ?? []
  expect(category).toBeTruthy()
  const expected = refunds.filter((r) => categoriesOf(r).includes(category as string)).sort(byGrossDescending)
  const truth = sums(expected)
  // The category's own lines, apart from the whole transactions that contain it.
  const ownGross = categoryGross(expected, category as string)

  await page.goto('/')
  await page.getByLabel('Salgssted').selectOption(LEDGER)
  await page.getByRole('button', { name: 'Siste 7 dager' }).click()
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect(page.getByTestId('total-count')).toHaveText(all.length.toLocaleString('nb-NO'))

  await choose(page, 'Type', 'Refusjon')
  await choose(page, 'Kategori', category as string)
  await page.getByRole('columnheader', { name: 'Brutto' }).getByRole('button').click()
  await expect(page.getByRole('columnheader', { name: 'Brutto' })).toHaveAttribute('aria-sort', 'descending')

  const shown = await totalsShown(page)
  expect(shown).toEqual({
    count: truth.count.toLocaleString('nb-NO'),
    gross: normaliseSpaces(kroner(truth.gross)),
    net: normaliseSpaces(kroner(truth.net)),
    vat: normaliseSpaces(kroner(truth.vat)),
  })
  expect(truth.gross).toBeLessThan(0)
  expect(normaliseSpaces(await page.getByTestId('category-gross').textContent())).toBe(kroner(ownGross))
  expect(ownGross).toBeGreaterThanOrEqual(truth.gross)
  const rows = await visibleReferences(page, Math.min(5, expected.length))
  expect(rows).toEqual(expected.slice(0, rows.length).map((r) => r.reference))

  const url = new URL(page.url())
  expect(url.searchParams.get('period')).toBe('last7')
  expect(url.searchParams.getAll('type')).toEqual(['refund'])
  expect(url.searchParams.getAll('category')).toEqual([category])
  expect(url.searchParams.get('sort')).toBe('-gross')

  await page.reload()
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  expect(await totalsShown(page)).toEqual(shown)
  expect(await visibleReferences(page, rows.length)).toEqual(rows)

  // Back steps through the changes: first undo the sort.
  await page.goBack()
  await expect(page.getByRole('columnheader', { name: 'Tid' })).toHaveAttribute('aria-sort', 'descending')
})

test('typing in the search keeps every keystroke and the cursor; Back and Forward step through sorts', async ({
  page,
}) => {
  await page.goto(`/?ledger=${LEDGER}&period=last7`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  const search = page.getByRole('search', { name: 'Filtre' }).getByRole('searchbox')

  await search.pressSequentially('sokker')
  await expect(search).toHaveValue('sokker')
  // Typed at the start: each letter lands where the cursor is, not at the end.
  await search.press('Home')
  await search.pressSequentially('ull')
  await expect(search).toHaveValue('ullsokker')
  await expect(page).toHaveURL(/[?&]q=ullsokker(&|$)/)
  await expect(page.getByTestId('sales-row').first()).toBeVisible()

  const gross = page.getByRole('columnheader', { name: 'Brutto' })
  await gross.getByRole('button').click()
  await expect(gross).toHaveAttribute('aria-sort', 'descending')
  await gross.getByRole('button').click()
  await expect(gross).toHaveAttribute('aria-sort', 'ascending')
  await page.goBack()
  await expect(gross).toHaveAttribute('aria-sort', 'descending')
  await page.goBack()
  await expect(page.getByRole('columnheader', { name: 'Tid' })).toHaveAttribute('aria-sort', 'descending')
  await expect(search).toHaveValue('ullsokker')
  await page.goForward()
  await expect(gross).toHaveAttribute('aria-sort', 'descending')
  expect(new URL(page.url()).searchParams.get('sort')).toBe('-gross')
})
