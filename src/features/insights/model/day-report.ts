import { countsInTotals, signedDiscount } from '../../../api/money-parts'
import type { SaleRow } from '../../../api/sale-row'
import type { Totals } from '../../../shared/filters/totals'
import type { SalesView } from '../../../shared/view/sales-view'
import { byCategory, byField, type ShareBucket, type VatSummary, vatSummary } from './aggregate'

export interface DayReport {
  totals: Totals
  /** Discounts on the summed transactions' lines (refunded discounts negative). */
  discounts: number
  firstSale: number | null
  lastSale: number | null
  vat: VatSummary
  categories: ShareBucket[]
  solutions: ShareBucket[]
  paymentTypes: ShareBucket[]
}

/** Discounts given on the summed rows' lines; a refund gives its discount back. */
export function discountsOf(rows: readonly SaleRow[]): number {
  let discounts = 0
  for (const row of rows) {
    if (!countsInTotals(row)) continue
    for (const line of row.lines) discounts += signedDiscount(row, line) ?? 0
  }
  return discounts
}

/** A printable summary of one day's (filtered) view; every figure is a sum of the view's parts. */
export function dayReport(view: Pick<SalesView, 'rows' | 'totals'>): DayReport {
  const { rows, totals } = view
  let firstSale: number | null = null
  let lastSale: number | null = null
  for (const row of rows) {
    if (!countsInTotals(row) || row.isRefund) continue
    firstSale = firstSale === null ? row.timeMs : Math.min(firstSale, row.timeMs)
    lastSale = lastSale === null ? row.timeMs : Math.max(lastSale, row.timeMs)
  }
  return {
    totals,
    discounts: discountsOf(rows),
    firstSale,
    lastSale,
    vat: vatSummary(rows),
    categories: byCategory(rows, 50),
    solutions: byField(rows, 'solution'),
    paymentTypes: byField(rows, 'paymentType'),
  }
}
