import { countsInTotals } from '../../../api/money-parts'
import type { FeesRow, FundsRow } from '../../../api/report-entry'
import type { SaleRow } from '../../../api/sale-row'
import { type BalanceCheck, checkBalances } from './balance'
import { type FeesSummary, feesSummary } from './fees'
import {
  type Join,
  type JoinInput,
  joinSettlement,
  type MatchedTransaction,
  type SaleUnmatchedReason,
  type UnmatchedFee,
  type UnmatchedFunds,
  type UnmatchedSale,
} from './join'
import { findPayouts, type Payout, type PendingSettlement } from './payouts'
import type { ReportDate } from './report-date'

/** Sales beside settled money, for the matched rows of a date. Signed øre: refunds negative. */
export interface MatchedTotals {
  salesCaptured: number
  salesRefunded: number
  fundsCaptured: number
  fundsRefunded: number
  /** Matched sales without an amount in the Sales API: left out of the sales figures. */
  missingSaleAmounts: number
  /** salesCaptured + salesRefunded = fundsCaptured + fundsRefunded, with no amount missing. */
  agrees: boolean
}

/** One ledger date: its sales, the money settled on it, what stands alone, and its checks. */
export interface DaySettlement {
  date: string
  /** The Report API's entries for this date are loaded. */
  reportLoaded: boolean
  /** Open (or not loaded): figures may change. */
  provisional: boolean
  /** The date's captures and refunds in the Sales API (readable rows only; cash included). */
  sales: { captured: number; refunded: number; count: number; missingAmounts: number }
  /** Sales settled on this date (their sale may be from the date before). */
  matched: MatchedTransaction[]
  totals: MatchedTotals
  /** Sales of this date without a funds row. */
  unmatchedSales: UnmatchedSale[]
  /** Funds rows of this date without a sale (corrections and the like included). */
  unmatchedFunds: UnmatchedFunds[]
  unmatchedFees: UnmatchedFee[]
  /** Σ the fees topic's entries other than fees-retained (negative). */
  feesCharged: number
  /** Σ fees-retained in funds (negative). */
  feesRetained: number
  payout: Payout | null
  fundsBalance: BalanceCheck
  feesBalance: BalanceCheck
}

export type SettlementStatus = 'settled' | SaleUnmatchedReason

/** What happened to one sale's money: for the order page and the export. */
export interface TransactionSettlement {
  status: SettlementStatus
  /** The funds row's ledger date. */
  ledgerDate: string | null
  settledAmount: number | null
  /** Σ its capture fees (negative); null when not settled. */
  fees: number | null
  feeRows: FeesRow[]
  payout: Payout | null
  /** Settled, and not in any payout among the loaded dates yet. */
  awaitingPayout: boolean
  provisional: boolean
}

export interface Reconciliation {
  days: DaySettlement[]
  payouts: Payout[]
  pending: PendingSettlement
  fees: FeesSummary
  join: Join
  /** By SaleRow.key, for every sale given. */
  transactions: Map<string, TransactionSettlement>
  /** Some date is open or not loaded. */
  provisional: boolean
  /** Every balance check, every matched total and every payout walk holds, and nothing is unexplained. */
  checksHold: boolean
}

function group<T>(items: readonly T[], dateOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const date = dateOf(item)
    const list = map.get(date)
    if (list) list.push(item)
    else map.set(date, [item])
  }
  return map
}

function totalsOf(matched: readonly MatchedTransaction[]): MatchedTotals {
  const totals = {
    salesCaptured: 0,
    salesRefunded: 0,
    fundsCaptured: 0,
    fundsRefunded: 0,
    missingSaleAmounts: 0,
  }
  for (const { sale, funds } of matched) {
    if (funds.kind === 'refund') totals.fundsRefunded += funds.amount
    else totals.fundsCaptured += funds.amount
    if (sale.gross === null) totals.missingSaleAmounts++
    else if (sale.isRefund) totals.salesRefunded += sale.gross
    else totals.salesCaptured += sale.gross
  }
  const agrees =
    totals.missingSaleAmounts === 0 &&
    totals.salesCaptured + totals.salesRefunded === totals.fundsCaptured + totals.fundsRefunded
  return { ...totals, agrees }
}

function salesOfDate(rows: readonly SaleRow[]) {
  const sales = { captured: 0, refunded: 0, count: 0, missingAmounts: 0 }
  for (const row of rows) {
    if (!countsInTotals(row)) continue
    sales.count++
    if (row.gross === null) sales.missingAmounts++
    else if (row.isRefund) sales.refunded += row.gross
    else sales.captured += row.gross
  }
  return sales
}

const sumOf = (rows: readonly { amount: number }[]) => rows.reduce((sum, row) => sum + row.amount, 0)

const UNEXPLAINED = new Set(['no-funds-row', 'no-sale', 'duplicate', 'no-capture'])

/**
 * The whole settlement bridge for the loaded dates: the join, each date's view and checks, the
 * payouts with their walks, the fees, and each sale's settlement. Pure: the same input gives the
 * same figures, so every view that reads it agrees.
 */
export function reconcile(input: JoinInput): Reconciliation {
  const join = joinSettlement(input)
  const { payouts, pending } = findPayouts(input.report, join)
  const reportByDate = new Map<string, ReportDate>(input.report.map((d) => [d.date, d]))

  const matchedByDate = group(join.matched, (t) => t.funds.ledgerDate)
  const salesByDate = group(input.sales, (s) => s.ledgerDate)
  const unmatchedSalesByDate = group(join.unmatchedSales, (u) => u.sale.ledgerDate)
  const unmatchedFundsByDate = group(join.unmatchedFunds, (u) => u.row.ledgerDate)
  const unmatchedFeesByDate = group(join.unmatchedFees, (u) => u.row.ledgerDate)
  const payoutByDate = new Map(payouts.map((p) => [p.date, p]))

  const dates = [...new Set([...reportByDate.keys(), ...input.salesDates])].sort()
  const days = dates.map((date): DaySettlement => {
    const report = reportByDate.get(date)
    const matched = matchedByDate.get(date) ?? []
    return {
      date,
      reportLoaded: report !== undefined,
      provisional: report?.provisional ?? true,
      sales: salesOfDate(salesByDate.get(date) ?? []),
      matched,
      totals: totalsOf(matched),
      unmatchedSales: unmatchedSalesByDate.get(date) ?? [],
      unmatchedFunds: unmatchedFundsByDate.get(date) ?? [],
      unmatchedFees: unmatchedFeesByDate.get(date) ?? [],
      feesCharged: sumOf(report?.fees.filter((f) => f.kind !== 'fees-retained') ?? []),
      feesRetained: sumOf(report?.funds.filter((f) => f.kind === 'fees-retained') ?? []),
      payout: payoutByDate.get(date) ?? null,
      fundsBalance: checkBalances(report?.funds ?? []),
      feesBalance: checkBalances(report?.fees ?? []),
    }
  })

  const payoutOfFunds = new Map<FundsRow, Payout>()
  for (const payout of payouts) for (const t of payout.transactions) payoutOfFunds.set(t.funds, payout)
  const transactions = new Map<string, TransactionSettlement>()
  for (const t of join.matched) {
    const payout = payoutOfFunds.get(t.funds) ?? null
    transactions.set(t.sale.key, {
      status: 'settled',
      ledgerDate: t.funds.ledgerDate,
      settledAmount: t.funds.amount,
      fees: t.funds.kind === 'capture' ? sumOf(t.fees) : 0,
      feeRows: t.fees,
      payout,
      awaitingPayout: payout === null,
      provisional:
        (reportByDate.get(t.funds.ledgerDate)?.provisional ?? true) || (payout?.provisional ?? false),
    })
  }
  for (const { sale, reason } of join.unmatchedSales) {
    transactions.set(sale.key, {
      status: reason,
      ledgerDate: null,
      settledAmount: null,
      fees: null,
      feeRows: [],
      payout: null,
      awaitingPayout: false,
      provisional: reason === 'not-yet-settled',
    })
  }

  const checksHold =
    days.every((d) => d.totals.agrees && d.fundsBalance.ok && d.feesBalance.ok) &&
    payouts.every((p) => p.walk.balances) &&
    [...join.unmatchedSales, ...join.unmatchedFunds, ...join.unmatchedFees].every(
      (u) => !UNEXPLAINED.has(u.reason),
    )
  return {
    days,
    payouts,
    pending,
    fees: feesSummary(join, input.report),
    join,
    transactions,
    provisional: days.some((d) => d.provisional),
    checksHold,
  }
}
