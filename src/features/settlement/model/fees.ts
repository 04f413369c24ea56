import { addDays } from '../../../api/oslo-time'
import type { Join } from './join'
import type { ReportDate } from './report-date'

/** What the captures cost in fees. Money in øre; the share is a ratio for display only. */
export interface FeeShare {
  /** Σ gross of the captures counted, as the Sales API has them (positive). */
  sales: number
  /** Σ their capture fees (negative, as the API books them). */
  fees: number
  captures: number
  /** −fees ÷ sales (0.0175 is 1.75 %); null without sales. */
  share: number | null
}

export interface PaymentTypeFees extends FeeShare {
  paymentType: string
}

export interface DayFees {
  /** The captures' ledger date in the Sales API (a fee booked the next date still counts here). */
  date: string
  total: FeeShare
  byPaymentType: PaymentTypeFees[]
  /** The date or the next one is open or not loaded: fees may still come. */
  provisional: boolean
}

export interface FeesSummary {
  total: FeeShare
  byPaymentType: PaymentTypeFees[]
  byDay: DayFees[]
  /** Settled captures with no fee among the loaded dates: left out of the shares, which would otherwise be too low. */
  capturesWithoutFee: number
  /** Fees that belong to no capture (service fees, invoiced fees, credit notes, corrections, unknown types). */
  otherFees: number
  /** Capture fees whose capture is not among the loaded funds. */
  unmatchedCaptureFees: number
}

class ShareSum {
  sales = 0
  fees = 0
  captures = 0

  add(sales: number, fees: number) {
    this.sales += sales
    this.fees += fees
    this.captures++
  }

  result(): FeeShare {
    const share = this.sales > 0 ? -this.fees / this.sales : null
    return { sales: this.sales, fees: this.fees, captures: this.captures, share }
  }
}

function byPaymentTypeOf(sums: Map<string, ShareSum>): PaymentTypeFees[] {
  return [...sums]
    .map(([paymentType, sum]) => ({ paymentType, ...sum.result() }))
    .sort((a, b) => b.sales - a.sales || a.paymentType.localeCompare(b.paymentType))
}

function sumInto(map: Map<string, ShareSum>, key: string): ShareSum {
  let sum = map.get(key)
  if (!sum) {
    sum = new ShareSum()
    map.set(key, sum)
  }
  return sum
}

/**
 * Fees per day and for the whole loaded period, as a share of sales, by payment type. Each
 * capture is counted with all its capture fees, wherever they were booked, on its sales date.
 */
export function feesSummary(join: Join, report: readonly ReportDate[]): FeesSummary {
  const reportByDate = new Map(report.map((d) => [d.date, d]))
  const total = new ShareSum()
  const byType = new Map<string, ShareSum>()
  const days = new Map<string, { total: ShareSum; byType: Map<string, ShareSum> }>()
  let capturesWithoutFee = 0
  for (const { sale, funds, fees } of join.matched) {
    if (sale.entryKind !== 'capture' || funds.kind !== 'capture' || sale.gross === null) continue
    if (fees.length === 0) {
      capturesWithoutFee++
      continue
    }
    const fee = fees.reduce((sum, row) => sum + row.amount, 0)
    total.add(sale.gross, fee)
    sumInto(byType, sale.paymentType).add(sale.gross, fee)
    let day = days.get(sale.ledgerDate)
    if (!day) {
      day = { total: new ShareSum(), byType: new Map() }
      days.set(sale.ledgerDate, day)
    }
    day.total.add(sale.gross, fee)
    sumInto(day.byType, sale.paymentType).add(sale.gross, fee)
  }
  const openOrMissing = (date: string) => reportByDate.get(date)?.provisional ?? true
  const byDay = [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => ({
      date,
      total: day.total.result(),
      byPaymentType: byPaymentTypeOf(day.byType),
      provisional: openOrMissing(date) || openOrMissing(addDays(date, 1)),
    }))
  return {
    total: total.result(),
    byPaymentType: byPaymentTypeOf(byType),
    byDay,
    capturesWithoutFee,
    otherFees: join.otherFees.reduce((sum, row) => sum + row.amount, 0),
    unmatchedCaptureFees: join.unmatchedFees.reduce((sum, fee) => sum + fee.row.amount, 0),
  }
}
