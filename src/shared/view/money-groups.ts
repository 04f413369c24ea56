import { countsInTotals, type MoneyPart } from '../../api/money-parts'
import type { SaleRow } from '../../api/sale-row'
import { addParts, addRow, addSumTimes, emptyKindSums, emptySum, type KindSums, sumOf } from './money-sum'

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

  /** Adds a sum (of one transaction) as many times as the transaction occurs. */
  addTimes(key: K, sum: KindSums, times: number) {
    const entry = this.entry(key)
    addSumTimes(entry.captures, sum.captures, times)
    addSumTimes(entry.refunds, sum.refunds, times)
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

/** Adds one transaction's parts under their keys: once under each key its parts fall under. */
function addByKey<K>(
  sums: KindSumsByKey<K>,
  row: SaleRow,
  keyOf: (part: MoneyPart) => K | undefined,
  keys: (K | undefined)[],
): void {
  const { parts } = row
  const first = parts[0]
  if (!first) return
  const key = keyOf(first)
  if (parts.length === 1) {
    sums.addWhole(key, row)
    return
  }
  let same = true
  keys.length = parts.length
  keys[0] = key
  for (let i = 1; i < parts.length; i++) {
    keys[i] = keyOf(parts[i] as MoneyPart)
    if (keys[i] !== key) same = false
  }
  if (same) {
    sums.addWhole(key, row)
    return
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

/**
 * Sums the counted rows' parts per key of the part (VAT rate, category; undefined leaves the part
 * out). A transaction whose parts fall under several keys counts once in each; rows that are not
 * counted (unknown entry type, unreadable) are skipped: the totals count those apart.
 *
 * Rows share their parts (sale-row.ts): a café sells the same baskets all month. So each distinct
 * transaction (same parts, amounts and kind) is summed once and added as many times as it occurs.
 */
export function sumByKey<K>(
  rows: readonly SaleRow[],
  keyOf: (part: MoneyPart) => K | undefined,
): Map<K, KindSums> {
  const sums = new KindSumsByKey<K>()
  const keys: (K | undefined)[] = []
  const { alike, apart } = groupsOf(rows)
  for (const row of apart) addByKey(sums, row, keyOf, keys)
  for (const byParts of alike) {
    for (const { row, times } of byParts.values()) {
      if (times === 1) {
        addByKey(sums, row, keyOf, keys)
        continue
      }
      const once = new KindSumsByKey<K>()
      addByKey(once, row, keyOf, keys)
      for (const [key, sum] of once.sums) sums.addTimes(key, sum, times)
    }
  }
  return sums.finish()
}

/** How many rows of the set are summed (captures and refunds that could be read). */
export const countedRows = (rows: readonly SaleRow[]) => groupsOf(rows).counted

interface Groups {
  /** Captures, then refunds: per parts list, one row with those parts and how many rows are alike. */
  alike: readonly [Map<readonly MoneyPart[], Alike>, Map<readonly MoneyPart[], Alike>]
  /** Counted rows that share a parts list with others but not their amounts (made by hand): one by one. */
  apart: SaleRow[]
  counted: number
}

const groupsByRows = new WeakMap<readonly SaleRow[], Groups>()

/** The counted rows grouped by their parts, once per rows array (the charts read several groupings of it). */
function groupsOf(rows: readonly SaleRow[]): Groups {
  let groups = groupsByRows.get(rows)
  if (groups) return groups
  groups = { alike: [new Map(), new Map()], apart: [], counted: 0 }
  for (const row of rows) {
    if (!countsInTotals(row)) continue
    groups.counted++
    const byParts = groups.alike[row.isRefund ? 1 : 0]
    const seen = byParts.get(row.parts)
    if (!seen) byParts.set(row.parts, { row, times: 1 })
    else if (seen.row.gross === row.gross && seen.row.net === row.net && seen.row.vat === row.vat)
      seen.times++
    else groups.apart.push(row)
  }
  groupsByRows.set(rows, groups)
  return groups
}

interface Alike {
  row: SaleRow
  times: number
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
