import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query'
import { salesPaths } from '../../api/endpoints'
import { addDays } from '../../api/oslo-time'
import { FIRST_PAGE, type PageParam } from '../../api/paging-guard'
import { type ReadPage, readPage } from './page-rows'
import { fetchMaxPage, nextPage } from './sales-pages'

export type DayPages = InfiniteData<ReadPage, PageParam>

/** One page of a ledger date, read into rows as it arrives (the events as sent are not kept). */
export async function fetchSalesPage(ledgerId: string, date: string, param: PageParam, signal?: AbortSignal) {
  return readPage(await fetchMaxPage(salesPaths.date(ledgerId, date), param, 'sales page', signal), date)
}

export const salesByDateKey = (ledgerId: string, date: string) => ['sales', ledgerId, 'date', date] as const

/** Closed days do not change: only today and yesterday (late refunds, clock skew) are refetched. */
export function staleTimeForDate(date: string, today: string): number {
  if (date < addDays(today, -1)) return Number.POSITIVE_INFINITY
  return date === today ? 60_000 : 10 * 60_000
}

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
