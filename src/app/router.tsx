import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type ErrorComponentProps,
  Link,
  Outlet,
  type RouterHistory,
} from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { defineText } from '../shared/i18n/language'
import { rememberExplorerSearch } from '../shared/links'
import { type LazyView, lazyView } from '../shared/ui/lazy-view'
import { ViewBoundary } from '../shared/ui/ViewBoundary'
import { parseSearch, stringifySearch } from '../shared/url/search-codec'
import {
  explorerSearchSchema,
  orderSearchSchema,
  reportSearchSchema,
  settlementSearchSchema,
  transactionSearchSchema,
  vouchersSearchSchema,
} from '../shared/url/search-schema'
import { AppShell } from './AppShell'
import { explorerDataDeps, startExplorerData } from './start-explorer-data'

const TEXT = defineText('app.router', {
  explorer: 'Oversikten',
  order: 'Ordren',
  transaction: 'Transaksjonen',
  report: 'Dagsoppgjøret',
  settlement: 'Oppgjøret',
  vouchers: 'Bilagene',
  loading: 'Laster …',
  failed: 'Siden kunne ikke vises.',
  failedDetail: 'Noe gikk galt. Prøv igjen, eller gå tilbake til transaksjonene.',
  retry: 'Prøv igjen',
  toSales: 'Til transaksjonene',
  notFound: 'Siden finnes ikke.',
})
declare module '../shared/i18n/messages' {
  interface Messages {
    'app.router': typeof TEXT
  }
}

export interface RouterContext {
  /** The app's query cache, where route loaders start the data a page will read. */
  queryClient: QueryClient
}

/**
 * A route's page, its own chunk loaded on demand inside its own boundary: a page whose code cannot
 * be fetched says so with "Prøv igjen" (lazyView can try again; React.lazy and lazyRouteComponent
 * cannot, and the latter reloads the page even when the server is away). The router preloads it.
 */
type PageName = 'explorer' | 'order' | 'transaction' | 'report' | 'settlement' | 'vouchers'

function page(name: PageName, View: LazyView<object>): (() => ReactNode) & { preload: () => Promise<void> } {
  const Page = () => (
    <ViewBoundary name={TEXT[name]}>
      <View />
    </ViewBoundary>
  )
  return Object.assign(Page, { preload: View.preload })
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
  errorComponent: RouteError,
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
  component: page(
    'explorer',
    lazyView(() => import('./explorer-route').then((m) => m.ExplorerRoute)),
  ),
  onEnter: (match) => rememberExplorerSearch(match.search),
  onStay: (match) => rememberExplorerSearch(match.search),
})

const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders/$reference',
  validateSearch: orderSearchSchema,
  component: page(
    'order',
    lazyView(() => import('./order-routes').then((m) => m.OrderRoute)),
  ),
})

const transactionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transactions/$psp',
  validateSearch: transactionSearchSchema,
  component: page(
    'transaction',
    lazyView(() => import('./order-routes').then((m) => m.TransactionRoute)),
  ),
})

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/report',
  validateSearch: reportSearchSchema,
  component: page(
    'report',
    lazyView(() => import('../features/insights/DayReportPage').then((m) => m.default)),
  ),
})

const settlementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settlement',
  validateSearch: settlementSearchSchema,
  component: page(
    'settlement',
    lazyView(() => import('./settlement-route').then((m) => m.SettlementRoute)),
  ),
})

const vouchersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vouchers',
  validateSearch: vouchersSearchSchema,
  component: page(
    'vouchers',
    lazyView(() => import('./vouchers-route').then((m) => m.VouchersRoute)),
  ),
})

export const routeTree = rootRoute.addChildren([
  explorerRoute,
  orderRoute,
  transactionRoute,
  reportRoute,
  settlementRoute,
  vouchersRoute,
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
    defaultPendingComponent: () => <p className="muted">{TEXT.loading}</p>,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

/** The last resort, should something escape the views' own boundaries. */
function RouteError({ reset }: ErrorComponentProps) {
  return (
    <div className="problem" role="alert">
      <strong>{TEXT.failed}</strong>
      <p>{TEXT.failedDetail}</p>
      <button type="button" className="button" onClick={reset}>
        {TEXT.retry}
      </button>{' '}
      <Link to="/">{TEXT.toSales}</Link>
    </div>
  )
}

function NotFound() {
  return (
    <div className="empty">
      <h1 className="page__title">{TEXT.notFound}</h1>
      <Link to="/">{TEXT.toSales}</Link>
    </div>
  )
}
