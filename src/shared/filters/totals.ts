import type { SaleRow } from '../../api/sale-row'

export interface Totals {
  count: number
  captures: number
  refunds: number
  /** Sums in øre of the amounts the API gave; refunds already negative. */
  gross: number
  net: number
  vat: number
  /** Events whose gross amount was not provided (not counted in gross). */
  withoutGross: number
  /** Events without net/VAT figures, and the gross they carry (not in net or VAT). */
  withoutVat: number
  grossWithoutVat: number
  withoutLines: number
  currencies: string[]
}

/** One pass, integers only: the figures the totals bar, charts and export must all agree with. */
export function totalsOf(rows: readonly SaleRow[]): Totals {
  const totals: Totals = {
    count: rows.length,
    captures: 0,
    refunds: 0,
    gross: 0,
    net: 0,
    vat: 0,
    withoutGross: 0,
    withoutVat: 0,
    grossWithoutVat: 0,
    withoutLines: 0,
    currencies: [],
  }
  const currencies = new Set<string>()
  let lastCurrency = ''
  for (const row of rows) {
    if (row.isRefund) totals.refunds++
    else totals.captures++
    if (row.currency !== lastCurrency) {
      lastCurrency = row.currency
      currencies.add(lastCurrency)
    }
    if (row.gross === null) totals.withoutGross++
    else totals.gross += row.gross
    if (row.net === null || row.vat === null) {
      totals.withoutVat++
      totals.grossWithoutVat += row.gross ?? 0
    } else {
      totals.net += row.net
      totals.vat += row.vat
    }
    if (!row.hasLines) totals.withoutLines++
  }
  totals.currencies = [...currencies]
  return totals
}
