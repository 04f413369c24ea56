import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Link,
  lazyRouteComponent,
  Outlet,
  type RouterHistory,
} from '@tanstack/react-router'
import { rememberExplorerSearch } from '../shared/links'
import { parseSearch, stringifySearch } from '../shared/url/search-codec'
import {
  explorerSearchSchema,
  orderSearchSchema,
  reportSearchSchema,
  settlementSearchSchema,
  transactionSearchSchema,
} from '../shared/url/search-schema'
import { AppShell } from './AppShell'
import { explorerDataDeps, startExplorerData } from './start-explorer-data'

export interface RouterContext {
  /** The app's query cache, where route loaders start the data a page will read. */
  queryClient: QueryClient
}

/**
 * The app's one route tree: links (src/shared/links.ts) are type-checked against it and the
 * router matches URLs with it. Each page's search is validated by its valibot schema. Every
 * page's component is its own chunk: the start-up code is what matches a URL and starts its data.
 */
const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <AppShell>
      <Outlet />
    </AppShell>
  ),
  notFoundComponent: NotFound,
})

const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: explorerSearchSchema,
  // The sales start loading from the URL while the explorer's code downloads; the loader does
  // not wait for them, and runs again only when the ledger, view or period changes.
  loaderDeps: ({ search }) => explorerDataDeps(search),
  loader: ({ context, deps }) => startExplorerData(context.queryClient, deps),
  staleTime: Number.POSITIVE_INFINITY,
  component: lazyRouteComponent(() => import('./explorer-route'), 'ExplorerRoute'),
  onEnter: (match) => rememberExplorerSearch(match.search),
  onStay: (match) => rememberExplorerSearch(match.search),
})

const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders/$reference',
  validateSearch: orderSearchSchema,
  component: lazyRouteComponent(() => import('./order-routes'), 'OrderRoute'),
})

const transactionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transactions/$psp',
  validateSearch: transactionSearchSchema,
  component: lazyRouteComponent(() => import('./order-routes'), 'TransactionRoute'),
})

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/report',
  validateSearch: reportSearchSchema,
  component: lazyRouteComponent(() => import('../features/insights/DayReportPage')),
})

const settlementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settlement',
  validateSearch: settlementSearchSchema,
  component: lazyRouteComponent(() => import('./settlement-route'), 'SettlementRoute'),
})

export const routeTree = rootRoute.addChildren([
  explorerRoute,
  orderRoute,
  transactionRoute,
  reportRoute,
  settlementRoute,
])

/** The browser's history by default; tests pass a memory history. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    // Today's query-string format (plain pairs, lists as repeated keys), not JSON in the URL.
    parseSearch,
    stringifySearch,
    defaultPendingComponent: () => <p className="muted">Laster …</p>,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

function NotFound() {
  return (
    <div className="empty">
      <p>Siden finnes ikke.</p>
      <Link to="/">Til transaksjonene</Link>
    </div>
  )
}
