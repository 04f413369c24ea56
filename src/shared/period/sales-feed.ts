import { infiniteQueryOptions } from '@tanstack/react-query'
import { salesPaths } from '../../api/endpoints'
import { FIRST_PAGE, type PageParam } from '../../api/paging-guard'
import { fetchSalesMaxPage, nextPage } from './sales-pages'

export function fetchFeedPage(ledgerId: string, param: PageParam, signal?: AbortSignal) {
  return fetchSalesMaxPage(salesPaths.feed(ledgerId), param, 'sales feed page', signal)
}

export const salesFeedKey = (ledgerId: string) => ['sales', ledgerId, 'feed'] as const

/** The ledger's feed from its first event on; pages are added as the user scrolls or follows. */
export function salesFeedOptions(ledgerId: string) {
  return infiniteQueryOptions({
    queryKey: salesFeedKey(ledgerId),
    queryFn: ({ pageParam, signal }) => fetchFeedPage(ledgerId, pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPage,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    retry: false,
  })
}
