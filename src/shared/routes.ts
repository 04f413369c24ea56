/** Paths of the app's pages, built in one place (references are merchant text: always encoded). */
export const routes = {
  explorer: (search = '') => `/${search ? `?${search}` : ''}`,
  order: (ledgerId: string, reference: string, pspReference?: string | null) =>
    `/orders/${encodeURIComponent(reference)}?ledger=${encodeURIComponent(ledgerId)}${pspReference ? `&psp=${encodeURIComponent(pspReference)}` : ''}`,
  transaction: (ledgerId: string, pspReference: string) =>
    `/transactions/${encodeURIComponent(pspReference)}?ledger=${encodeURIComponent(ledgerId)}`,
  insights: (search = '') => `/insights${search ? `?${search}` : ''}`,
  dayReport: (search = '') => `/report${search ? `?${search}` : ''}`,
}

/** The decoded segment after a prefix, e.g. the reference in /orders/{reference}; null if malformed. */
export function pathParam(pathname: string, prefix: string): string | null {
  if (!pathname.startsWith(prefix)) return null
  const raw = pathname.slice(prefix.length)
  if (!raw || raw.includes('/')) return null
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

const LAST_EXPLORER_KEY = 'salgsoversikt:last-explorer'

/** Remembers the explorer view so pages elsewhere can link back to exactly it. */
export function rememberExplorerSearch(search: string) {
  try {
    sessionStorage.setItem(LAST_EXPLORER_KEY, search)
  } catch {
    // Storage can be unavailable (private mode); the back-link then shows the default view.
  }
}

export function lastExplorerHref(ledgerId: string | null): string {
  let search = ''
  try {
    search = sessionStorage.getItem(LAST_EXPLORER_KEY) ?? ''
  } catch {
    search = ''
  }
  if (!search && ledgerId) search = `ledger=${encodeURIComponent(ledgerId)}`
  return routes.explorer(search)
}
