import { useSyncExternalStore } from 'react'

/**
 * A very small router over the History API: the URL is the app's state, so reload, a pasted link
 * and back/forward all reproduce a view.
 */
const listeners = new Set<() => void>()

function notify() {
  for (const listener of listeners) listener()
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify)

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const currentHref = () => window.location.pathname + window.location.search

/** Goes to a path-and-query; `replace` for changes that should not add a history step (typing). */
export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (to === currentHref()) return
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  notify()
}

export function useHref(): string {
  return useSyncExternalStore(subscribe, currentHref, () => '/')
}

export function useLocation(): { pathname: string; search: URLSearchParams } {
  const href = useHref()
  const url = new URL(href, 'http://x')
  return { pathname: url.pathname, search: url.searchParams }
}
