import { queryOptions, useQuery } from '@tanstack/react-query'
import * as v from 'valibot'
import { DOCUMENTED_SALES_DATA_FROM } from '../../api/endpoints'
import { apiGet } from './client'

const HealthSchema = v.object({
  mode: v.picklist(['demo', 'vipps']),
  /** A dashboard password is set, so there is a session to log out of. */
  login: v.optional(v.boolean(), false),
  /**
   * Which data the server reads, as a short fingerprint (the ledger keys' id and base URL, or the
   * simulator's settings; never a secret): when it changes, the browser's cache of closed days is
   * for other data.
   */
  source: v.optional(v.string()),
  /** The first date with sales data; null: the server knows no floor (every day is asked for). */
  salesDataFrom: v.optional(v.nullable(v.string()), DOCUMENTED_SALES_DATA_FROM),
})

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiGet('/health', HealthSchema, 'health', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  })

export const useServerHealth = () => useQuery(healthQueryOptions()).data
export const useServerMode = () => useServerHealth()?.mode
/** The first date worth asking for: the documented one until the server has answered. */
export const useSalesDataFrom = (): string | null => {
  const health = useServerHealth()
  return health ? health.salesDataFrom : DOCUMENTED_SALES_DATA_FROM
}
