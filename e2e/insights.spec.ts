import { expect, test } from '@playwright/test'
import { addDays, todayInOslo } from '../src/api/oslo-time'
import { categoriesOf } from '../src/shared/filters/filters'
import { eventsOfPeriod, kroner, normaliseSpaces, sums } from './support/api-truth'

const LEDGER = '302322'

test('charts, VAT summary and totals bar agree; a category click filters the table', async ({
  page,
  request,
}) => {
  const today = todayInOslo()
  const rows = await eventsOfPeriod(request, LEDGER, addDays(today, -6), today)
  const truth = sums(rows)
  const captures = rows.filter((r) => !r.isRefund).reduce((s, r) => s + (r.gross ?? 0), 0)
  const refunds = rows.filter((r) => r.isRefund).reduce((s, r) => s + (r.gross ?? 0), 0)

  await page.goto(`/?ledger=${LEDGER}&period=last7&tab=insights`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect(page.getByTestId('chart-time')).toBeVisible()

  const barVat = normaliseSpaces(await page.getByTestId('total-vat').textContent())
  expect(barVat).toBe(normaliseSpaces(kroner(truth.vat)))
  expect(normaliseSpaces(await page.getByTestId('vat-summary-total').textContent())).toBe(barVat)
  const timeSummary = normaliseSpaces(
    await page.getByTestId('chart-time').locator('.chart-card__summary').textContent(),
  )
  expect(timeSummary).toContain(normaliseSpaces(kroner(captures)))
  expect(timeSummary).toContain(normaliseSpaces(kroner(refunds)))
  expect(captures + refunds).toBe(truth.gross)

  // The biggest category is the first bar; clicking it filters the table to it.
  const first = page.getByTestId('chart-category').locator('.recharts-bar-rectangle').first()
  await first.click()
  await expect(page).toHaveURL(/category=/)
  const category = new URL(page.url()).searchParams.get('category') as string
  const matching = rows.filter((r) => categoriesOf(r).includes(category))
  await expect(page.getByTestId('total-count')).toHaveText(matching.length.toLocaleString('nb-NO'))
  await expect(page.getByTestId('sales-row').first()).toBeVisible()
  expect(new URL(page.url()).searchParams.get('tab')).toBeNull()
})

test('the day report adds up and prints on A4', async ({ page, request }, testInfo) => {
  const day = addDays(todayInOslo(), -1)
  const truth = sums(await eventsOfPeriod(request, '302321', day, day))
  await page.goto(`/report?ledger=302321&date=${day}`)
  await expect(page.getByRole('heading', { name: 'Dagsrapport (Z-rapport)' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled()
  expect(normaliseSpaces(await page.getByTestId('report-gross').textContent())).toBe(
    normaliseSpaces(kroner(truth.gross)),
  )
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.shell__header')).toBeHidden()
  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('day-report.pdf') })
  expect(pdf.byteLength).toBeGreaterThan(10_000)
  await page.screenshot({ path: testInfo.outputPath('day-report-print.png'), fullPage: true })
})
