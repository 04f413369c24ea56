import type { APIRequestContext } from '@playwright/test'
import { datesBetween, eventsOfPeriod, type RawEvent, shiftDate } from './api-truth'

/**
 * Ground truth for the settlement journeys, straight from the Report API's JSON through the proxy,
 * with a few rules from the docs (../../shared/report-api.md) and nothing from src/:
 *
 * - a payout is a funds entry `payout-scheduled` (older name `scheduled-for-payout`) with a negative
 *   amount; it pays everything settled since the previous payout;
 * - a capture or refund in funds has the same pspReference as its sale in the Sales API;
 * - fees withheld are `fees-retained` funds entries; corrections are `correction` entries.
 */
export interface RawEntry {
  pspReference?: string | null
  time: string
  ledgerDate: string
  entryType: string
  reference?: string | null
  amount: number
  balanceBefore: number
  balanceAfter: number
}

interface RawReportPage {
  items: RawEntry[]
  cursor?: string | null
  hasMore: boolean
  tryLater?: boolean | null
}

export const reportPath = (ledgerId: string, topic: 'funds' | 'fees', date: string) =>
  `/api/report/v2/ledgers/${encodeURIComponent(ledgerId)}/${topic}/dates/${date}`

/** Every entry of a topic's ledger date, page by page, and whether the date is still open. */
export async function reportDay(
  request: APIRequestContext,
  ledgerId: string,
  topic: 'funds' | 'fees',
  date: string,
) {
  const items: RawEntry[] = []
  let cursor = ''
  let open = false
  for (;;) {
    const query = new URLSearchParams({ pageSize: '1000', ...(cursor ? { cursor } : {}) })
    const response = await request.get(`${reportPath(ledgerId, topic, date)}?${query}`)
    if (!response.ok()) throw new Error(`${response.status()} for ${topic} ${date}`)
    const page = (await response.json()) as RawReportPage
    items.push(...page.items)
    open = page.tryLater !== false
    cursor = page.cursor ?? ''
    if (!page.hasMore) return { items, open }
  }
}

export const isPayoutEntry = (e: RawEntry) =>
  e.entryType === 'payout-scheduled' || e.entryType === 'scheduled-for-payout'
const isSettlement = (e: RawEntry) => e.entryType === 'capture' || e.entryType === 'refund'
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** A payout's walk from sales to the bank, computed from the raw pages. */
export interface PayoutTruth {
  number: string
  /** The bank statement's text: the reference with «Vipps utbet.» written «Utb.». */
  bankText: string
  date: string
  /** Dates after the previous payout, up to this one. */
  dates: string[]
  salesCaptured: number
  salesRefunded: number
  settledWithoutSale: number
  fees: number
  corrections: number
  other: number
  paid: number
  /** Sales it pays (captures and refunds with a sale in the Sales API). */
  sales: number
}

/**
 * The walk of the payout with this number: its funds entries are those after the previous payout
 * (found by reading back date by date, at most 40 dates) up to it; each settled capture or refund
 * counts with its sale's own gross from the Sales API.
 */
export async function payoutTruth(
  request: APIRequestContext,
  ledgerId: string,
  payoutDate: string,
  number: string,
) {
  const funds = new Map<string, RawEntry[]>()
  const fundsOf = async (date: string) => {
    let entries = funds.get(date)
    if (!entries) {
      entries = (await reportDay(request, ledgerId, 'funds', date)).items
      funds.set(date, entries)
    }
    return entries
  }
  const own = (await fundsOf(payoutDate)).find(
    (e) => isPayoutEntry(e) && e.reference?.includes(` ${number} `),
  )
  if (!own) throw new Error(`no payout ${number} on ${payoutDate}`)
  let previousDate = ''
  for (let date = shiftDate(payoutDate, -1), n = 0; n < 40; date = shiftDate(date, -1), n++) {
    if ((await fundsOf(date)).some(isPayoutEntry)) {
      previousDate = date
      break
    }
  }
  if (!previousDate) throw new Error('no previous payout within 40 dates')
  const dates = datesBetween(shiftDate(previousDate, 1), payoutDate)
  const covered = (await Promise.all(dates.map(fundsOf))).flat().filter((e) => !isPayoutEntry(e))
  // Sales from the previous payout's date on: a sale just before midnight settles the next date.
  const sales = await eventsOfPeriod(request, ledgerId, previousDate, payoutDate)
  const saleOf = new Map<string, RawEvent>()
  for (const e of sales) if (e.pspReference) saleOf.set(`${e.entryType.toLowerCase()}|${e.pspReference}`, e)
  const settled = covered.filter(isSettlement)
  const withSale = settled.filter((e) => saleOf.has(`${e.entryType}|${e.pspReference}`))
  const gross = (e: RawEntry) => Math.abs(saleOf.get(`${e.entryType}|${e.pspReference}`)?.amounts?.gross ?? 0)
  const truth: PayoutTruth = {
    number,
    bankText: (own.reference ?? '').replace(/^Vipps utbet\.\s*/, 'Utb. '),
    date: payoutDate,
    dates,
    salesCaptured: sum(withSale.filter((e) => e.entryType === 'capture').map(gross)),
    salesRefunded: -sum(withSale.filter((e) => e.entryType === 'refund').map(gross)),
    settledWithoutSale: sum(settled.filter((e) => !withSale.includes(e)).map((e) => e.amount)),
    fees: sum(covered.filter((e) => e.entryType === 'fees-retained').map((e) => e.amount)),
    corrections: sum(covered.filter((e) => e.entryType === 'correction').map((e) => e.amount)),
    other: sum(
      covered
        .filter((e) => !isSettlement(e) && e.entryType !== 'fees-retained' && e.entryType !== 'correction')
        .map((e) => e.amount),
    ),
    paid: -own.amount,
    sales: withSale.length,
  }
  return truth
}
