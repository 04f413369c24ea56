import '../i18n/api-texts'
import { type ReadItems, readItems, readPagesRows, type SourceRows } from '../../api/event-rows'
import type { SalesPageEnvelope } from '../../api/schemas'
import type { ReadPage } from './page-rows'

/**
 * Reading pages of events into rows: loaded beside the first view (sales-by-date.ts starts it as
 * the app starts), since the first view needs it only once the first page has arrived.
 */

/** A date page read as it arrives (events of the date fetched under `ledgerDate`). */
export function readPage(page: SalesPageEnvelope, ledgerDate: string): ReadPage {
  const { items, prints } = readItems(page.items, { ledgerDate })
  return { items, prints, cursor: page.cursor, hasMore: page.hasMore }
}

const readByItems = new WeakMap<readonly unknown[], ReadItems>()
const rowsByPages = new WeakMap<readonly SalesPageEnvelope[], SourceRows>()

/**
 * Rows of pages of events as sent (the feed's), once per pages array, each page's events read once.
 * Their ledger date is derived from each event's time.
 */
export function rowsOfPages(pages: readonly SalesPageEnvelope[]): SourceRows {
  let rows = rowsByPages.get(pages)
  if (!rows) {
    rows = readPagesRows(
      pages.map((page) => {
        let read = readByItems.get(page.items)
        if (!read) {
          read = readItems(page.items)
          readByItems.set(page.items, read)
        }
        return read
      }),
    )
    rowsByPages.set(pages, rows)
  }
  return rows
}
