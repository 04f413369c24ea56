import type {
  ExportedDate,
  ExportFormat,
  ExportRecordRequest,
  VoucherSettings,
} from '../../../api/voucher-settings'
import type { DaySummary } from '../../../shared/vouchers/day-summary'
import { exportRecordOf } from '../../../shared/vouchers/export-file'
import { planExport } from '../../../shared/vouchers/export-plan'
import type { Voucher } from '../../../shared/vouchers/vouchers'

/** Where a date stands for the export. */
export type DateStateKind =
  /** Closed and never exported: in the file. */
  | 'new'
  /** Still open, never exported: only when asked for, marked provisional. */
  | 'open'
  /** Exported while open, closed since: in the file again (the first voucher must be reversed). */
  | 'closed-since-export'
  /** Exported while open, still open. */
  | 'exported-open'
  /** Exported when closed: only when asked to export again. */
  | 'exported'
  /** Its sales or settlement could not be read: never in a file. */
  | 'failed'

export interface DatePlan {
  date: string
  kind: DateStateKind
  /** The latest export of the date, if any. */
  exported: ExportedDate | null
  inFile: boolean
}

export interface ExportChoice {
  /** The explicit opt-in: open dates go in the file, marked provisional. */
  includeOpen: boolean
  /** Dates exported before (closed) go in the file again. */
  includeExported: boolean
  /** Dates exported before get new voucher numbers instead of the ones they were booked with. */
  renumber: boolean
}

/** Each date of the view, in order, with where it stands and whether the file takes it. */
export function planDates(
  summaries: readonly Pick<DaySummary, 'date' | 'provisional'>[],
  failedDates: readonly string[],
  exported: readonly ExportedDate[],
  choice: ExportChoice,
): DatePlan[] {
  const plan = planExport(summaries, exported)
  const kinds = new Map<string, DateStateKind>()
  for (const date of plan.newDates) kinds.set(date, 'new')
  for (const date of plan.openDates) kinds.set(date, 'open')
  for (const date of plan.closedSinceExport) kinds.set(date, 'closed-since-export')
  for (const date of plan.exportedOpen) kinds.set(date, 'exported-open')
  const byDate = new Map(exported.map((e) => [e.date, e]))
  const failed = new Set(failedDates)
  const dates = [...new Set([...summaries.map((s) => s.date), ...failedDates])].sort()
  return dates.map((date) => {
    const kind: DateStateKind = failed.has(date) ? 'failed' : (kinds.get(date) ?? 'exported')
    const inFile =
      kind === 'new' ||
      kind === 'closed-since-export' ||
      ((kind === 'open' || kind === 'exported-open') && choice.includeOpen) ||
      (kind === 'exported' && choice.includeExported)
    return { date, kind, exported: byDate.get(date) ?? null, inFile }
  })
}

/**
 * What to tell the server once the file is saved: the dates of the file (also those with nothing
 * to book, so they are not offered again), which were open, and the voucher numbers used.
 */
export function exportRecord(
  format: ExportFormat,
  vouchers: readonly Voucher[],
  fileSummaries: readonly Pick<DaySummary, 'date' | 'provisional'>[],
  settings: VoucherSettings,
  renumber = false,
): ExportRecordRequest {
  const sorted = [...fileSummaries].sort((a, b) => a.date.localeCompare(b.date))
  const record = exportRecordOf(format, vouchers, settings, renumber)
  const numberOf = new Map(vouchers.map((v) => [v.date, v.number]))
  return {
    ...record,
    dates: sorted.map((s) => s.date),
    provisionalDates: sorted.filter((s) => s.provisional).map((s) => s.date),
    dateNumbers: record.dateNumbers ? sorted.map((s) => numberOf.get(s.date) ?? null) : null,
  }
}

/**
 * The numbers dates keep when exported again: those they were exported with when closed (a date
 * exported while open gets a new voucher, with a new number, once it is final), unless the user
 * asked for new numbers.
 */
export function keptNumbersOf(plans: readonly DatePlan[], choice: ExportChoice): Map<string, number> {
  const kept = new Map<string, number>()
  if (choice.renumber) return kept
  for (const { date, exported, inFile } of plans)
    if (inFile && exported && !exported.provisional && exported.voucherNumber !== null)
      kept.set(date, exported.voucherNumber)
  return kept
}

export interface RateFigures {
  /** Basis points. */
  rate: number
  net: number
  vat: number
  gross: number
}

/** The sums of vouchers, as an accountant checks them against the VAT summary: credit and debit positive. */
export interface VoucherTotals {
  rates: RateFigures[]
  uncertainVat: number
  /** Gross of the sales, on clearing and cash together. */
  salesGross: number
  fees: number
  payouts: number
  debit: number
  credit: number
}

export function voucherTotals(vouchers: readonly Voucher[]): VoucherTotals {
  const rates = new Map<number, RateFigures>()
  const rateOf = (rate: number) => {
    let figures = rates.get(rate)
    if (!figures) {
      figures = { rate, net: 0, vat: 0, gross: 0 }
      rates.set(rate, figures)
    }
    return figures
  }
  const totals: VoucherTotals = {
    rates: [],
    uncertainVat: 0,
    salesGross: 0,
    fees: 0,
    payouts: 0,
    debit: 0,
    credit: 0,
  }
  for (const line of vouchers.flatMap((v) => v.lines)) {
    if (line.amount > 0) totals.debit += line.amount
    else totals.credit -= line.amount
    if (line.kind === 'sales' && line.rate !== null) {
      const figures = rateOf(line.rate)
      figures.net -= line.amount
      figures.gross -= line.grossAmount ?? 0
    } else if (line.kind === 'output-vat' && line.rate !== null) rateOf(line.rate).vat -= line.amount
    else if (line.kind === 'uncertain-vat') totals.uncertainVat -= line.amount
    else if (line.kind === 'vipps-clearing' || line.kind === 'cash') totals.salesGross += line.amount
    else if (line.kind === 'fees') totals.fees += line.amount
    else if (line.kind === 'payout-bank') totals.payouts += line.amount
  }
  totals.rates = [...rates.values()].sort((a, b) => b.rate - a.rate)
  return totals
}
