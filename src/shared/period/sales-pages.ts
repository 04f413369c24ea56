import { MAX_PAGE_SIZE } from '../../api/endpoints'
import { nextPageParam, type PageParam, pagingFaultOf } from '../../api/paging-guard'
import { type SalesPageEnvelope, SalesPageEnvelopeSchema } from '../../api/schemas'
import { apiGet } from '../api/client'

/**
 * One page of a paged Sales endpoint (date or feed) at the maximum page size. Only the envelope is
 * checked here (events are read one by one later); a page that breaks the paging contract is
 * refused with a PagingFault, so the date and feed queries share one set of paging guards.
 */
export async function fetchMaxPage(
  path: string,
  param: PageParam,
  what: string,
  signal?: AbortSignal,
): Promise<SalesPageEnvelope> {
  const query = new URLSearchParams({ pageSize: String(MAX_PAGE_SIZE) })
  if (param.cursor) query.set('cursor', param.cursor)
  const page = await apiGet(`${path}?${query}`, SalesPageEnvelopeSchema, what, { signal })
  const fault = pagingFaultOf(param, page)
  if (fault) throw fault
  return page
}

/** getNextPageParam for both paged queries: the opaque cursor is passed on as it is. */
export const nextPage = (last: SalesPageEnvelope, _all: unknown, lastParam: PageParam) =>
  nextPageParam(last, lastParam)
