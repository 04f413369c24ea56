import { addDays, DAY_MS, datesBetween, osloDayStart, osloOffsetMs } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import { UNCATEGORISED } from '../../../shared/filters/filters'

const HOUR = 3_600_000

export interface TimeBucket {
  key: string
  label: string
  captures: number
  refunds: number
  count: number
}

/**
 * Gross per day, or per real hour when the period is one day. Hours follow Oslo wall-clock time,
 * so a spring daylight-saving day has 23 buckets and an autumn one 25 (02:00 twice).
 */
export function salesOverTime(rows: readonly SaleRow[], from: string, to: string): TimeBucket[] {
  if (from === to) {
    const start = osloDayStart(from)
    const end = osloDayStart(addDays(from, 1))
    const buckets: TimeBucket[] = []
    for (let t = start; t < end; t += HOUR) {
      const local = new Date(t + osloOffsetMs(t)).toISOString().slice(11, 16)
      const repeated = buckets.some((b) => b.label === local)
      buckets.push({
        key: String(t),
        label: repeated ? `${local} (vintertid)` : local,
        captures: 0,
        refunds: 0,
        count: 0,
      })
    }
    for (const row of rows) {
      const bucket = buckets[Math.floor((row.timeMs - start) / HOUR)]
      if (bucket) add(bucket, row)
    }
    return buckets
  }
  const buckets = datesBetween(from, to).map((date) => ({
    key: date,
    label: `${date.slice(8, 10)}.${date.slice(5, 7)}`,
    captures: 0,
    refunds: 0,
    count: 0,
  }))
  const first = Date.parse(`${from}T00:00:00Z`)
  for (const row of rows) {
    const bucket = buckets[Math.round((Date.parse(`${row.ledgerDate}T00:00:00Z`) - first) / DAY_MS)]
    if (bucket) add(bucket, row)
  }
  return buckets
}

function add(bucket: TimeBucket, row: SaleRow) {
  bucket.count++
  if (row.isRefund) bucket.refunds += row.gross ?? 0
  else bucket.captures += row.gross ?? 0
}

export interface VatFigures {
  base: number
  vat: number
  gross: number
}

export interface VatRateSummary {
  /** Basis points; null for VAT without a known rate. */
  vatRate: number | null
  captures: VatFigures
  refunds: VatFigures
  net: VatFigures
}

export interface VatSummary {
  rates: VatRateSummary[]
  /** Revenue with no VAT breakdown: only its gross is known. */
  withoutBreakdown: { count: number; gross: number }
  totals: VatFigures
}

const zero = (): VatFigures => ({ base: 0, vat: 0, gross: 0 })

function addFigures(target: VatFigures, base: number, vat: number) {
  target.base += base
  target.vat += vat
  target.gross += base + vat
}

/**
 * VAT per rate from the line VAT amounts (refunds netted, since refund rows are negative). An
 * event with VAT but no lines counts under an unknown rate; an event without a VAT breakdown
 * counts only in `withoutBreakdown`. Totals therefore equal the totals bar's net and VAT.
 */
export function vatSummary(rows: readonly SaleRow[]): VatSummary {
  const rates = new Map<number | null, VatRateSummary>()
  const withoutBreakdown = { count: 0, gross: 0 }
  const rateOf = (rate: number | null) => {
    let summary = rates.get(rate)
    if (!summary) {
      summary = { vatRate: rate, captures: zero(), refunds: zero(), net: zero() }
      rates.set(rate, summary)
    }
    return summary
  }
  for (const row of rows) {
    if (row.net === null || row.vat === null) {
      withoutBreakdown.count++
      withoutBreakdown.gross += row.gross ?? 0
      continue
    }
    const parts =
      row.lines.length > 0 && row.lines.every((l) => l.vatAmount !== null && l.lineTotalNet !== null)
        ? row.lines.map((l) => ({ rate: l.vatRate, base: l.lineTotalNet ?? 0, vat: l.vatAmount ?? 0 }))
        : [{ rate: null, base: row.net, vat: row.vat }]
    for (const part of parts) {
      const summary = rateOf(part.rate)
      addFigures(row.isRefund ? summary.refunds : summary.captures, part.base, part.vat)
      addFigures(summary.net, part.base, part.vat)
    }
  }
  const sorted = [...rates.values()].sort((a, b) => (b.vatRate ?? -1) - (a.vatRate ?? -1))
  const totals = zero()
  for (const rate of sorted) addFigures(totals, rate.net.base, rate.net.vat)
  return { rates: sorted, withoutBreakdown, totals }
}

export interface ShareBucket {
  key: string
  gross: number
  count: number
}

export const OTHER = 'Andre'

/**
 * Gross by category: each line counts under its own category (refund lines negative); an event
 * without lines under its sales category; anything without a category under UNCATEGORISED. The
 * largest `top` categories are kept and the rest summed into OTHER.
 */
export function byCategory(rows: readonly SaleRow[], top = 8): ShareBucket[] {
  const buckets = new Map<string, ShareBucket>()
  const addTo = (key: string, gross: number) => {
    const bucket = buckets.get(key) ?? { key, gross: 0, count: 0 }
    bucket.gross += gross
    bucket.count++
    buckets.set(key, bucket)
  }
  for (const row of rows) {
    if (row.lines.length > 0 && row.lines.every((l) => l.lineTotalGross !== null)) {
      for (const line of row.lines) addTo(line.category ?? UNCATEGORISED, line.lineTotalGross ?? 0)
    } else {
      addTo(row.salesCategory ?? row.categories[0] ?? UNCATEGORISED, row.gross ?? 0)
    }
  }
  const sorted = [...buckets.values()].sort((a, b) => b.gross - a.gross)
  if (sorted.length <= top) return sorted
  const rest: ShareBucket = { key: OTHER, gross: 0, count: 0 }
  for (const bucket of sorted.slice(top)) {
    rest.gross += bucket.gross
    rest.count += bucket.count
  }
  return [...sorted.slice(0, top), rest]
}

/** Gross and count by a field of the row (solution, payment type). */
export function byField(rows: readonly SaleRow[], field: 'solution' | 'paymentType'): ShareBucket[] {
  const buckets = new Map<string, ShareBucket>()
  for (const row of rows) {
    const key = row[field]
    const bucket = buckets.get(key) ?? { key, gross: 0, count: 0 }
    bucket.gross += row.gross ?? 0
    bucket.count++
    buckets.set(key, bucket)
  }
  return [...buckets.values()].sort((a, b) => b.gross - a.gross)
}
