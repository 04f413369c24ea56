import { queryOptions, useQuery } from '@tanstack/react-query'
import * as v from 'valibot'
import { apiGet } from '../../api/client'

const HealthSchema = v.object({ mode: v.picklist(['demo', 'vipps']) })

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiGet('/health', HealthSchema, 'health', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  })

export const useServerMode = () => useQuery(healthQueryOptions()).data?.mode
