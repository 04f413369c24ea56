import { useQueryClient } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { useState } from 'react'
import { createAppRouter } from './router'

export function App() {
  const queryClient = useQueryClient()
  const [router] = useState(() => createAppRouter(queryClient))
  return <RouterProvider router={router} />
}
