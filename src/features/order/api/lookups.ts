import '../../../shared/i18n/api-texts'
import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { salesPaths } from '../../../api/endpoints'
import { readSourceRows, type SourceRows } from '../../../api/event-rows'
import { SalesEventSchema, SalesLookupEnvelopeSchema } from '../../../api/schemas'
import { ApiError, apiGet } from '../../../shared/api/client'

/** The docs do not pin the look-up answer's shape: accept a page of items or a single event. */
const LookupAnswerSchema = v.union([SalesLookupEnvelopeSchema, SalesEventSchema])

/**
 * The events a look-up found, read one by one like page events. Nothing found is an empty result,
 * whichever way the upstream says it: the docs show a page for the look-ups and no 404, so an
 * unknown reference may come as `200 {"items": []}` or as a 404.
 */
async function lookUp(path: string, signal?: AbortSignal): Promise<SourceRows> {
  try {
    const answer = await apiGet(path, LookupAnswerSchema, 'look-up answer', { signal })
    return readSourceRows(['items' in answer ? answer.items : [answer]])
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { rows: [], repeated: 0, unreadable: 0 }
    throw error
  }
}

export const orderByReferenceOptions = (ledgerId: string, reference: string) =>
  queryOptions({
    queryKey: ['sales', ledgerId, 'reference', reference],
    queryFn: ({ signal }) => lookUp(salesPaths.reference(ledgerId, reference), signal),
    staleTime: 60_000,
  })

export const transactionByPspOptions = (ledgerId: string, pspReference: string) =>
  queryOptions({
    queryKey: ['sales', ledgerId, 'psp', pspReference],
    queryFn: ({ signal }) => lookUp(salesPaths.pspReference(ledgerId, pspReference), signal),
    staleTime: 60_000,
  })
