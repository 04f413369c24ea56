import {
  datePath,
  kroner,
  normaliseSpaces,
  osloToday,
  type RawEvent,
  type RawPage,
  shiftDate,
  sums,
} from './support/api-truth'
import { expect, type Page, test } from './support/test'

const LEDGER = '302321'

/**
 * An upstream that answers within the docs but unlike our simulator: a future entry type, events
 * without amounts, and events whose lines do not add up to their amounts. The browser gets the
 * altered pages; the truth is computed from exactly what it got.
 */
function alter(event: RawEvent): RawEvent {
  let hash = 0
  for (const c of `${event.reference}|${event.time}|${event.entryType}`)
    hash = (hash * 31 + c.charCodeAt(0)) >>> 0
  switch (hash % 40) {
    case 3:
      return { ...event, entryType: 'chargeback' }
    case 11:
      return { ...event, amounts: null }
    case 19:
      return { ...event, amounts: { ...event.amounts, gross: (event.amounts?.gross ?? 0) + 100 } }
    default:
      return event
  }
}

/** Alters the day's pages on their way to the browser (the same way on every load); returns what was served. */
async function serveAltered(page: Page, day: string): Promise<Map<string, RawEvent>> {
  const served = new Map<string, RawEvent>()
  await page.route(
    (url) => url.pathname === datePath(LEDGER, day),
    async (route) => {
      const response = await route.fetch()
      const body = (await response.json()) as RawPage
      body.items = body.items.map((event) => {
        const altered = alter(event)
        served.set(`${event.reference}|${event.time}|${event.entryType}|${event.pspReference}`, altered)
        return altered
      })
      await route.fulfill({ response, json: body })
    },
  )
  return served
}

const text = async (page: Page, testId: string) =>
  normaliseSpaces(await page.getByTestId(testId).textContent())

test('an unknown entry type, events without amounts and lines that do not add up: every figure right or marked', async ({
  page,
}) => {
  const day = shiftDate(osloToday(), -1)
  const servedByKey = await serveAltered(page, day)
  await page.goto(`/?ledger=${LEDGER}&period=yesterday`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  const served = [...servedByKey.values()]
  const truth = sums(served)
  const chargebacks = served.filter((e) => e.entryType === 'chargeback').length
  expect(chargebacks).toBeGreaterThan(5)
  expect(truth.withoutGross).toBeGreaterThan(5)

  // Totals bar: the sums of captures and refunds only; what is left out is said, not zero.
  await expect(page.getByTestId('total-count')).toHaveText(served.length.toLocaleString('nb-NO'))
  expect(await text(page, 'total-gross')).toBe(kroner(truth.gross))
  expect(await text(page, 'total-vat')).toBe(kroner(truth.vat))
  expect(await text(page, 'total-without-gross')).toBe(`+ ${truth.withoutGross} uten beløp`)
  expect(await text(page, 'totals-excluded')).toContain(`Summene utelater ${chargebacks} transaksjoner`)
  expect(await text(page, 'totals-excluded')).toContain('«chargeback»')
  await expect(page.getByTestId('coverage-without-gross')).toContainText(
    `${truth.withoutGross} transaksjoner uten beløp`,
  )

  // The unknown type is in the table as it is, flagged.
  await page.goto(`/?ledger=${LEDGER}&period=yesterday&type=chargeback`)
  await expect(page.getByTestId('total-count')).toHaveText(String(chargebacks))
  await expect(page.getByTestId('sales-row').first().locator('[data-column="entryType"]')).toHaveText(
    '⚠ chargeback',
  )

  // VAT summary: the same money as the totals bar, and the events without amounts counted.
  await page.goto(`/?ledger=${LEDGER}&period=yesterday&tab=insights`)
  await expect(page.getByTestId('vat-summary')).toBeVisible()
  expect(await text(page, 'vat-summary-total')).toBe(kroner(truth.vat))
  expect(await text(page, 'vat-summary-all-gross')).toBe(
    `${kroner(truth.gross)}+ ${truth.withoutGross} uten beløp`,
  )
  await expect(page.getByTestId('vat-summary-without-breakdown')).toContainText(
    `${truth.withoutVat} transaksjoner – Vipps MobilePay oppga ikke mva; ${truth.withoutGross} av dem heller ikke beløp`,
  )
  await expect(page.getByTestId('chart-time').locator('.chart-card__summary')).toContainText(
    `${truth.withoutGross} uten beløp er ikke med i beløpene`,
  )

  // The day report: same figures, and what is not in them.
  await page.goto(`/report?ledger=${LEDGER}&date=${day}`)
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled()
  expect(await text(page, 'report-gross')).toBe(`${kroner(truth.gross)}+ ${truth.withoutGross} uten beløp`)
  await expect(page.getByTestId('report-captures')).toHaveText(truth.captures.toLocaleString('nb-NO'))
  await expect(page.getByTestId('report-excluded')).toContainText(
    `${chargebacks} transaksjoner – ${chargebacks} av ukjent type (chargeback)`,
  )
})
