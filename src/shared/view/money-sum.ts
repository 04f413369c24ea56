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
  // Indexed loop, no iterator: this runs for every row of a 100 000-row period on every keystroke.
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as MoneyPart
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

/**
 * Adds one transaction whole: the same as addParts(sum, row.parts), read from the row's own
 * amounts, which its parts add up to by construction (money-parts.ts: lines are used only when
 * they reconcile; net and VAT count only together). Sums that do not split a transaction use this:
 * one object read per row instead of one per part, on every keystroke.
 */
export function addRow(sum: MoneySum, row: SaleRow): void {
  sum.count++
  const { gross, net, vat } = row
  if (gross === null) sum.withoutGross++
  else sum.gross += gross
  if (net === null || vat === null) {
    sum.withoutVat++
    sum.grossWithoutVat += gross ?? 0
  } else {
    sum.net += net
    sum.vat += vat
  }
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
