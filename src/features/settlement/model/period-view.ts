import type { FeeShare, PaymentTypeFees } from './fees'
import type { Lookback } from './load-plan'
import type { Payout, PendingSettlement } from './payouts'
import type { DaySettlement, Reconciliation } from './reconcile'

/**
 * What the settlement page shows of a period, cut from the reconciliation of every loaded date
 * (which reaches before and after the period): the period's days, the payouts made in it, what it
 * settled that is not paid out yet, its fees, and every check that does not hold.
 */
export interface PeriodFees {
  total: FeeShare
  byPaymentType: PaymentTypeFees[]
  byDay: { date: string; total: FeeShare; provisional: boolean }[]
  /** Settled captures of the period with no capture fee among the loaded dates (left out of the shares). */
  capturesWithoutFee: number
  /** Σ fees on the period's dates that belong to no capture (service fees, invoiced fees, corrections …). */
  otherFees: number
}

export type CheckKind = 'matched-totals' | 'funds-balance' | 'fees-balance' | 'payout-walk' | 'unexplained'

export interface FailedCheck {
  kind: CheckKind
  /** The ledger date (or the payout's date) it concerns. */
  date: string
  /** The payout it concerns. */
  payout?: string
  /** How many rows, for `unexplained`. */
  count?: number
}

export interface PeriodSettlementView {
  dates: string[]
  days: DaySettlement[]
  payouts: Payout[]
  /** Money settled on the period's dates after its last payout: paid out later. */
  pending: PendingSettlement | null
  /** The loaded payout after the period that pays the pending money, if it is among the loaded dates. */
  pendingPaidBy: Payout | null
  fees: PeriodFees
  failedChecks: FailedCheck[]
  /** Some date of the period (or a date a figure depends on) is open or not loaded. */
  provisional: boolean
  /** The payouts whose dates are not all known (the previous payout was not found). */
  coverageUnknown: Payout[]
  lookback: Lookback
  totals: {
    salesGross: number
    settled: number
    fees: number
    paid: number
  }
}

const UNEXPLAINED_SALES = new Set(['no-funds-row'])
const UNEXPLAINED_FUNDS = new Set(['no-sale', 'duplicate'])
const UNEXPLAINED_FEES = new Set(['no-capture'])

class Share {
  sales = 0
  fees = 0
  captures = 0
  add(share: FeeShare) {
    this.sales += share.sales
    this.fees += share.fees
    this.captures += share.captures
  }
  result(): FeeShare {
    return {
      sales: this.sales,
      fees: this.fees,
      captures: this.captures,
      share: this.sales > 0 ? -this.fees / this.sales : null,
    }
  }
}

function periodFees(result: Reconciliation, inPeriod: (date: string) => boolean): PeriodFees {
  const total = new Share()
  const byType = new Map<string, Share>()
  const byDay: PeriodFees['byDay'] = []
  for (const day of result.fees.byDay) {
    if (!inPeriod(day.date)) continue
    total.add(day.total)
    byDay.push({ date: day.date, total: day.total, provisional: day.provisional })
    for (const type of day.byPaymentType) {
      let share = byType.get(type.paymentType)
      if (!share) {
        share = new Share()
        byType.set(type.paymentType, share)
      }
      share.add(type)
    }
  }
  const byPaymentType = [...byType]
    .map(([paymentType, share]) => ({ paymentType, ...share.result() }))
    .sort((a, b) => b.sales - a.sales || a.paymentType.localeCompare(b.paymentType))
  let capturesWithoutFee = 0
  for (const { sale, funds, fees } of result.join.matched)
    if (
      inPeriod(sale.ledgerDate) &&
      sale.entryKind === 'capture' &&
      funds.kind === 'capture' &&
      fees.length === 0
    )
      capturesWithoutFee++
  const otherFees = result.join.otherFees
    .filter((row) => inPeriod(row.ledgerDate))
    .reduce((sum, row) => sum + row.amount, 0)
  return { total: total.result(), byPaymentType, byDay, capturesWithoutFee, otherFees }
}

function failedChecksOf(days: readonly DaySettlement[], payouts: readonly Payout[]): FailedCheck[] {
  const failed: FailedCheck[] = []
  for (const day of days) {
    const { date } = day
    if (!day.totals.agrees) failed.push({ kind: 'matched-totals', date })
    if (!day.fundsBalance.ok) failed.push({ kind: 'funds-balance', date })
    if (!day.feesBalance.ok) failed.push({ kind: 'fees-balance', date })
    const unexplained =
      day.unmatchedSales.filter((u) => UNEXPLAINED_SALES.has(u.reason)).length +
      day.unmatchedFunds.filter((u) => UNEXPLAINED_FUNDS.has(u.reason)).length +
      day.unmatchedFees.filter((u) => UNEXPLAINED_FEES.has(u.reason)).length
    if (unexplained > 0) failed.push({ kind: 'unexplained', date, count: unexplained })
  }
  for (const payout of payouts)
    if (!payout.walk.balances)
      failed.push({ kind: 'payout-walk', date: payout.date, payout: payout.number ?? payout.date })
  return failed
}

export function periodSettlementView(
  result: Reconciliation,
  dates: readonly string[],
  lookback: Lookback,
): PeriodSettlementView {
  const period = new Set(dates)
  const inPeriod = (date: string) => period.has(date)
  const days = result.days.filter((d) => inPeriod(d.date))
  const payouts = result.payouts.filter((p) => inPeriod(p.date))
  // What the period settled after its last payout: the model's pending money if the period has
  // no later payout in view, else the dates between the period's last payout and its end.
  const lastPaid = payouts.at(-1)?.date ?? ''
  const pendingDays = days.filter((d) => d.date > lastPaid && d.reportLoaded)
  const pending: PendingSettlement | null =
    pendingDays.length === 0 || pendingDays.every((d) => d.fundsBalance.closing === null)
      ? null
      : {
          dates: pendingDays.map((d) => d.date),
          transactions: pendingDays.flatMap((d) => d.matched),
          balance:
            [...pendingDays].reverse().find((d) => d.fundsBalance.closing !== null)?.fundsBalance.closing ??
            null,
          provisional: pendingDays.some((d) => d.provisional),
        }
  const sum = (pick: (d: DaySettlement) => number) => days.reduce((total, d) => total + pick(d), 0)
  return {
    dates: [...dates],
    days,
    payouts,
    pending,
    pendingPaidBy: pending ? (result.payouts.find((p) => p.date > (dates.at(-1) ?? '')) ?? null) : null,
    fees: periodFees(result, inPeriod),
    failedChecks: failedChecksOf(days, payouts),
    provisional: days.some((d) => d.provisional) || payouts.some((p) => p.provisional),
    coverageUnknown: payouts.filter((p) => !p.coverageKnown),
    lookback,
    totals: {
      salesGross: sum((d) => d.sales.captured + d.sales.refunded),
      settled: sum((d) => d.totals.fundsCaptured + d.totals.fundsRefunded),
      fees: sum((d) => d.feesRetained),
      paid: payouts.reduce((total, p) => total + p.walk.paid, 0),
    },
  }
}
