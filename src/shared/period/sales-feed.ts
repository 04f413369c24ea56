import { infiniteQueryOptions } from '@tanstack/react-query'
import { apiGet } from '../../api/client'
import { MAX_PAGE_SIZE, salesPaths } from '../../api/endpoints'
import { type SalesPage, SalesPageSchema } from '../../api/schemas'

export function fetchFeedPage(ledgerId: string, cursor: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ pageSize: String(MAX_PAGE_SIZE) })
  if (cursor) query.set('cursor', cursor)
  return apiGet(`${salesPaths.feed(ledgerId)}?${query}`, SalesPageSchema, 'sales feed page', { signal })
}

export const salesFeedKey = (ledgerId: string) => ['sales', ledgerId, 'feed'] as const

/** The ledger's feed from its first event on; pages are added as the user scrolls or follows. */
export function salesFeedOptions(ledgerId: string) {
  return infiniteQueryOptions({
    queryKey: salesFeedKey(ledgerId),
    queryFn: ({ pageParam, signal }) => fetchFeedPage(ledgerId, pageParam, signal),
    initialPageParam: '',
    getNextPageParam: (last: SalesPage) => (last.hasMore && last.cursor ? last.cursor : undefined),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    retry: false,
  })
}
