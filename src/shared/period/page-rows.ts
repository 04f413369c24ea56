import { type ReadItems, readItems, readPagesRows, type SourceRows } from '../../api/event-rows'
import type { SaleRow } from '../../api/sale-row'
import type { SalesPageEnvelope } from '../../api/schemas'

/**
 * A date page as the cache keeps it: its events already read into rows, with each event's
 * fingerprint for the repeat rule, and the envelope's paging fields. The events as sent are not
 * kept (a read page costs a fraction of the JSON it came from). `items` are the rows, one per event
 * in order, so the paging guards count a page's items as they count the upstream's.
 */
export interface ReadPage extends ReadItems {
  items: SaleRow[]
  cursor?: string | null
  hasMore: boolean
}

/** A date page read as it arrives (events of the date fetched under `ledgerDate`). */
export function readPage(page: SalesPageEnvelope, ledgerDate: string): ReadPage {
  const { items, prints } = readItems(page.items, { ledgerDate })
  return { items, prints, cursor: page.cursor, hasMore: page.hasMore }
}

const rowsByReadPages = new WeakMap<readonly ReadPage[], SourceRows>()

/** Rows of one date's read pages, once per pages array (react-query keeps it until a page is added). */
export function rowsOfReadPages(pages: readonly ReadPage[]): SourceRows {
  let rows = rowsByReadPages.get(pages)
  if (!rows) {
    rows = readPagesRows(pages)
    rowsByReadPages.set(pages, rows)
  }
  return rows
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
