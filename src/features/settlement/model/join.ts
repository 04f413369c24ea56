import { HISTORICAL_FLOOR } from '../../../api/endpoints'
import { countsInTotals } from '../../../api/money-parts'
import { addDays } from '../../../api/oslo-time'
import type { FeesRow, FundsRow } from '../../../api/report-entry'
import type { SaleRow } from '../../../api/sale-row'
import type { ReportDate } from './report-date'

/** A sale (Sales API) and the money that settled it (funds), with its capture fees. */
export interface MatchedTransaction {
  sale: SaleRow
  funds: FundsRow
  /** Capture fees with the sale's pspReference, from any loaded ledger date (negative øre). */
  fees: FeesRow[]
  /** funds.amount − sale.gross: 0 when they agree; null when the Sales API gave no amount. */
  difference: number | null
  /** Same kind (capture/refund) and the same amount. */
  agrees: boolean
}

/** Why a sale has no funds row. */
export type SaleUnmatchedReason =
  /** No pspReference: paid in cash, never settled through Vipps MobilePay. */
  | 'cash'
  /** Its ledger date (or the next, where a late settlement lands) is still open. */
  | 'not-yet-settled'
  /** Its settlement would be on a date that is not loaded (typically the day after the period). */
  | 'settlement-outside-period'
  /** An entry type that is neither capture nor refund: never counted as a sale. */
  | 'unknown-type'
  /** The event could not be read. */
  | 'invalid'
  /** Both dates it could settle on are loaded and closed, and it is not there: a discrepancy. */
  | 'no-funds-row'

/** Why a funds row has no sale. */
export type FundsUnmatchedReason =
  | 'correction'
  /** A capture or refund older than the oldest data the Sales API holds. */
  | 'before-data-floor'
  /** Its sale would be on a date whose sales are not loaded (typically the day before the period). */
  | 'sale-outside-period'
  | 'unknown-type'
  /** A known entry type that is not a sale: top-up, credit note, dispute, aborted payout. */
  | 'other-entry-type'
  /** The Sales API has its pspReference, but as an unreadable or unknown-type event. */
  | 'sale-unreadable'
  /** A second capture or refund row with a pspReference that is already matched. */
  | 'duplicate'
  /** Its sale's dates are loaded and the sale is not there: a discrepancy. */
  | 'no-sale'

/** Why a capture fee has no capture among the loaded funds. */
export type FeeUnmatchedReason = 'capture-outside-period' | 'no-capture'

export interface UnmatchedSale {
  sale: SaleRow
  reason: SaleUnmatchedReason
}
export interface UnmatchedFunds {
  row: FundsRow
  reason: FundsUnmatchedReason
  /** Capture fees with this row's pspReference (a capture settled without a sale in view). */
  fees: FeesRow[]
}
export interface UnmatchedFee {
  row: FeesRow
  reason: FeeUnmatchedReason
}

export interface JoinInput {
  /** Sales rows of the loaded dates (from the period loader). */
  sales: readonly SaleRow[]
  /** Ledger dates whose sales are completely loaded. */
  salesDates: readonly string[]
  /** Loaded Report API dates, in any order. */
  report: readonly ReportDate[]
  /** The oldest instant the Sales API holds for this ledger (see salesDataFloorOf); null if unknown. */
  salesDataFloorMs?: number | null
}

export interface Join {
  matched: MatchedTransaction[]
  unmatchedSales: UnmatchedSale[]
  unmatchedFunds: UnmatchedFunds[]
  unmatchedFees: UnmatchedFee[]
  /** Fees that belong to no capture: service fees, invoiced fees, credit notes, corrections, unknown types. */
  otherFees: FeesRow[]
  /** The matched transaction of each funds row, and the reason of each unmatched one. */
  byFundsRow: Map<FundsRow, MatchedTransaction | UnmatchedFunds>
}

/** Kinds that are the settlement's own bookkeeping, not something to match. */
const isMechanics = (row: FundsRow) => row.kind === 'fees-retained' || row.kind === 'payout-scheduled'
const isSettlement = (row: FundsRow) => row.kind === 'capture' || row.kind === 'refund'

/** The latest Sales API floor among the solutions in the rows: older funds rows may have no sale. */
export function salesDataFloorOf(sales: readonly SaleRow[]): number | null {
  let floor: number | null = null
  for (const solution of new Set(sales.map((row) => row.solution))) {
    const start = HISTORICAL_FLOOR[solution as keyof typeof HISTORICAL_FLOOR]
    if (start !== undefined) floor = Math.max(floor ?? 0, Date.parse(start))
  }
  return floor
}

/** The first unused row of the sale's kind, else the first unused row of any kind. */
function unusedFundsRow(rows: readonly FundsRow[] | undefined, kind: string, used: ReadonlySet<FundsRow>) {
  let fallback: FundsRow | undefined
  for (const row of rows ?? []) {
    if (used.has(row)) continue
    if (row.kind === kind) return row
    fallback ??= row
  }
  return fallback
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * Joins sales with funds and fees on pspReference, across every loaded date (a sale settled
 * after midnight is matched on the next ledger date), and says why each one-sided row is alone.
 */
export function joinSettlement(input: JoinInput): Join {
  const reportByDate = new Map(input.report.map((d) => [d.date, d]))
  const salesDates = new Set(input.salesDates)
  const floor = input.salesDataFloorMs ?? null

  const fundsByPsp = new Map<string, FundsRow[]>()
  const feesByPsp = new Map<string, FeesRow[]>()
  const otherFees: FeesRow[] = []
  const captureFees: FeesRow[] = []
  for (const date of input.report) {
    for (const row of date.funds)
      if (isSettlement(row) && row.pspReference) push(fundsByPsp, row.pspReference, row)
    for (const row of date.fees) {
      if (row.kind === 'capture-fee' && row.pspReference) {
        push(feesByPsp, row.pspReference, row)
        captureFees.push(row)
      } else if (row.kind !== 'fees-retained') {
        otherFees.push(row)
      }
    }
  }

  const used = new Set<FundsRow>()
  const matched: MatchedTransaction[] = []
  const unmatchedSales: UnmatchedSale[] = []
  const unreadablePsps = new Set<string>()
  const feesOf = (row: FundsRow) =>
    (row.kind === 'capture' && row.pspReference ? feesByPsp.get(row.pspReference) : null) ?? []

  const saleReason = (sale: SaleRow): SaleUnmatchedReason => {
    const candidates = [sale.ledgerDate, addDays(sale.ledgerDate, 1)].map((d) => reportByDate.get(d))
    if (candidates.some((d) => d?.provisional)) return 'not-yet-settled'
    return candidates.some((d) => !d) ? 'settlement-outside-period' : 'no-funds-row'
  }

  for (const sale of input.sales) {
    if (!countsInTotals(sale)) {
      if (sale.pspReference) unreadablePsps.add(sale.pspReference)
      unmatchedSales.push({ sale, reason: sale.invalid ? 'invalid' : 'unknown-type' })
      continue
    }
    if (!sale.pspReference) {
      unmatchedSales.push({ sale, reason: 'cash' })
      continue
    }
    const funds = unusedFundsRow(fundsByPsp.get(sale.pspReference), sale.entryKind, used)
    if (!funds) {
      unmatchedSales.push({ sale, reason: saleReason(sale) })
      continue
    }
    used.add(funds)
    const difference = sale.gross === null ? null : funds.amount - sale.gross
    matched.push({
      sale,
      funds,
      fees: feesOf(funds),
      difference,
      agrees: difference === 0 && funds.kind === sale.entryKind,
    })
  }

  const fundsReason = (row: FundsRow): FundsUnmatchedReason => {
    if (row.kind === 'correction') return 'correction'
    if (row.kind === 'unknown') return 'unknown-type'
    if (!isSettlement(row)) return 'other-entry-type'
    if (row.pspReference && unreadablePsps.has(row.pspReference)) return 'sale-unreadable'
    if (row.pspReference && fundsByPsp.get(row.pspReference)?.some((other) => used.has(other)))
      return 'duplicate'
    if (floor !== null && row.timeMs < floor) return 'before-data-floor'
    const saleDates = [row.ledgerDate, addDays(row.ledgerDate, -1)]
    return saleDates.every((d) => salesDates.has(d)) ? 'no-sale' : 'sale-outside-period'
  }

  const byFundsRow = new Map<FundsRow, MatchedTransaction | UnmatchedFunds>()
  for (const transaction of matched) byFundsRow.set(transaction.funds, transaction)
  const unmatchedFunds: UnmatchedFunds[] = []
  const capturePsps = new Set<string>()
  for (const date of input.report) {
    for (const row of date.funds) {
      if (row.kind === 'capture' && row.pspReference) capturePsps.add(row.pspReference)
      if (used.has(row) || isMechanics(row)) continue
      const unmatched = { row, reason: fundsReason(row), fees: feesOf(row) }
      unmatchedFunds.push(unmatched)
      byFundsRow.set(row, unmatched)
    }
  }

  const unmatchedFees: UnmatchedFee[] = []
  for (const row of captureFees) {
    if (row.pspReference && capturePsps.has(row.pspReference)) continue
    // A fee is booked on its capture's ledger date or up to two dates later.
    const captureDates = [row.ledgerDate, addDays(row.ledgerDate, -1), addDays(row.ledgerDate, -2)]
    const reason = captureDates.every((d) => reportByDate.has(d)) ? 'no-capture' : 'capture-outside-period'
    unmatchedFees.push({ row, reason })
  }

  return { matched, unmatchedSales, unmatchedFunds, unmatchedFees, otherFees, byFundsRow }
}
