import {
  amountsOf,
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
import { expect, test } from './support/test'

const LEDGER = '302322'

test('charts, VAT summary and totals bar agree with the API; a category click shows its own lines', async ({
  page,
  request,
}) => {
  const today = osloToday()
  const events = await eventsOfPeriod(request, LEDGER, shiftDate(today, -6), today)
  const truth = sums(events)
  const captures = events.filter((e) => !isRefund(e)).reduce((s, e) => s + (amountsOf(e).gross ?? 0), 0)
  const refunds = events.filter(isRefund).reduce((s, e) => s + (amountsOf(e).gross ?? 0), 0)

  await page.goto(`/?ledger=${LEDGER}&period=last7&tab=insights`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect(page.getByTestId('chart-time')).toBeVisible()

  const barVat = normaliseSpaces(await page.getByTestId('total-vat').textContent())
  expect(barVat).toBe(kroner(truth.vat))
  expect(normaliseSpaces(await page.getByTestId('vat-summary-total').textContent())).toBe(barVat)
  const timeSummary = normaliseSpaces(
    await page.getByTestId('chart-time').locator('.chart-card__summary').textContent(),
  )
  expect(timeSummary).toContain(`Salg ${kroner(captures)}, refusjoner ${kroner(refunds)}.`)
  expect(captures + refunds).toBe(truth.gross)

  // The biggest category is the first bar; clicking it filters the table to it.
  const first = page.getByTestId('chart-category').locator('.recharts-bar-rectangle').first()
  await first.click()
  await expect(page).toHaveURL(/category=/)
  const category = new URL(page.url()).searchParams.get('category') as string
  const matching = events.filter((e) => categoriesOf(e).includes(category))
  await expect(page.getByTestId('total-count')).toHaveText(matching.length.toLocaleString('nb-NO'))
  await expect(page.getByTestId('sales-row').first()).toBeVisible()
  expect(new URL(page.url()).searchParams.get('tab')).toBeNull()
  // Whole transactions and the category's own lines, each as the API says.
  expect(normaliseSpaces(await page.getByTestId('total-gross').textContent())).toBe(
    kroner(sums(matching).gross),
  )
  expect(normaliseSpaces(await page.getByTestId('category-gross').textContent())).toBe(
    kroner(categoryGross(matching, category)),
  )
})

test('the day report adds up: counts per payment type, gross and VAT equal the API, and it prints on A4', async ({
  page,
  request,
}, testInfo) => {
  const day = shiftDate(osloToday(), -1)
  const events = await eventsOfPeriod(request, '302321', day, day)
  const truth = sums(events)
  await page.goto(`/report?ledger=302321&date=${day}`)
  await expect(page.getByRole('heading', { name: 'Dagsoppgjør', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled()
  expect(normaliseSpaces(await page.getByTestId('report-gross').textContent())).toBe(kroner(truth.gross))
  expect(normaliseSpaces(await page.getByTestId('report-vat').textContent())).toContain(kroner(truth.vat))
  await expect(page.getByTestId('report-captures')).toHaveText(truth.captures.toLocaleString('nb-NO'))
  await expect(page.getByTestId('report-refunds')).toHaveText(truth.refunds.toLocaleString('nb-NO'))

  // Per payment type: sales and refunds per row as the API says, and the sum row equals the counts above.
  const table = page.getByTestId('report-payment-types')
  const labels: Record<string, string> = { CARD: 'Kort', CASH: 'Kontant', WALLET: 'Vipps' }
  for (const [type, label] of Object.entries(labels)) {
    const ofType = events.filter((e) => e.paymentType === type)
    if (ofType.length === 0) continue
    const cells = table
      .locator('tbody tr', { has: page.getByRole('cell', { name: label, exact: true }) })
      .locator('td')
    await expect(cells.nth(1)).toHaveText(sums(ofType).captures.toLocaleString('nb-NO'))
    await expect(cells.nth(2)).toHaveText(sums(ofType).refunds.toLocaleString('nb-NO'))
  }
  const sumRow = table.locator('tfoot tr td')
  await expect(sumRow.nth(0)).toHaveText(truth.captures.toLocaleString('nb-NO'))
  await expect(sumRow.nth(1)).toHaveText(truth.refunds.toLocaleString('nb-NO'))
  expect(truth.refunds, 'the day has refunds, so both count columns are exercised').toBeGreaterThan(0)

  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.shell__header')).toBeHidden()
  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('day-report.pdf') })
  expect(pdf.byteLength).toBeGreaterThan(10_000)
  await page.screenshot({ path: testInfo.outputPath('day-report-print.png'), fullPage: true })
})
