import type * as v from 'valibot'
import { MAX_PAGE_SIZE } from '../../api/endpoints'
import { nextPageParam, type PagedEnvelope, type PageParam, pagingFaultOf } from '../../api/paging-guard'
import { type SalesPageEnvelope, SalesPageEnvelopeSchema } from '../../api/schemas'
import { apiGet } from '../api/client'

/**
 * One page of a paged endpoint (Sales API date or feed, Report API date) at the maximum page size,
 * checked against the page's schema. A page that breaks the paging contract is refused with a
 * PagingFault, so every paged query shares one set of paging guards.
 */
export async function fetchMaxPage<TPage extends PagedEnvelope>(
  path: string,
  schema: v.GenericSchema<unknown, TPage>,
  param: PageParam,
  what: string,
  signal?: AbortSignal,
): Promise<TPage> {
  const query = new URLSearchParams({ pageSize: String(MAX_PAGE_SIZE) })
  if (param.cursor) query.set('cursor', param.cursor)
  const page = await apiGet(`${path}?${query}`, schema, what, { signal })
  const fault = pagingFaultOf(param, page)
  if (fault) throw fault
  return page
}

/**
 * One page of a Sales endpoint. Only the envelope is checked here; events are read one by one later
 * (event-rows.ts), so one unreadable event does not cost the page.
 */
export function fetchSalesMaxPage(
  path: string,
  param: PageParam,
  what: string,
  signal?: AbortSignal,
): Promise<SalesPageEnvelope> {
  return fetchMaxPage(path, SalesPageEnvelopeSchema, param, what, signal)
}

/** getNextPageParam for every paged query: the opaque cursor is passed on as it is. */
export const nextPage = (last: PagedEnvelope, _all: unknown, lastParam: PageParam) =>
  nextPageParam(last, lastParam)
