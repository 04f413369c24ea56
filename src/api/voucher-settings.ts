import * as v from 'valibot'
import { EARLIEST_SALES_DATA } from './endpoints'
import { addDays, isCalendarDate } from './oslo-time'
import {
  CASH_HANDLING,
  EXPORT_FORMATS,
  MAX_VOUCHER_NUMBER,
  NUMBERING_MODES,
  VOUCHER_SETTINGS_VERSION,
} from './voucher-defaults'

/**
 * How a ledger's daily settlement ("dagsoppgjør") is booked: account numbers per purpose, VAT code
 * per rate, voucher numbering. Shared by the proxy (which stores and validates it per ledger) and
 * the app (which builds the vouchers). Defaults follow NS 4102, the Norwegian standard chart of
 * accounts, with its detailed accounts as kontohjelp.no lists them; every company's chart differs,
 * so the user (and their accountant) must check them. Why each default, in short:
 *
 * | purpose | default | why |
 * |---|---|---|
 * | sales 25 % | 3000 | NS 4102 "Salgsinntekt handelsvarer, avgiftspliktig, høy sats" |
 * | sales 15 % | 3030 | "Salgsinntekt handelsvarer, avgiftspliktig, middels sats" (food and drink) |
 * | sales 12 % | 3050 | "Salgsinntekt tjenester, avgiftspliktig, lav sats": 12 % applies to services (tickets, transport, hotels) |
 * | sales 0 % | 3100 | "Salgsinntekt handelsvarer, innenlands, avgiftsfri" (zero-rated; outside the scope of VAT is group 32) |
 * | output VAT 25/15/12 % | 2700/2701/2703 | "Utgående merverdiavgift, høy/middels/lav sats" |
 * | Vipps MobilePay clearing | 1579 | "Andre kortsiktige fordringer": what Vipps MobilePay owes the shop until the payout. Not 1580, which is the provision for losses on receivables. Many prefer a dedicated 19xx account, as POS systems do for card terminals: change it |
 * | bank | 1920 | "Bankinnskudd" |
 * | fees | 7770 | "Bank- og kortgebyrer" (Fiken's help also books payment fees there); fees are financial services, outside VAT |
 * | uncertain VAT | 2999 | "Annen kortsiktig gjeld": a liability suspense account, so an amount whose VAT is unknown is neither income nor in the VAT return until the accountant reclassifies it |
 * | cash | 1900 | "Kontanter" |
 * | voucher type | 6 | GBAT10 "bilagsart": Tripletex accepts any (a number series "Mamut <type>" per type); Mamut and PowerOffice need one that exists in the company |
 *
 * VAT codes are the SAF-T standard codes (Skatteetaten): 3 = output VAT 25 %, 31 = 15 %, 33 = 12 %,
 * 5 = zero-rated, 6 = outside the scope of VAT, 0 = no VAT treatment (balance lines: clearing,
 * bank, fees, the output VAT lines themselves).
 */

// The constants and the defaults are in voucher-defaults.ts, without valibot, so that the app can
// read them without loading these schemas (it checks the server's answers with lighter shapes).
export {
  CASH_HANDLING,
  type CashHandling,
  DEFAULT_VOUCHER_SETTINGS,
  EXPORT_FORMATS,
  type ExportFormat,
  MAX_VOUCHER_NUMBER,
  NUMBERING_MODES,
  VOUCHER_SETTINGS_VERSION,
} from './voucher-defaults'

const ACCOUNT = /^[0-9]{4,6}$/
const VAT_CODE = /^[0-9]{1,5}$/

const account = v.pipe(v.string(), v.regex(ACCOUNT, 'must be an account number of 4 to 6 digits'))
const vatCode = v.pipe(v.string(), v.regex(VAT_CODE, 'must be a VAT code of 1 to 5 digits'))

export const RateSettingsSchema = v.pipe(
  v.strictObject({
    /** Basis points, like the Sales API's vatRate: 2500 = 25 %. */
    rate: v.pipe(v.number(), v.integer('must be whole basis points'), v.minValue(0), v.maxValue(10_000)),
    salesAccount: account,
    /** Null only for a rate of 0 %: there is no VAT to book. */
    vatAccount: v.nullable(account),
    vatCode,
  }),
  v.check((r) => r.rate === 0 || r.vatAccount !== null, 'a rate above 0 % needs an output VAT account'),
)

export const VoucherSettingsSchema = v.strictObject({
  version: v.literal(VOUCHER_SETTINGS_VERSION),
  rates: v.pipe(
    v.array(RateSettingsSchema),
    v.minLength(1, 'needs at least one VAT rate'),
    v.maxLength(20, 'at most 20 VAT rates'),
    v.check((rates) => new Set(rates.map((r) => r.rate)).size === rates.length, 'each VAT rate only once'),
  ),
  accounts: v.strictObject({
    clearing: account,
    bank: account,
    fees: account,
    uncertainVat: account,
    cash: account,
  }),
  /** The VAT code of lines with no VAT treatment (clearing, bank, fees, the output VAT lines). */
  noVatCode: vatCode,
  /**
   * Cash sales (no pspReference) never pass through Vipps MobilePay: `own-account` books them
   * against the cash account, `clearing` with the rest, `leave-out` not at all (when the POS's
   * own Z-report books them); left-out amounts are still listed.
   */
  cashSales: v.picklist(CASH_HANDLING),
  numbering: v.strictObject({
    /** GBAT10 "bilagsart" (voucher type, 1–999): Tripletex makes a number series per type. */
    voucherType: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999)),
    /** `sequential`: from nextNumber; `date`: the ledger date as YYYYMMDD (the same on every export). */
    mode: v.picklist(NUMBERING_MODES),
    nextNumber: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_VOUCHER_NUMBER)),
  }),
  /** Sources disagree on GBAT10's decimal separator (see shared/vouchers/gbat10.ts): "." unless the import says otherwise. */
  gbat10DecimalSeparator: v.picklist(['.', ','] as const),
})

/**
 * PUT /api/vouchers/settings/:ledgerId: the settings, and whether the save sets the next voucher
 * number. Only `setNextNumber: true` moves the sequence to `numbering.nextNumber`; without it (the
 * default) the numbering stays as it was, whatever number the body holds, so a form showing an old
 * number cannot pull the series back.
 */
export const SaveSettingsRequestSchema = v.strictObject({
  ...VoucherSettingsSchema.entries,
  setNextNumber: v.optional(v.boolean('must be true or false'), false),
})

export type RateSettings = v.InferOutput<typeof RateSettingsSchema>
export type VoucherSettings = v.InferOutput<typeof VoucherSettingsSchema>
export type SaveSettingsRequest = v.InferInput<typeof SaveSettingsRequestSchema>
const ledgerDate = v.pipe(v.string(), v.check(isCalendarDate, 'must be a real date written YYYY-MM-DD'))
const voucherNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_VOUCHER_NUMBER))

/**
 * The dates an export may be remembered for: not before 2026, the year the Sales API's data begins
 * (2026-03-09; the rest of that year is slack, e.g. for settlement dates), not before the same day
 * ten years ago (twice the five years the Bokføringsloven keeps the books; so the memory of a
 * ledger never holds more than about 3 650 dates), and not after tomorrow (a ledger date in Oslo is
 * at most a day ahead of any clock that is roughly right).
 */
export const EARLIEST_EXPORT_DATE = `${EARLIEST_SALES_DATA.slice(0, 4)}-01-01`
export const REMEMBERED_YEARS = 10

export function exportDateRange(today: string): { from: string; to: string } {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number)
  const yearsAgo = new Date(Date.UTC(year - REMEMBERED_YEARS, month - 1, day)).toISOString().slice(0, 10)
  return { from: yearsAgo > EARLIEST_EXPORT_DATE ? yearsAgo : EARLIEST_EXPORT_DATE, to: addDays(today, 1) }
}

/** Null when every date of the record is in exportDateRange(today), else what is wrong. */
export function checkExportDates(request: ExportRecordRequest, today: string): string | null {
  const { from, to } = exportDateRange(today)
  const index = request.dates.findIndex((date) => date < from || date > to)
  if (index === -1) return null
  return `dates.${index}: ${request.dates[index]} is outside ${from} … ${to}: exports are remembered from ${EARLIEST_EXPORT_DATE}, for ${REMEMBERED_YEARS} years, up to tomorrow`
}

/** What the app tells the server after an export: which dates, and which of them were still open. */
export const ExportRecordRequestSchema = v.pipe(
  v.strictObject({
    format: v.picklist(EXPORT_FORMATS),
    dates: v.pipe(
      v.array(ledgerDate),
      v.minLength(1, 'needs at least one date'),
      v.maxLength(400, 'at most 400 dates at a time'),
      v.check((dates) => new Set(dates).size === dates.length, 'each date only once'),
    ),
    /** Dates exported while still open (provisional): remembered, so the app can say so later. */
    provisionalDates: v.optional(v.array(ledgerDate), []),
    /**
     * The new voucher numbers the file used, when numbered in sequence: the next export continues
     * after `last`. Numbers a date kept from an earlier export are not in it (they are in dateNumbers).
     */
    voucherNumbers: v.optional(
      v.nullable(
        v.pipe(
          v.strictObject({ first: voucherNumber, last: voucherNumber }),
          v.check((n) => n.first <= n.last, 'first must not be after last'),
        ),
      ),
      null,
    ),
    /** The number each date's voucher has in the file, in the order of dates (null: none, or numbered by date). */
    dateNumbers: v.optional(v.nullable(v.array(v.nullable(voucherNumber))), null),
    /** The user chose new numbers for dates exported before (instead of the numbers they were booked with). */
    renumber: v.optional(v.boolean('must be true or false'), false),
  }),
  v.check(
    (r) => r.provisionalDates.every((d) => r.dates.includes(d)),
    'provisionalDates must be among dates',
  ),
  v.check(
    (r) => r.dateNumbers === null || r.dateNumbers.length === r.dates.length,
    'dateNumbers must have one entry per date',
  ),
)

export type ExportRecordRequest = v.InferOutput<typeof ExportRecordRequestSchema>

export const ExportedDateSchema = v.strictObject({
  date: ledgerDate,
  format: v.picklist(EXPORT_FORMATS),
  /** ISO time of the export. */
  at: v.pipe(v.string(), v.isoTimestamp()),
  /** The date was still open when exported. */
  provisional: v.boolean(),
  /**
   * The voucher number the date was exported with in sequence; kept when the date is exported again
   * (unless the user asks for new numbers). Null: numbered by date, nothing to book, or remembered
   * before numbers were kept.
   */
  voucherNumber: v.optional(v.nullable(voucherNumber), null),
})

export type ExportedDate = v.InferOutput<typeof ExportedDateSchema>

/** One export (one downloaded file), as "Eksportert før" lists it. */
export const ExportEventSchema = v.strictObject({
  at: v.pipe(v.string(), v.isoTimestamp()),
  format: v.picklist(EXPORT_FORMATS),
  /** Its dates as runs of consecutive days, oldest first. */
  runs: v.pipe(v.array(v.strictObject({ from: ledgerDate, to: ledgerDate })), v.maxLength(400)),
  dates: v.pipe(v.number(), v.integer(), v.minValue(1)),
  provisionalDates: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The lowest and highest voucher number in the file, when numbered in sequence. */
  numbers: v.nullable(v.strictObject({ first: voucherNumber, last: voucherNumber })),
  /** How many of its dates kept the number an earlier export gave them. */
  keptNumbers: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The user asked for new numbers for dates exported before. */
  renumbered: v.boolean(),
})

export type ExportEvent = v.InferOutput<typeof ExportEventSchema>

/** Sorted dates as runs of consecutive days. */
export function dateRuns(dates: readonly string[]): { from: string; to: string }[] {
  const runs: { from: string; to: string }[] = []
  for (const date of [...dates].sort()) {
    const last = runs.at(-1)
    if (last && addDays(last.to, 1) === date) last.to = date
    else runs.push({ from: date, to: date })
  }
  return runs
}

/** GET /api/vouchers/exports/:ledgerId — the latest export of each date, oldest date first. */
export interface ExportsState {
  exported: ExportedDate[]
  /** Every export remembered, newest first. */
  exports: ExportEvent[]
  /**
   * The number the next sequentially numbered voucher gets: one past the last exported, unless the
   * user set a number since. Null when the last export used MAX_VOUCHER_NUMBER: the user must set
   * a number to go on.
   */
  nextVoucherNumber: number | null
  /** The highest number ever exported in sequence (numbers up to it may have been used). */
  highestVoucherNumber: number | null
}

/** PUT /api/vouchers/settings/:ledgerId answers the numbering as it stands after the save. */
export interface SavedSettingsAnswer {
  settings: VoucherSettings
  saved: true
  nextVoucherNumber: number | null
  /** Set when the user's new number is at or below numbers already exported: those will be used again. */
  reusesNumbers: { from: number; to: number } | null
}
