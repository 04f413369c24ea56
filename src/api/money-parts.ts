import type { EntryKind, SaleLine } from './sale-row'

/**
 * The one derivation of an event's money. Every view (totals, VAT summary, charts, order page, day
 * report, export) sums these parts and nothing else, so no two views can disagree.
 *
 * An event is split into its lines only when the lines reconcile with the event's own amounts;
 * otherwise it is one part carrying the event's amounts under an unknown VAT rate. A missing
 * amount stays null in the part, so every sum can say what it left out.
 */
export interface MoneyPart {
  /** Basis points; null when the rate is not known (always so for a whole-event part). */
  vatRate: number | null
  /** The line's category (or the event's, see eventCategory); null: none given. */
  category: string | null
  /** Signed like the event: negative on refunds. */
  gross: number | null
  /** Null when the event has no VAT breakdown. */
  net: number | null
  vat: number | null
  /** Index into the row's lines when the part is a line; null for a whole-event part. */
  lineIndex: number | null
}

/** The category of a whole-event part whose lines span several categories: it cannot be split. */
export const MIXED_CATEGORIES = '(flere kategorier, ikke fordelt)'

interface MoneySource {
  gross: number | null
  net: number | null
  vat: number | null
  lines: readonly SaleLine[]
  salesCategory: string | null
}

function sumOrNull(lines: readonly SaleLine[], pick: (line: SaleLine) => number | null): number | null {
  let total = 0
  for (const line of lines) {
    const value = pick(line)
    if (value === null) return null
    total += value
  }
  return total
}

/** True when the lines carry every amount the event has, and they add up to it exactly. */
export function linesReconcile(source: MoneySource): boolean {
  const { lines, gross, net, vat } = source
  if (lines.length === 0 || gross === null) return false
  if (sumOrNull(lines, (l) => l.lineTotalGross) !== gross) return false
  if (net === null || vat === null) return true
  return sumOrNull(lines, (l) => l.lineTotalNet) === net && sumOrNull(lines, (l) => l.vatAmount) === vat
}

/** A line's category; a line without one belongs to the event's sales category, if any. */
export const lineCategory = (line: SaleLine, salesCategory: string | null) => line.category ?? salesCategory

/** The category a whole-event part belongs to: the one its lines share, else MIXED_CATEGORIES. */
function eventCategory({ lines, salesCategory }: MoneySource): string | null {
  if (lines.length === 0) return salesCategory
  const categories = new Set(lines.map((l) => lineCategory(l, salesCategory)))
  if (categories.size > 1) return MIXED_CATEGORIES
  return lineCategory(lines[0] as SaleLine, salesCategory)
}

/** The parts of one event's money (amounts already signed: refunds negative). */
export function moneyPartsOf(source: MoneySource): MoneyPart[] {
  const { gross, net, vat, lines } = source
  if (!linesReconcile(source)) {
    return [{ vatRate: null, category: eventCategory(source), gross, net, vat, lineIndex: null }]
  }
  const withVat = net !== null && vat !== null
  return lines.map((line, index) => ({
    vatRate: withVat ? line.vatRate : null,
    category: lineCategory(line, source.salesCategory),
    gross: line.lineTotalGross,
    net: withVat ? line.lineTotalNet : null,
    vat: withVat ? line.vatAmount : null,
    lineIndex: index,
  }))
}

/**
 * Whether a row's money is summed: captures and refunds that could be read. An unknown entry type,
 * a capture with a negative amount or an unreadable event is shown and counted apart, never added
 * to sales or refunds.
 */
export function countsInTotals(row: { invalid: readonly string[] | null; entryKind: EntryKind }): boolean {
  return row.invalid === null && (row.entryKind === 'capture' || row.entryKind === 'refund')
}

/** A line's discount, signed like the event (a refunded discount reduces the discounts given). */
export function signedDiscount(row: { isRefund: boolean }, line: SaleLine): number | null {
  if (line.discountTotal === null) return null
  return row.isRefund ? -Math.abs(line.discountTotal) : line.discountTotal
}
