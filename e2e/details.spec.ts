import { osloToday, shiftDate } from './support/api-truth'
import { expect, test } from './support/test'

const CAFE = '302321'
const SHOP = '302322'
const CLUB = '302323'

test('the feed hides Fra/Til, and its oldest-first order does not follow into the date view', async ({
  page,
}) => {
  await page.goto(`/?ledger=${CAFE}&view=feed`)
  await expect(page.getByTestId('sales-row').first()).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Fra', exact: true })).toBeHidden()
  await expect(page.getByRole('columnheader', { name: 'Tid' })).toHaveAttribute('aria-sort', 'ascending')
  await page.getByRole('button', { name: 'I går' }).click()
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Tid' })).toHaveAttribute('aria-sort', 'descending')
  expect(new URL(page.url()).searchParams.get('sort')).toBeNull()
  await expect(page.getByRole('textbox', { name: 'Fra', exact: true })).toBeVisible()
})

test('charts: day ticks end with a dot, one number format per axis, the VAT chart has a legend; the VAT summary’s Sum row is full', async ({
  page,
}) => {
  await page.goto(`/?ledger=${SHOP}&period=last7&tab=insights`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  const time = page.getByTestId('chart-time')
  const ticks = time.locator('.recharts-cartesian-axis-tick-value')
  await expect(ticks.first()).toBeVisible()
  const texts = await ticks.allTextContents()
  // Days on one axis ("22.11."), kroner on the other in one format (no "19,5k" beside "1 mill.").
  const days = texts.filter((t) => t.includes('.'))
  expect(days.length).toBeGreaterThanOrEqual(7)
  for (const day of days) expect(day).toMatch(/^\d\d\.\d\d\.$/)
  for (const value of texts.filter((t) => !t.includes('.')))
    expect(value).toMatch(/^−?\d{1,3}( \d{3})*(,\d)?$/)
  await expect(time.locator('.chart-card__unit')).toHaveText(/^(kr|tusen kr|mill\. kr)$/)
  const legend = page.getByTestId('chart-vat').locator('.recharts-legend-item-text')
  await expect(legend).toHaveText(['Grunnlag', 'MVA'])
  const sumCells = page.getByTestId('vat-summary').locator('tfoot tr').first().locator('td')
  await expect(sumCells).toHaveCount(9)
  for (const cell of await sumCells.allTextContents()) expect(cell).toMatch(/kr/)
})

test('the day report is a "Dagsoppgjør" with the owner’s org. number and its own date control', async ({
  page,
}) => {
  const day = shiftDate(osloToday(), -2)
  await page.goto(`/report?ledger=${CAFE}&date=${day}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dagsoppgjør')
  await expect(page.getByTestId('report-org-number')).toContainText('Org.nr. 912 345 678')
  await page.getByRole('button', { name: /Forrige dag/ }).click()
  await expect(page).toHaveURL(new RegExp(`date=${shiftDate(day, -1)}`))
  const field = page.getByRole('textbox', { name: 'Dato', exact: true })
  await field.fill(`${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`)
  await field.press('Enter')
  await expect(page).toHaveURL(new RegExp(`date=${day}`))
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled()
})

test('a Vippsnummer merchant’s sales lack lines by nature: said once, quietly, not as a warning', async ({
  page,
}) => {
  await page.goto(`/?ledger=${CLUB}&period=yesterday`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await expect(page.getByTestId('coverage-by-nature')).toHaveCount(1)
  await expect(page.getByTestId('coverage-by-nature')).toContainText(
    'valgfritt beløp (Vippsnummer) har ingen varelinjer',
  )
  await expect(page.locator('.notice')).toHaveCount(0)
})

test('an expanded web-shop row shows its whole line table within the table, also at 1280 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`/?ledger=${SHOP}&period=yesterday&sort=-lines`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await page.getByTestId('sales-row').first().click()
  const lines = page.locator('.row-detail .lines-table')
  await expect(lines).toBeVisible()
  const [right, visibleRight] = await page.evaluate(() => {
    const table = document.querySelector('.row-detail .lines-table') as HTMLElement
    const scroll = document.querySelector('.table-scroll') as HTMLElement
    return [table.getBoundingClientRect().right, scroll.getBoundingClientRect().left + scroll.clientWidth]
  })
  expect(right).toBeLessThanOrEqual(visibleRight)
})
