import { formattingLanguage } from '../../../api/locale'
import { MIXED_CATEGORIES } from '../../../api/money-parts'
import { addDays, DAY_MS, datesBetween, osloDayStart, osloOffsetMs } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import { UNCATEGORISED } from '../../../shared/filters/filters'
import { countedRows, sumByKey, sumByRow } from '../../../shared/view/money-groups'
import {
  addSum,
  emptyKindSums,
  emptySum,
  type KindSums,
  type MoneySum,
  sumOf,
} from '../../../shared/view/money-sum'

/**
 * The charts' and reports' groupings. Each one sums the rows' money parts (money-parts.ts) with
 * sumByKey, so every grouping adds up to the totals bar; a bucket that leaves transactions out
 * (no amount, no VAT breakdown) says how many in its sums.
 */

const HOUR = 3_600_000

export interface TimeBucket {
  key: string
  label: string
  sums: KindSums
  /** A bucket outside the period's days: rows whose time or ledger date falls outside them. */
  outside: boolean
}

function bucketsOfDay(day: string): { start: number; buckets: TimeBucket[] } {
  const start = osloDayStart(day)
  const end = osloDayStart(addDays(day, 1))
  const buckets: TimeBucket[] = []
  for (let t = start; t < end; t += HOUR) {
    const local = new Date(t + osloOffsetMs(t)).toISOString().slice(11, 16)
    const repeated = buckets.some((b) => b.label === local)
    buckets.push({
      key: String(t),
      label: repeated ? `${local} ${english() ? '(winter time)' : '(vintertid)'}` : local,
      sums: emptyKindSums(),
      outside: false,
    })
  }
  return { start, buckets }
}

const english = () => formattingLanguage() === 'en'
/** "22.11." in Norwegian, "22/11" in British English. */
const dayLabel = (date: string) =>
  english() ? `${date.slice(8, 10)}/${date.slice(5, 7)}` : `${date.slice(8, 10)}.${date.slice(5, 7)}.`
const beforeLabel = (label: string) => (english() ? `Before ${label}` : `Før ${label}`)
const afterLabel = (label: string) => (english() ? `After ${label}` : `Etter ${label}`)

/**
 * Gross per day (by the ledger date each row was fetched under), or per real hour when the period
 * is one day. Hours follow Oslo wall-clock time, so a spring daylight-saving day has 23 buckets
 * and an autumn one 25 (02:00 twice). Every row is accounted for: rows before or after the
 * buckets get a bucket of their own.
 */
export function salesOverTime(rows: readonly SaleRow[], from: string, to: string): TimeBucket[] {
  let buckets: TimeBucket[]
  let indexOf: (row: SaleRow) => number
  let outsideLabels: [string, string]
  if (from === to) {
    const day = bucketsOfDay(from)
    buckets = day.buckets
    indexOf = (row) => Math.floor((row.timeMs - day.start) / HOUR)
    outsideLabels = [beforeLabel('00:00'), afterLabel('24:00')]
  } else {
    const dates = datesBetween(from, to)
    buckets = dates.map((date) => ({
      key: date,
      label: dayLabel(date),
      sums: emptyKindSums(),
      outside: false,
    }))
    const first = Date.parse(`${from}T00:00:00Z`)
    const index = new Map(dates.map((date, i) => [date, i]))
    indexOf = (row) =>
      index.get(row.ledgerDate) ?? Math.round((Date.parse(`${row.ledgerDate}T00:00:00Z`) - first) / DAY_MS)
    outsideLabels = [beforeLabel(dayLabel(from)), afterLabel(dayLabel(to))]
  }
  const count = buckets.length
  const sums = sumByRow(rows, (row) => {
    const i = indexOf(row)
    return Number.isFinite(i) ? Math.max(-1, Math.min(count, i)) : count
  })
  for (const [i, bucketSums] of sums) {
    const bucket = buckets[i]
    if (bucket) bucket.sums = bucketSums
  }
  const before = sums.get(-1)
  const after = sums.get(count)
  const outside = (key: string, label: string, s: KindSums): TimeBucket => ({
    key,
    label,
    sums: s,
    outside: true,
  })
  return [
    ...(before ? [outside('before', outsideLabels[0], before)] : []),
    ...buckets,
    ...(after ? [outside('after', outsideLabels[1], after)] : []),
  ]
}

export interface VatRateSummary {
  /** Basis points; null for VAT without a known rate (a transaction not split into lines). */
  vatRate: number | null
  captures: MoneySum
  refunds: MoneySum
  /** Captures and refunds together (refunds are negative). */
  net: MoneySum
}

export interface VatSummary {
  rates: VatRateSummary[]
  /** Transactions without a VAT breakdown: only their gross is known (when it is). */
  withoutBreakdown: MoneySum
  /** The rates together: what has a VAT breakdown. */
  totals: MoneySum
  /** Everything: equals the totals bar. */
  all: MoneySum
}

const NO_BREAKDOWN = 'none'

/**
 * Base, VAT and gross per rate, captures and refunds apart and netted. A transaction whose lines
 * do not reconcile counts whole under an unknown rate; one without a VAT breakdown only in
 * `withoutBreakdown`. Rates plus `withoutBreakdown` equal the totals bar, to the øre.
 */
export function vatSummary(rows: readonly SaleRow[]): VatSummary {
  // A transaction's parts all have a VAT breakdown or none do (money-parts.ts), so the transactions
  // without one are exactly the NO_BREAKDOWN key's.
  const byRate = sumByKey(rows, (part) =>
    part.net === null || part.vat === null ? NO_BREAKDOWN : part.vatRate,
  )
  const rates: VatRateSummary[] = []
  let withoutBreakdown = emptySum()
  for (const [key, s] of byRate) {
    if (key === NO_BREAKDOWN) withoutBreakdown = s.all
    else rates.push({ vatRate: key, captures: s.captures, refunds: s.refunds, net: s.all })
  }
  rates.sort((a, b) => (b.vatRate ?? -1) - (a.vatRate ?? -1))
  const totals = sumOf(...rates.map((r) => r.net))
  // A sale spanning several rates is in each rate's count: the total counts it once.
  totals.count = countedRows(rows) - withoutBreakdown.count
  return { rates, withoutBreakdown, totals, all: sumOf(totals, withoutBreakdown) }
}

export interface ShareBucket {
  key: string
  sums: KindSums
}

export const OTHER = 'Andre'
/** Buckets a chart click cannot filter by. */
export const NOT_A_FILTER = new Set([OTHER, MIXED_CATEGORIES])

function largestFirst(sums: Map<string, KindSums>): ShareBucket[] {
  return [...sums].map(([key, s]) => ({ key, sums: s })).sort((a, b) => b.sums.all.gross - a.sums.all.gross)
}

function keepTop(sorted: ShareBucket[], top: number): ShareBucket[] {
  if (sorted.length <= top) return sorted
  const rest: ShareBucket = { key: OTHER, sums: emptyKindSums() }
  for (const bucket of sorted.slice(top)) {
    addSum(rest.sums.all, bucket.sums.all)
    addSum(rest.sums.captures, bucket.sums.captures)
    addSum(rest.sums.refunds, bucket.sums.refunds)
  }
  return [...sorted.slice(0, top), rest]
}

/**
 * Gross by category, as the money parts attribute it: each reconciled line under its own category
 * (refund lines negative), a transaction not split into lines under its single category, or under
 * MIXED_CATEGORIES when its lines span several; UNCATEGORISED where there is none. The largest
 * `top` categories are kept and the rest summed into OTHER. A transaction counts once in each
 * category it has money in.
 */
export function byCategory(rows: readonly SaleRow[], top = 8): ShareBucket[] {
  return keepTop(largestFirst(sumByKey(rows, (part) => part.category ?? UNCATEGORISED)), top)
}

/** Gross and count by a field of the row (solution, payment type). */
export function byField(rows: readonly SaleRow[], field: 'solution' | 'paymentType'): ShareBucket[] {
  return largestFirst(sumByRow(rows, (row) => row[field]))
}
