import { useCallback, useEffect, useRef, useState } from 'react'

export interface Action<I, O> {
  run: (input: I, callbacks?: { onSuccess?: (output: O) => void; onError?: (error: Error) => void }) => void
  isPending: boolean
  isSuccess: boolean
  isError: boolean
  error: Error | null
}

/**
 * A change sent to the server, with its state for the page. react-query's useMutation would do,
 * but its code would be added to the first view's chunk (the library's module is there), for the
 * two saves of this page; this is all they need.
 */
export function useAction<I, O>(
  send: (input: I) => Promise<O>,
  onSuccess?: (output: O) => void,
): Action<I, O> {
  const [state, setState] = useState<{
    status: 'idle' | 'pending' | 'success' | 'error'
    error: Error | null
  }>({
    status: 'idle',
    error: null,
  })
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  const latest = useRef({ send, onSuccess })
  latest.current = { send, onSuccess }
  const run = useCallback<Action<I, O>['run']>((input, callbacks) => {
    setState({ status: 'pending', error: null })
    latest.current.send(input).then(
      (output) => {
        latest.current.onSuccess?.(output)
        if (!mounted.current) return
        setState({ status: 'success', error: null })
        callbacks?.onSuccess?.(output)
      },
      (reason: unknown) => {
        if (!mounted.current) return
        const error = reason instanceof Error ? reason : new Error(String(reason))
        setState({ status: 'error', error })
        callbacks?.onError?.(error)
      },
    )
  }, [])
  return {
    run,
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    isError: state.status === 'error',
    error: state.error,
  }
}
