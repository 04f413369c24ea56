import { readSourceRows, type SourceRows } from '../../api/event-rows'
import type { SalesPageEnvelope } from '../../api/schemas'

const rowsByPages = new WeakMap<readonly SalesPageEnvelope[], SourceRows>()

/**
 * Rows of one source's consecutive pages, once per pages array (each page's events are read once).
 * Date pages pass the ledger date they were fetched under; the feed's rows derive it from time.
 */
export function rowsOfPages(pages: readonly SalesPageEnvelope[], ledgerDate?: string): SourceRows {
  let rows = rowsByPages.get(pages)
  if (!rows) {
    rows = readSourceRows(
      pages.map((page) => page.items),
      { ledgerDate },
    )
    rowsByPages.set(pages, rows)
  }
  return rows
}
