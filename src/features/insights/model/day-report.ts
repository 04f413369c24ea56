import type { SaleRow } from '../../../api/sale-row'
import { type Totals, totalsOf } from '../../../shared/filters/totals'
import { byCategory, byField, type ShareBucket, type VatSummary, vatSummary } from './aggregate'

export interface DayReport {
  totals: Totals
  capturesGross: number
  refundsGross: number
  discounts: number
  firstSale: number | null
  lastSale: number | null
  vat: VatSummary
  categories: ShareBucket[]
  solutions: ShareBucket[]
  paymentTypes: ShareBucket[]
}

/** A cash-register Z-report of one day's (filtered) events. */
export function dayReport(rows: readonly SaleRow[]): DayReport {
  let capturesGross = 0
  let refundsGross = 0
  let discounts = 0
  let firstSale: number | null = null
  let lastSale: number | null = null
  for (const row of rows) {
    if (row.isRefund) refundsGross += row.gross ?? 0
    else {
      capturesGross += row.gross ?? 0
      firstSale = firstSale === null ? row.timeMs : Math.min(firstSale, row.timeMs)
      lastSale = lastSale === null ? row.timeMs : Math.max(lastSale, row.timeMs)
    }
    for (const line of row.lines) discounts += (row.isRefund ? -1 : 1) * (line.discountTotal ?? 0)
  }
  return {
    totals: totalsOf(rows),
    capturesGross,
    refundsGross,
    discounts,
    firstSale,
    lastSale,
    vat: vatSummary(rows),
    categories: byCategory(rows, 50),
    solutions: byField(rows, 'solution'),
    paymentTypes: byField(rows, 'paymentType'),
  }
}
