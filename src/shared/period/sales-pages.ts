import { apiGet } from '../../api/client'
import { MAX_PAGE_SIZE } from '../../api/endpoints'
import { type SalesPage, SalesPageSchema } from '../../api/schemas'

/** One page of a paged Sales endpoint (date or feed) at the maximum page size. */
export function fetchMaxPage(path: string, cursor: string, what: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ pageSize: String(MAX_PAGE_SIZE) })
  if (cursor) query.set('cursor', cursor)
  return apiGet(`${path}?${query}`, SalesPageSchema, what, { signal })
}

/** The cursor of the next page, or undefined at the end (the opaque cursor is passed on as it is). */
export const nextCursor = (last: SalesPage) => (last.hasMore && last.cursor ? last.cursor : undefined)
