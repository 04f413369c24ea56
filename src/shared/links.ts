import { linkOptions } from '@tanstack/react-router'
import { parseSearch, stringifySearch } from './url/search-codec'
import {
  type ExplorerSearch,
  explorerSearchOf,
  type SettlementSearch,
  type VouchersSearch,
} from './url/search-schema'

/**
 * Links to the app's pages, for TanStack Router's <Link {...links.order(…)}> and navigate(…).
 * Paths and search are type-checked against the one route tree (src/app/router.tsx) that also
 * matches them, and the router encodes path parameters (references are merchant text).
 */
export const links = {
  explorer: (search: ExplorerSearch) => linkOptions({ to: '/', search }),
  order: (ledgerId: string, reference: string, pspReference?: string | null) =>
    linkOptions({
      to: '/orders/$reference',
      params: { reference },
      search: { ledger: ledgerId, psp: pspReference ?? undefined },
    }),
  transaction: (ledgerId: string, pspReference: string) =>
    linkOptions({ to: '/transactions/$psp', params: { psp: pspReference }, search: { ledger: ledgerId } }),
  /** The day report of one date, under the explorer's current filters. */
  dayReport: (date: string) =>
    linkOptions({ from: '/', to: '/report', search: (explorer) => ({ ...explorer, date }) }),
  /** From the day report back to the explorer, filters kept. */
  explorerFromReport: () =>
    linkOptions({ from: '/report', to: '/', search: ({ date: _date, ...explorer }) => explorer }),
  /** The settlement of a ledger's period (the explorer links to it with its own ledger and period). */
  settlement: (search: SettlementSearch) => linkOptions({ to: '/settlement', search }),
  /** The vouchers for the accounting system: a period, one date, or (no period) what is new since the last export. */
  vouchers: (search: VouchersSearch) => linkOptions({ to: '/vouchers', search }),
  /** The explorer as the user last saw it in this tab, else the given ledger's default view. */
  lastExplorer: (ledgerId: string | null) => linkOptions({ to: '/', search: lastExplorerSearch(ledgerId) }),
}

const LAST_EXPLORER_KEY = 'salgsoversikt:last-explorer'

/** Remembers the explorer view so pages elsewhere can link back to exactly it. */
export function rememberExplorerSearch(search: Record<string, unknown>) {
  try {
    sessionStorage.setItem(LAST_EXPLORER_KEY, stringifySearch(search))
  } catch {
    // Storage can be unavailable (private mode); the back-link then shows the default view.
  }
}

function lastExplorerSearch(ledgerId: string | null): ExplorerSearch {
  let stored: string | null = null
  try {
    stored = sessionStorage.getItem(LAST_EXPLORER_KEY)
  } catch {
    stored = null
  }
  if (stored) return explorerSearchOf(parseSearch(stored))
  return ledgerId ? { ledger: ledgerId } : {}
}
