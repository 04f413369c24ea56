import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { ApiError, apiGet } from '../../../api/client'
import { salesPaths } from '../../../api/endpoints'
import { type SaleRow, toSaleRows } from '../../../api/sale-row'
import { SalesEventSchema, SalesLookupSchema } from '../../../api/schemas'

/** The docs do not pin the look-up answer's shape: accept a list of items or a single event. */
const LookupAnswerSchema = v.union([SalesLookupSchema, SalesEventSchema])

async function lookUp(path: string, signal?: AbortSignal): Promise<SaleRow[]> {
  const answer = await apiGet(path, LookupAnswerSchema, 'look-up answer', { signal })
  return toSaleRows('items' in answer ? answer.items : [answer])
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

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404
