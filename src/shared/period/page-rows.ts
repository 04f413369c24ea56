import { type ReadItems, readPagesRows, type SourceRows } from '../../api/event-identity'
import type { SaleRow } from '../../api/sale-row'

/**
 * A date page as the cache keeps it: its events already read into rows (page-reading.ts), with
 * each event's fingerprint for the repeat rule, and the envelope's paging fields. The events as
 * sent are not kept (a read page costs a fraction of the JSON it came from). `items` are the rows,
 * one per event in order, so the paging guards count a page's items as they count the upstream's.
 */
export interface ReadPage extends ReadItems<SaleRow> {
  items: SaleRow[]
  cursor?: string | null
  hasMore: boolean
}

const rowsByReadPages = new WeakMap<readonly ReadPage[], SourceRows<SaleRow>>()

/** Rows of one date's read pages, once per pages array (react-query keeps it until a page is added). */
export function rowsOfReadPages(pages: readonly ReadPage[]): SourceRows<SaleRow> {
  let rows = rowsByReadPages.get(pages)
  if (!rows) {
    rows = readPagesRows(pages)
    rowsByReadPages.set(pages, rows)
  }
  return rows
}
