import { countsInTotals, type MoneyPart } from '../../api/money-parts'
import type { SaleRow } from '../../api/sale-row'

/**
 * A sum of money parts, integers only, that says what it left out. Every figure on screen and in
 * the export is one of these (or a field of one), built by addParts and nothing else.
 */
export interface MoneySum {
  /** Transactions in the sum, each once however many of its parts it holds. */
  count: number
  gross: number
  net: number
  vat: number
  /** Transactions here without a gross amount: not in `gross` (never read as zero). */
  withoutGross: number
  /** Transactions here without net/VAT figures: not in `net` or `vat`. */
  withoutVat: number
  /** The gross of the parts without net/VAT figures (already in `gross`). */
  grossWithoutVat: number
}

export const emptySum = (): MoneySum => ({
  count: 0,
  gross: 0,
  net: 0,
  vat: 0,
  withoutGross: 0,
  withoutVat: 0,
  grossWithoutVat: 0,
})

/** Adds one transaction's parts (all of them, or those that belong to this sum). */
export function addParts(sum: MoneySum, parts: readonly MoneyPart[]): void {
  sum.count++
  let noGross = false
  let noVat = false
  for (const part of parts) {
    if (part.gross === null) noGross = true
    else sum.gross += part.gross
    if (part.net === null || part.vat === null) {
      noVat = true
      sum.grossWithoutVat += part.gross ?? 0
    } else {
      sum.net += part.net
      sum.vat += part.vat
    }
  }
  if (noGross) sum.withoutGross++
  if (noVat) sum.withoutVat++
}

export function addSum(target: MoneySum, other: MoneySum): void {
  target.count += other.count
  target.gross += other.gross
  target.net += other.net
  target.vat += other.vat
  target.withoutGross += other.withoutGross
  target.withoutVat += other.withoutVat
  target.grossWithoutVat += other.grossWithoutVat
}

export const sumOf = (...sums: MoneySum[]): MoneySum => {
  const total = emptySum()
  for (const sum of sums) addSum(total, sum)
  return total
}

/** Sales and refunds apart, and together. */
export interface KindSums {
  captures: MoneySum
  refunds: MoneySum
  all: MoneySum
}

export const emptyKindSums = (): KindSums => ({ captures: emptySum(), refunds: emptySum(), all: emptySum() })

function addKind(sums: KindSums, row: SaleRow, parts: readonly MoneyPart[]) {
  addParts(sums.all, parts)
  addParts(row.isRefund ? sums.refunds : sums.captures, parts)
}

/**
 * Sums the counted rows' parts per key (a key of undefined leaves the part out). A transaction
 * whose parts fall under several keys counts once in each; rows that are not counted (unknown
 * entry type, unreadable) are skipped: the totals count those apart.
 */
export function sumByKey<K>(
  rows: readonly SaleRow[],
  keyOf: (part: MoneyPart, row: SaleRow) => K | undefined,
): Map<K, KindSums> {
  const sums = new Map<K, KindSums>()
  const add = (key: K | undefined, row: SaleRow, parts: readonly MoneyPart[]) => {
    if (key === undefined) return
    let entry = sums.get(key)
    if (!entry) {
      entry = emptyKindSums()
      sums.set(key, entry)
    }
    addKind(entry, row, parts)
  }
  for (const row of rows) {
    if (!countsInTotals(row)) continue
    const { parts } = row
    const first = parts[0]
    if (!first) continue
    const key = keyOf(first, row)
    if (parts.length === 1) {
      add(key, row, parts)
      continue
    }
    const keys = parts.map((part) => keyOf(part, row))
    if (keys.every((k) => k === key)) {
      add(key, row, parts)
      continue
    }
    for (const distinct of new Set(keys)) {
      add(
        distinct,
        row,
        parts.filter((_, i) => keys[i] === distinct),
      )
    }
  }
  return sums
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
