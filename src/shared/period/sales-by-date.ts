import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query'
import { salesPaths } from '../../api/endpoints'
import { addDays } from '../../api/oslo-time'
import { FIRST_PAGE, type PageParam } from '../../api/paging-guard'
import type { SaleRow } from '../../api/sale-row'
import type { SalesPageEnvelope } from '../../api/schemas'
import { rowsOfPages } from './page-rows'
import type { DateSource } from './period-loader'
import { fetchSalesMaxPage, nextPage } from './sales-pages'

export type DayPages = InfiniteData<SalesPageEnvelope, PageParam>

export function fetchSalesPage(ledgerId: string, date: string, param: PageParam, signal?: AbortSignal) {
  return fetchSalesMaxPage(salesPaths.date(ledgerId, date), param, 'sales page', signal)
}

export const salesByDateKey = (ledgerId: string, date: string) => ['sales', ledgerId, 'date', date] as const

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
  })
}

/** A ledger's sales as a period loader's source: each date's query, its rows read once per pages. */
export function salesDateSource(ledgerId: string, today: string): DateSource<SalesPageEnvelope, SaleRow> {
  return {
    options: (date) => salesByDateOptions(ledgerId, date, today),
    rowsOf: rowsOfPages,
    isOpen: (date) => isOpenDay(date, today),
  }
}
