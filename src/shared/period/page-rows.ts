import { type ReadItems, readPagesRows, type SourceRows } from '../../api/event-identity'
import type { SaleRow } from '../../api/sale-row'

/**
 * A reading of a source's consecutive pages, done once per pages array: react-query keeps the
 * array of a date's pages until a page is added, so every snapshot of a loading period reads only
 * the dates that changed. `date` is the ledger date the pages were fetched under; a pages array
 * is only ever read under one date, but a different one reads again rather than give wrong rows.
 */
export function memoByPages<TPage, TResult>(
  read: (pages: readonly TPage[], date: string | undefined) => TResult,
): (pages: readonly TPage[], date?: string) => TResult {
  const cache = new WeakMap<readonly TPage[], { date: string | undefined; result: TResult }>()
  return (pages, date) => {
    const cached = cache.get(pages)
    if (cached && cached.date === date) return cached.result
    const result = read(pages, date)
    cache.set(pages, { date, result })
    return result
  }
}

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

/** Rows of one date's read pages, the repeat rule applied across them (the date was read into the rows). */
export const rowsOfReadPages: (pages: readonly ReadPage[], date?: string) => SourceRows<SaleRow> =
  memoByPages((pages) => readPagesRows(pages))
