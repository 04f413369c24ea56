import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { goToLoginIfRequired } from './login-redirect'

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => goToLoginIfRequired(error) }),
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
