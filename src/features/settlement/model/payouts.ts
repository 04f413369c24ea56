import { addDays } from '../../../api/oslo-time'
import { bankStatementTextOf, type FundsRow, payoutNumberOf } from '../../../api/report-entry'
import type { Join, MatchedTransaction, UnmatchedFunds } from './join'
import type { ReportDate } from './report-date'

/**
 * From the money settled to the money paid out, in øre. Sales figures are the Sales API's own;
 * every other term is a sum of funds rows, so
 * openingBalance + salesCaptured + salesRefunded + settlementDifference + settledWithoutSale
 *   + fees + corrections + otherEntries + unknownEntries − remainingBalance = paid.
 */
export interface PayoutWalk {
  /** The balance before the first covered entry (0 right after the previous payout). */
  openingBalance: number
  /** Captures as the Sales API has them, for sales matched to a funds row (positive). */
  salesCaptured: number
  /** Refunds as the Sales API has them, matched (negative). */
  salesRefunded: number
  /** Settled minus sold, over matched sales (0 when every amount agrees). */
  settlementDifference: number
  /** Captures and refunds settled without a sale amount in view (before the data floor, outside the period …). */
  settledWithoutSale: number
  /** Fees withheld (fees-retained; negative). */
  fees: number
  corrections: number
  /** Top-ups, credit notes, disputes, aborted payouts. */
  otherEntries: number
  /** Entry types this dashboard does not know, by their signed amount. */
  unknownEntries: number
  /** The balance left after the payout (0 when the payout empties it, as documented). */
  remainingBalance: number
  /** Paid to the bank (positive). */
  paid: number
  /** The terms add up to what was paid, to the øre. */
  balances: boolean
}

export interface Payout {
  row: FundsRow
  /** The number the bank statement shows, or null if neither reference nor pspReference holds one. */
  number: string | null
  /** `Utb. 2000023 Vippsnr 550123`: the line a shop owner finds on the bank statement. */
  bankText: string
  /** The ledger date of the payout. */
  date: string
  /** The ledger dates whose money this payout pays, oldest first. */
  dates: string[]
  /**
   * The previous payout is among the loaded dates and no date in between is missing, so the
   * covered dates are known. Otherwise the walk starts at the first loaded date, its opening
   * balance carrying whatever came before.
   */
  coverageKnown: boolean
  /** A covered date is still open. */
  provisional: boolean
  walk: PayoutWalk
  /** The sales it pays (matched), and the funds rows without a sale. */
  transactions: MatchedTransaction[]
  unmatchedFunds: UnmatchedFunds[]
  /** Capture fees of the covered captures, wherever booked (the walk's fees are those retained on the covered dates). */
  feesOfSales: number
}

/** Settled money after the last payout in view: waiting for the next one. */
export interface PendingSettlement {
  dates: string[]
  transactions: MatchedTransaction[]
  /** The latest balance, or null without entries. */
  balance: number | null
  provisional: boolean
}

interface Bucket {
  rows: FundsRow[]
  dates: Set<string>
  complete: boolean
}

const emptyWalk = (): Omit<PayoutWalk, 'remainingBalance' | 'paid' | 'balances'> => ({
  openingBalance: 0,
  salesCaptured: 0,
  salesRefunded: 0,
  settlementDifference: 0,
  settledWithoutSale: 0,
  fees: 0,
  corrections: 0,
  otherEntries: 0,
  unknownEntries: 0,
})

function walkOf(bucket: Bucket, payout: FundsRow, join: Join) {
  const walk = emptyWalk()
  walk.openingBalance = bucket.rows[0]?.balanceBefore ?? payout.balanceBefore
  const transactions: MatchedTransaction[] = []
  const unmatchedFunds: UnmatchedFunds[] = []
  for (const row of bucket.rows) {
    const joined = join.byFundsRow.get(row)
    if (joined && 'sale' in joined) {
      transactions.push(joined)
      const gross = joined.sale.gross
      if (gross === null) walk.settledWithoutSale += row.amount
      else {
        if (gross < 0) walk.salesRefunded += gross
        else walk.salesCaptured += gross
        walk.settlementDifference += row.amount - gross
      }
      continue
    }
    if (joined) unmatchedFunds.push(joined)
    if (row.kind === 'capture' || row.kind === 'refund') walk.settledWithoutSale += row.amount
    else if (row.kind === 'fees-retained') walk.fees += row.amount
    else if (row.kind === 'correction') walk.corrections += row.amount
    else if (row.kind === 'unknown') walk.unknownEntries += row.amount
    else walk.otherEntries += row.amount
  }
  const paid = -payout.amount
  const remainingBalance = payout.balanceAfter
  const terms =
    walk.openingBalance +
    walk.salesCaptured +
    walk.salesRefunded +
    walk.settlementDifference +
    walk.settledWithoutSale +
    walk.fees +
    walk.corrections +
    walk.otherEntries +
    walk.unknownEntries
  const full: PayoutWalk = { ...walk, remainingBalance, paid, balances: terms - remainingBalance === paid }
  return { walk: full, transactions, unmatchedFunds }
}

/**
 * The payouts among the loaded dates, each with the dates and sales it covers and its walk. A
 * payout pays everything settled since the previous payout, so the funds rows are read in order
 * (dates ascending, each date in the API's order) and cut at every payout.
 */
export function findPayouts(report: readonly ReportDate[], join: Join) {
  const dates = [...report].sort((a, b) => a.date.localeCompare(b.date))
  const provisionalDates = new Set(dates.filter((d) => d.provisional).map((d) => d.date))
  const payouts: Payout[] = []
  let bucket: Bucket = { rows: [], dates: new Set(), complete: false }
  let previousDate: string | null = null
  for (const day of dates) {
    if (previousDate !== null && addDays(previousDate, 1) !== day.date) bucket.complete = false
    previousDate = day.date
    bucket.dates.add(day.date)
    for (const row of day.funds) {
      if (row.kind !== 'payout-scheduled') {
        bucket.rows.push(row)
        bucket.dates.add(day.date)
        continue
      }
      const { walk, transactions, unmatchedFunds } = walkOf(bucket, row, join)
      const covered = [...bucket.dates]
      payouts.push({
        row,
        number: payoutNumberOf(row),
        bankText: bankStatementTextOf(row),
        date: day.date,
        dates: covered,
        coverageKnown: bucket.complete,
        provisional: covered.some((d) => provisionalDates.has(d)),
        walk,
        transactions,
        unmatchedFunds,
        feesOfSales: transactions.reduce((sum, t) => sum + t.fees.reduce((s, f) => s + f.amount, 0), 0),
      })
      // The next payout starts after this one: on the next date, as documented, or on this one
      // if entries follow the payout.
      bucket = { rows: [], dates: new Set(), complete: true }
    }
  }
  const pendingTransactions = bucket.rows.flatMap((row) => {
    const joined = join.byFundsRow.get(row)
    return joined && 'sale' in joined ? [joined] : []
  })
  const pendingDates = [...bucket.dates]
  const pending: PendingSettlement = {
    dates: pendingDates,
    transactions: pendingTransactions,
    balance: bucket.rows.at(-1)?.balanceAfter ?? null,
    provisional: pendingDates.some((d) => provisionalDates.has(d)),
  }
  return { payouts, pending }
}
