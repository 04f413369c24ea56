import { MAX_VOUCHER_NUMBER } from '../../../api/voucher-defaults'
import type { ExportedDate, VoucherSettings } from '../../../api/voucher-settings'
import {
  type DaySummary,
  daySummaries,
  type SettlementDayLike,
  settlementByDate,
  type VatPart,
  type VoucherSourceRow,
} from '../../../shared/vouchers/day-summary'
import { buildVouchers, type Voucher } from '../../../shared/vouchers/vouchers'
import {
  type DatePlan,
  type ExportChoice,
  keptNumbersOf,
  planDates,
  type VoucherTotals,
  voucherTotals,
} from './selection'

/**
 * Everything the vouchers page shows, from the loaded sales and settlement, the settings and the
 * export memory: each date with its voucher and where it stands, and the file as it would be
 * downloaded now. Pure, so the page and its tests read the same figures.
 */
export interface DayView {
  plan: DatePlan
  /** Null for a date that could not be loaded. */
  summary: DaySummary | null
  /** The date's voucher; null when there is nothing to book or the date failed. */
  voucher: Voucher | null
  /** The voucher's number in the file, when the file takes it. */
  fileNumber: number | null
}

/** Why nothing can be downloaded now. */
export type FileBlock =
  /** Some date could not be read: a gap would be skipped for good by "new since last export". */
  | 'failed-dates'
  /** Numbering in sequence, and every number up to 99 999 999 is used: the user must set one. */
  | 'no-next-number'
  /** The file's numbers would run past 99 999 999. */
  | 'beyond-last-number'
  | 'nothing-to-export'
  | 'unbalanced'

export interface VoucherView {
  days: DayView[]
  file: {
    vouchers: Voucher[]
    /** Every date of the file, those with nothing to book included (remembered as exported too). */
    summaries: DaySummary[]
    blocked: FileBlock | null
    totals: VoucherTotals
  }
  /** The keys cannot read the Report API: no fees or payouts in any voucher. */
  withoutSettlement: boolean
  /** A voucher did not balance (never expected: the writers refuse it): its message. */
  error: string | null
}

export interface VoucherViewInput<R extends VoucherSourceRow> {
  dates: readonly string[]
  rows: readonly R[]
  partsOf: (row: R) => readonly VatPart[]
  failedDates: readonly string[]
  settlementDays: readonly SettlementDayLike[] | null
  settings: VoucherSettings
  exported: readonly ExportedDate[]
  /** The server's next number in sequence; null when every number is used. */
  nextVoucherNumber: number | null
  today: string
  choice: ExportChoice
}

export function voucherView<R extends VoucherSourceRow>(input: VoucherViewInput<R>): VoucherView {
  const wanted = new Set(input.dates)
  const failed = input.failedDates.filter((d) => wanted.has(d))
  const failedSet = new Set(failed)
  const summaries = daySummaries({
    // A date's sales are final once the day is over; its settlement says for itself.
    dates: input.dates
      .filter((d) => !failedSet.has(d))
      .map((date) => ({ date, provisional: date >= input.today })),
    rows: input.rows,
    partsOf: input.partsOf,
    settlement: input.settlementDays ? settlementByDate(input.settlementDays) : null,
    cashSales: input.settings.cashSales,
  })
  const plans = planDates(summaries, failed, input.exported, input.choice)
  const summaryOf = new Map(summaries.map((s) => [s.date, s]))
  const fileSummaries = plans
    .filter((p) => p.inFile)
    .map((p) => summaryOf.get(p.date))
    .filter((s): s is DaySummary => s !== undefined)

  let error: string | null = null
  let display: Voucher[] = []
  let file: Voucher[] = []
  const sequential = input.settings.numbering.mode === 'sequential'
  const keptNumbers = keptNumbersOf(plans, input.choice)
  try {
    display = buildVouchers(summaries, input.settings, { includeProvisional: true, nextNumber: 1 }).vouchers
    file = buildVouchers(fileSummaries, input.settings, {
      includeProvisional: input.choice.includeOpen,
      nextNumber: input.nextVoucherNumber ?? 1,
      keptNumbers,
    }).vouchers
  } catch (e) {
    error = e instanceof Error ? e.message : String(e)
  }
  const displayOf = new Map(display.map((v) => [v.date, v]))
  const fileOf = new Map(file.map((v) => [v.date, v]))

  const fresh = file.filter((v) => !v.numberKept).length
  let blocked: FileBlock | null = null
  if (error) blocked = 'unbalanced'
  else if (failed.length > 0) blocked = 'failed-dates'
  else if (file.length === 0) blocked = 'nothing-to-export'
  else if (sequential && fresh > 0 && input.nextVoucherNumber === null) blocked = 'no-next-number'
  else if (sequential && (input.nextVoucherNumber ?? 1) + fresh - 1 > MAX_VOUCHER_NUMBER)
    blocked = 'beyond-last-number'

  return {
    days: plans.map((plan) => ({
      plan,
      summary: summaryOf.get(plan.date) ?? null,
      voucher: displayOf.get(plan.date) ?? null,
      fileNumber: blocked === null ? (fileOf.get(plan.date)?.number ?? null) : null,
    })),
    file: {
      vouchers: blocked === null ? file : [],
      summaries: blocked === null ? fileSummaries : [],
      blocked,
      totals: voucherTotals(file),
    },
    withoutSettlement: input.settlementDays === null,
    error,
  }
}
