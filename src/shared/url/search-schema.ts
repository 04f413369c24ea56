import * as v from 'valibot'
import { isCalendarDate } from '../../api/oslo-time'
import { type ColumnId, SORTABLE_COLUMNS } from '../filters/sort-rows'
import { isTermId, PERIOD_PRESETS, type PeriodPreset } from '../period/periods'

/**
 * What each page's query string may hold, typed. Every field is optional and an unknown or
 * invalid value reads as absent (the default), so a mistyped or old link never breaks a page.
 *
 * A field accepts the URL's text (search-codec.ts: a repeated key arrives as a list) and its own
 * typed value, so the router can validate a search it has already validated.
 */

const firstOf = <T>(value: T | T[]): T | undefined => (Array.isArray(value) ? value[0] : value)
const listOf = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value])

const textOrTexts = v.union([v.string(), v.array(v.string())])

/** Absent when missing, and when its value is not valid. */
const optional = <TSchema extends v.GenericSchema>(schema: TSchema) =>
  v.fallback(v.optional(schema), undefined)

/** A value the URL holds once: a repeated key counts by its first value (as URLSearchParams.get). */
const text = v.pipe(textOrTexts, v.transform(firstOf), v.string())
const nonEmptyText = v.pipe(text, v.nonEmpty())
const calendarDate = v.pipe(text, v.check(isCalendarDate))
const oneOf = <const TOptions extends readonly [string, ...string[]]>(options: TOptions) =>
  v.pipe(textOrTexts, v.transform(firstOf), v.picklist(options))

/** `1` in the URL. */
const flag = v.pipe(
  v.union([v.literal(true), textOrTexts]),
  v.transform((value) => value === true || firstOf(value) === '1'),
  v.literal(true),
)

/** A list: every value of a repeated key, the ones that are not valid left out. */
const listWhere = <T extends string>(keep: (item: string) => item is T) =>
  v.pipe(
    textOrTexts,
    v.transform((value) => listOf(value).filter(keep)),
  )
const nonEmpty = (item: string): item is string => item !== ''

const MISSING_KINDS = ['lines', 'vat'] as const
type MissingKind = (typeof MISSING_KINDS)[number]
const isMissingKind = (item: string): item is MissingKind =>
  (MISSING_KINDS as readonly string[]).includes(item)
const isColumn = (item: string): item is ColumnId => (SORTABLE_COLUMNS as readonly string[]).includes(item)

/** VAT rates in basis points (2500 = 25 %). */
const basisPoints = v.pipe(
  v.union([v.string(), v.number(), v.array(v.union([v.string(), v.number()]))]),
  v.transform((value) =>
    listOf(value)
      .map((item) => (typeof item === 'number' ? item : /^\d+$/.test(item) ? Number(item) : Number.NaN))
      .filter((n) => Number.isSafeInteger(n) && n >= 0),
  ),
)

/** Hidden columns: one comma-separated value in the URL (`hide=net,vat`). */
const columns = v.pipe(
  textOrTexts,
  v.transform((value) =>
    listOf(value)
      .flatMap((item) => item.split(','))
      .filter(isColumn),
  ),
)

/** A sort: a column, descending with a leading minus (`-gross`). */
export type SortParam = ColumnId | `-${ColumnId}`
const SORT_PARAMS = SORTABLE_COLUMNS.flatMap((c): SortParam[] => [c, `-${c}`]) as [SortParam, ...SortParam[]]

const explorerEntries = {
  ledger: optional(nonEmptyText),
  view: optional(oneOf(['date', 'feed'])),
  tab: optional(oneOf(['table', 'insights'])),
  follow: optional(flag),
  period: optional(oneOf(PERIOD_PRESETS)),
  from: optional(calendarDate),
  to: optional(calendarDate),
  /** With `period=term`: the VAT term, `2026-5` (September–October 2026). */
  term: optional(v.pipe(text, v.check(isTermId))),
  /** With `period=year`: the year, `2026`. */
  year: optional(v.pipe(text, v.regex(/^\d{4}$/))),
  q: optional(text),
  type: optional(listWhere(nonEmpty)),
  solution: optional(listWhere(nonEmpty)),
  payment: optional(listWhere(nonEmpty)),
  category: optional(listWhere(nonEmpty)),
  vat: optional(basisPoints),
  /** Amount bounds as typed (kroner), so the inputs show what the user wrote. */
  min: optional(text),
  max: optional(text),
  missing: optional(listWhere(isMissingKind)),
  sort: optional(oneOf(SORT_PARAMS)),
  hide: optional(columns),
}

/** The explorer's ledger and period, for the pages that read a ledger's period. */
const ledgerPeriodEntries = {
  ledger: explorerEntries.ledger,
  period: explorerEntries.period,
  from: explorerEntries.from,
  to: explorerEntries.to,
}

/**
 * A link with dates but no period (`?from=2026-01-01&to=2026-01-31`, as people write one by hand)
 * means those dates: a custom period, not the default "today".
 */
const datesMeanCustom = <TSearch extends { period?: PeriodPreset; from?: string; to?: string }>(
  search: TSearch,
): TSearch =>
  search.period === undefined && (search.from !== undefined || search.to !== undefined)
    ? { ...search, period: 'custom' }
    : search

/** The explorer (`/`): ledger, view, period, filters, sort and hidden columns. */
export const explorerSearchSchema = v.pipe(v.object(explorerEntries), v.transform(datesMeanCustom))
export type ExplorerSearch = v.InferOutput<typeof explorerSearchSchema>

/** The day report (`/report`): the explorer's search (its filters apply) and the day. */
export const reportSearchSchema = v.pipe(
  v.object({ ...explorerEntries, date: optional(calendarDate) }),
  v.transform(datesMeanCustom),
)
export type ReportSearch = v.InferOutput<typeof reportSearchSchema>

export const SETTLEMENT_SECTIONS = ['days', 'payouts', 'fees'] as const
export type SettlementSection = (typeof SETTLEMENT_SECTIONS)[number]

/** The settlement (`/settlement`): the explorer's ledger and period, the section, an opened payout. */
export const settlementSearchSchema = v.pipe(
  v.object({
    ...ledgerPeriodEntries,
    show: optional(oneOf(SETTLEMENT_SECTIONS)),
    /** The payout number the bank statement shows (or the payout's date when it has none). */
    payout: optional(nonEmptyText),
  }),
  v.transform(datesMeanCustom),
)
export type SettlementSearch = v.InferOutput<typeof settlementSearchSchema>

export const VOUCHER_SECTIONS = ['vouchers', 'settings'] as const
export type VoucherSection = (typeof VOUCHER_SECTIONS)[number]

/**
 * The vouchers (`/vouchers`): the ledger, and either a period (the explorer's) or `since=last`, the
 * dates after the last export (also what a link without a period shows); the section.
 */
export const vouchersSearchSchema = v.pipe(
  v.object({
    ...ledgerPeriodEntries,
    since: optional(oneOf(['last'])),
    show: optional(oneOf(VOUCHER_SECTIONS)),
  }),
  v.transform(datesMeanCustom),
)
export type VouchersSearch = v.InferOutput<typeof vouchersSearchSchema>

/** An order (`/orders/$reference`): its ledger, and the pspReference to highlight. */
export const orderSearchSchema = v.object({ ledger: optional(nonEmptyText), psp: optional(nonEmptyText) })

/** A transaction (`/transactions/$psp`): its ledger. */
export const transactionSearchSchema = v.object({ ledger: optional(nonEmptyText) })

/** The explorer's fields of any search (raw from the URL or already validated). */
export function explorerSearchOf(search: Record<string, unknown>): ExplorerSearch {
  return v.parse(explorerSearchSchema, search)
}

/** The ledger a page's URL names, whichever page it is. */
export function ledgerOf(search: Record<string, unknown>): string | null {
  return v.parse(transactionSearchSchema, search).ledger ?? null
}
