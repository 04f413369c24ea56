import { useCallback, useSyncExternalStore } from 'react'

/** Phones: the compact list, filters in a sheet, touch-sized controls (the CSS uses the same width). */
export const PHONE_QUERY = '(max-width: 640px)'

const queryOf = (query: string) =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(query) : null

/** Whether a media query matches now, kept up to date (false where there is no matchMedia). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = queryOf(query)
      list?.addEventListener('change', changed)
      return () => list?.removeEventListener('change', changed)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => queryOf(query)?.matches ?? false,
    () => false,
  )
}

export const usePhone = () => useMediaQuery(PHONE_QUERY)

/** Whether the page is on a phone as it starts (to fetch the phone's code at once). */
export const startsOnPhone = () => queryOf(PHONE_QUERY)?.matches ?? false
