import type { QueryClient } from '@tanstack/react-query'
import { ledgersQueryOptions } from '../shared/api/ledgers'
import { prefetchPeriodStart } from '../shared/period/prefetch-period'
import type { ExplorerSearch } from '../shared/url/search-schema'
import { viewStateFromSearch } from '../shared/view-state'

/** What of the explorer's URL decides which sales it loads: the route loader runs again when it changes. */
export function explorerDataDeps(search: ExplorerSearch) {
  const { ledger, view, period, from, to } = search
  return { ledger, view, period, from, to }
}

/**
 * The explorer's data, started from its URL alone: the ledgers and the first pages of the period's
 * first days. The route loader calls it as the page is matched, so these requests and the
 * explorer's code download together. It does not wait for them: the page shows what arrives.
 */
export function startExplorerData(client: QueryClient, search: ExplorerSearch): void {
  void client.prefetchQuery(ledgersQueryOptions())
  const state = viewStateFromSearch(search)
  if (state.view === 'date' && state.ledger) prefetchPeriodStart(client, state.ledger, state.period)
}
