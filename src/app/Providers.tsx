import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // apiGet already retries what is worth retrying (429, 5xx, network), with backoff.
      queries: { retry: false, refetchOnWindowFocus: false },
    },
  })
}

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient())
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
