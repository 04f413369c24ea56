import { countsInTotals, type MoneyPart } from '../../api/money-parts'
import type { SaleRow } from '../../api/sale-row'
import { addParts, addRow, emptyKindSums, emptySum, type KindSums, sumOf } from './money-sum'

/**
 * Money grouped by a key (VAT rate, category, payment type, day…), captures and refunds apart: what
 * the charts, the VAT summary, the order page, the day report and the export are made of. Kept apart
 * from money-sum.ts so the first view does not load it.
 */

/** Sums per key, captures and refunds apart; `all` is filled in by finish(). */
class KindSumsByKey<K> {
  readonly sums = new Map<K, KindSums>()

  private entry(key: K): KindSums {
    let entry = this.sums.get(key)
    if (!entry) {
      entry = emptyKindSums()
      this.sums.set(key, entry)
    }
    return entry
  }

  add(key: K | undefined, row: SaleRow, parts: readonly MoneyPart[]) {
    if (key === undefined) return
    const entry = this.entry(key)
    addParts(row.isRefund ? entry.refunds : entry.captures, parts)
  }

  addWhole(key: K | undefined, row: SaleRow) {
    if (key === undefined) return
    const entry = this.entry(key)
    addRow(row.isRefund ? entry.refunds : entry.captures, row)
  }

  finish(): Map<K, KindSums> {
    for (const entry of this.sums.values()) entry.all = sumOf(entry.captures, entry.refunds)
    return this.sums
  }
}

/** Sums the counted rows per a key of the row (payment type, day…): each row under one key. */
export function sumByRow<K>(
  rows: readonly SaleRow[],
  keyOf: (row: SaleRow) => K | undefined,
): Map<K, KindSums> {
  const sums = new KindSumsByKey<K>()
  for (const row of rows) if (countsInTotals(row)) sums.addWhole(keyOf(row), row)
  return sums.finish()
}

/**
 * Sums the counted rows' parts per key of the part (VAT rate, category; undefined leaves the part
 * out). A transaction whose parts fall under several keys counts once in each; rows that are not
 * counted (unknown entry type, unreadable) are skipped: the totals count those apart.
 */
export function sumByKey<K>(
  rows: readonly SaleRow[],
  keyOf: (part: MoneyPart, row: SaleRow) => K | undefined,
): Map<K, KindSums> {
  const sums = new KindSumsByKey<K>()
  const keys: (K | undefined)[] = []
  for (const row of rows) {
    if (!countsInTotals(row)) continue
    const { parts } = row
    const first = parts[0]
    if (!first) continue
    const key = keyOf(first, row)
    if (parts.length === 1) {
      sums.addWhole(key, row)
      continue
    }
    let same = true
    keys.length = parts.length
    keys[0] = key
    for (let i = 1; i < parts.length; i++) {
      keys[i] = keyOf(parts[i] as MoneyPart, row)
      if (keys[i] !== key) same = false
    }
    if (same) {
      sums.addWhole(key, row)
      continue
    }
    for (let i = 0; i < parts.length; i++) {
      const k = keys[i]
      if (keys.indexOf(k) !== i) continue
      sums.add(
        k,
        row,
        parts.filter((_, j) => keys[j] === k),
      )
    }
  }
  return sums.finish()
}

/** One counted transaction's own amounts, as the sum of its parts; null where a part lacks it. */
export function amountsOfParts(parts: readonly MoneyPart[]): {
  gross: number | null
  net: number | null
  vat: number | null
} {
  const sum = emptySum()
  addParts(sum, parts)
  return {
    gross: sum.withoutGross > 0 ? null : sum.gross,
    net: sum.withoutVat > 0 ? null : sum.net,
    vat: sum.withoutVat > 0 ? null : sum.vat,
  }
}
