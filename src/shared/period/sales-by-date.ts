import {
  type InfiniteData,
  infiniteQueryOptions,
  type Query,
  type QueryFunctionContext,
  type QueryPersister,
} from '@tanstack/react-query'
import { salesPaths } from '../../api/endpoints'
import { addDays } from '../../api/oslo-time'
import { FIRST_PAGE, type PageParam } from '../../api/paging-guard'
import type { SaleRow } from '../../api/sale-row'
import { type ReadPage, rowsOfReadPages } from './page-rows'
import type { DateSource } from './period-loader'
import { fetchSalesMaxPage, nextPage } from './sales-pages'

export type DayPages = InfiniteData<ReadPage, PageParam>

// The code that reads events into rows loads as the app starts, beside the first view.
const reading = import('./page-reading')

/** One page of a ledger date, read into rows as it arrives (the events as sent are not kept). */
export async function fetchSalesPage(ledgerId: string, date: string, param: PageParam, signal?: AbortSignal) {
  const page = await fetchSalesMaxPage(salesPaths.date(ledgerId, date), param, 'sales page', signal)
  return (await reading).readPage(page, date)
}

export const salesByDateKey = (ledgerId: string, date: string) => ['sales', ledgerId, 'date', date] as const
type DayKey = ReturnType<typeof salesByDateKey>

/** Today and yesterday still change (new sales; late refunds, clock skew); earlier days are closed. */
export function isOpenDay(date: string, today: string): boolean {
  return date >= addDays(today, -1)
}

/** Closed days do not change: only today and yesterday (late refunds, clock skew) are refetched. */
export function staleTimeForDate(date: string, today: string): number {
  if (!isOpenDay(date, today)) return Number.POSITIVE_INFINITY
  return date === today ? 60_000 : 10 * 60_000
}

/** How often a visible page checks whether its open days are stale (and reads those again). */
export const REFRESH_CHECK_MS = 15_000

/**
 * The persisted cache of closed days (day-cache.ts), loaded when a closed day is first fetched so
 * that the first view does not carry it.
 */
const persistClosedDay = <T>(
  queryFn: (context: QueryFunctionContext) => T | Promise<T>,
  context: QueryFunctionContext,
  query: Query,
): Promise<T> => import('./day-cache').then((cache) => cache.persistDay(queryFn, context, query))

/**
 * One ledger date as an infinite query: pages of the maximum size, followed by cursor. Each date
 * is its own cache entry, so overlapping periods reuse the days they share. Retries happen in
 * apiGet (per page, honouring Retry-After), so the query itself does not retry.
 */
export function salesByDateOptions(ledgerId: string, date: string, today: string) {
  return infiniteQueryOptions({
    queryKey: salesByDateKey(ledgerId, date),
    queryFn: ({ pageParam, signal }) => fetchSalesPage(ledgerId, date, pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPage,
    staleTime: staleTimeForDate(date, today),
    gcTime: 30 * 60_000,
    retry: false,
    enabled: false,
    // For an infinite query the persister wraps the fetch of the whole day (its InfiniteData), which
    // TanStack's type calls the page's: the persister is generic over what it wraps.
    // Without IndexedDB (Node, a browser that refuses it) there is nothing to persist to.
    persister:
      !isOpenDay(date, today) && typeof indexedDB !== 'undefined'
        ? (persistClosedDay as unknown as QueryPersister<ReadPage, DayKey, PageParam>)
        : undefined,
  })
}

/** A ledger's sales as a period loader's source: each date's query, its rows read once per pages. */
export function salesDateSource(ledgerId: string, today: string): DateSource<ReadPage, SaleRow> {
  return {
    options: (date) => salesByDateOptions(ledgerId, date, today),
    rowsOf: rowsOfReadPages,
    isOpen: (date) => isOpenDay(date, today),
  }
}
