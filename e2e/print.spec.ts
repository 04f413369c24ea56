import {
  eventsOfPeriod,
  kroner,
  normaliseSpaces,
  osloToday,
  shiftDate,
  sums,
  typed,
} from './support/api-truth'
import { expect, type Page, test } from './support/test'

const CAFE = '302321'

async function expectCleanPrint(page: Page) {
  // A4 at 96 dpi, so the screenshot is laid out as the paper is.
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.emulateMedia({ media: 'print' })
  // The summary is there; the UI and the table are not.
  await expect(page.getByTestId('print-header')).toBeVisible()
  await expect(page.getByTestId('print-details')).toBeVisible()
  await expect(page.locator('.shell__header')).toBeHidden()
  await expect(page.getByRole('search', { name: 'Filtre' })).toBeHidden()
  await expect(page.getByTestId('sales-row')).toHaveCount(0)
  await expect(page.locator('.print-charts svg.recharts-surface').first()).toBeVisible()
  await expect(page.locator('.print-charts .chart-card')).toHaveCount(4)
}

/** Saved to the test's output; with UPDATE_SCREENSHOTS=1 also to e2e/screenshots/ (the README's). */
async function screenshot(page: Page, path: string) {
  await page.screenshot({ path, fullPage: true })
  if (process.env.UPDATE_SCREENSHOTS === '1')
    await page.screenshot({ path: `e2e/screenshots/${path.split('/').at(-1)}`, fullPage: true })
}

test('Ctrl+P on the table prints a clean summary: period, filters, totals, VAT by rate, charts', async ({
  page,
  request,
}, testInfo) => {
  const from = shiftDate(osloToday(), -7)
  const to = shiftDate(osloToday(), -1)
  const events = (await eventsOfPeriod(request, CAFE, from, to)).filter((e) => e.paymentType === 'CARD')
  const truth = sums(events)
  await page.goto(`/?ledger=${CAFE}&period=custom&from=${from}&to=${to}&payment=CARD`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expectCleanPrint(page)
  const header = page.getByTestId('print-header')
  await expect(header).toContainText('Kaffebrenneriet Løkka')
  await expect(header).toContainText(`Periode: ${typed(from)}–${typed(to)}`)
  await expect(header).toContainText('Betaling: Kort')
  expect(normaliseSpaces(await page.getByTestId('total-gross').textContent())).toBe(kroner(truth.gross))
  expect(normaliseSpaces(await page.getByTestId('print-vat-total').textContent())).toBe(kroner(truth.vat))
  await screenshot(page, testInfo.outputPath('print-table.png'))
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.byteLength).toBeGreaterThan(10_000)

  // Back on screen, the summary is gone and the table is back.
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByTestId('print-header')).toBeHidden()
  await expect(page.getByTestId('sales-row').first()).toBeVisible()
})

test('Ctrl+P on Insights prints the same summary, not the page', async ({ page }, testInfo) => {
  await page.goto(`/?ledger=${CAFE}&period=yesterday&tab=insights`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await expect(page.getByTestId('chart-time')).toBeVisible()
  await expectCleanPrint(page)
  await expect(page.getByTestId('print-header')).toContainText('Ingen filtre')
  await expect(page.locator('.insights')).toBeHidden()
  await screenshot(page, testInfo.outputPath('print-insights.png'))
})
