import { queryOptions, useQuery } from '@tanstack/react-query'
import * as v from 'valibot'
import { apiGet } from './client'

const HealthSchema = v.object({
  mode: v.picklist(['demo', 'vipps']),
  /** A dashboard password is set, so there is a session to log out of. */
  login: v.optional(v.boolean(), false),
})

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiGet('/health', HealthSchema, 'health', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  })

export const useServerHealth = () => useQuery(healthQueryOptions()).data
export const useServerMode = () => useServerHealth()?.mode
