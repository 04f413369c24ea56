import { readSourceRows, type SourceRows } from '../../api/event-rows'
import type { SalesPageEnvelope } from '../../api/schemas'

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
 * Rows of one source's consecutive pages (each page's events are read once). Date pages pass the
 * ledger date they were fetched under; the feed's rows derive it from time.
 */
export const rowsOfPages: (pages: readonly SalesPageEnvelope[], ledgerDate?: string) => SourceRows =
  memoByPages((pages, ledgerDate) =>
    readSourceRows(
      pages.map((page) => page.items),
      { ledgerDate },
    ),
  )
