import type { MoneyPart } from '../../api/money-parts'
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

/** Adds a sum `times` times over (the same transaction occurring that often). */
export function addSumTimes(target: MoneySum, other: MoneySum, times: number): void {
  target.count += other.count * times
  target.gross += other.gross * times
  target.net += other.net * times
  target.vat += other.vat * times
  target.withoutGross += other.withoutGross * times
  target.withoutVat += other.withoutVat * times
  target.grossWithoutVat += other.grossWithoutVat * times
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
