import {
  createRootRoute,
  createRoute,
  createRouter,
  type ErrorComponentProps,
  Link,
  Outlet,
  type RouterHistory,
} from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { ExplorerPage } from '../features/explorer/ExplorerPage'
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
} from '../shared/url/search-schema'
import { AppShell } from './AppShell'

// Charts (recharts) and the less-used pages load on demand, so the first view stays small. Each
// page is its own ViewBoundary: a part that cannot be fetched says so, with "Prøv igjen".
const InsightsPanel = lazyView(() => import('../features/insights/InsightsPanel').then((m) => m.default))
const ExportPanel = lazyView(() => import('../features/export/ExportPanel').then((m) => m.default))
const FindEverywhere = lazyView(() => import('../features/order/FindEverywhere').then((m) => m.default))
const PrintHeader = lazyView(() => import('../features/insights/PrintSummary').then((m) => m.PrintHeader))
const PrintDetails = lazyView(() => import('../features/insights/PrintSummary').then((m) => m.PrintDetails))

/** A route's page, loaded on demand inside its own boundary; the router preloads it on hover. */
function page(name: string, View: LazyView<object>): (() => ReactNode) & { preload: () => Promise<void> } {
  const Page = () => (
    <ViewBoundary name={name}>
      <View />
    </ViewBoundary>
  )
  return Object.assign(Page, { preload: View.preload })
}

/**
 * The app's one route tree: links (src/shared/links.ts) are type-checked against it and the
 * router matches URLs with it. Each page's search is validated by its valibot schema.
 */
const rootRoute = createRootRoute({
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
  component: () => (
    <ExplorerPage
      Insights={InsightsPanel}
      Export={ExportPanel}
      FindReference={FindEverywhere}
      PrintHeader={PrintHeader}
      PrintDetails={PrintDetails}
    />
  ),
  onEnter: (match) => rememberExplorerSearch(match.search),
  onStay: (match) => rememberExplorerSearch(match.search),
})

const orderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders/$reference',
  validateSearch: orderSearchSchema,
  component: page(
    'Ordren',
    lazyView(() => import('./order-routes').then((m) => m.OrderRoute)),
  ),
})

const transactionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/transactions/$psp',
  validateSearch: transactionSearchSchema,
  component: page(
    'Transaksjonen',
    lazyView(() => import('./order-routes').then((m) => m.TransactionRoute)),
  ),
})

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/report',
  validateSearch: reportSearchSchema,
  component: page(
    'Dagsoppgjøret',
    lazyView(() => import('../features/insights/DayReportPage').then((m) => m.default)),
  ),
})

const settlementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settlement',
  validateSearch: settlementSearchSchema,
  component: page(
    'Oppgjøret',
    lazyView(() => import('./settlement-route').then((m) => m.SettlementRoute)),
  ),
})

export const routeTree = rootRoute.addChildren([
  explorerRoute,
  orderRoute,
  transactionRoute,
  reportRoute,
  settlementRoute,
])

/** The browser's history by default; tests pass a memory history. */
export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
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

/** The last resort, should something escape the views' own boundaries. */
function RouteError({ reset }: ErrorComponentProps) {
  return (
    <div className="problem" role="alert">
      <strong>Siden kunne ikke vises.</strong>
      <p>Noe gikk galt. Prøv igjen, eller gå tilbake til transaksjonene.</p>
      <button type="button" className="button" onClick={reset}>
        Prøv igjen
      </button>{' '}
      <Link to="/">Til transaksjonene</Link>
    </div>
  )
}

function NotFound() {
  return (
    <div className="empty">
      <h1 className="page__title">Siden finnes ikke.</h1>
      <Link to="/">Til transaksjonene</Link>
    </div>
  )
}
