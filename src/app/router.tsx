import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  lazyRouteComponent,
  Outlet,
  type RouterHistory,
} from '@tanstack/react-router'
import { lazy } from 'react'
import { ExplorerPage } from '../features/explorer/ExplorerPage'
import { rememberExplorerSearch } from '../shared/links'
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

// Charts (recharts) and the less-used pages load on demand, so the first view stays small.
const InsightsPanel = lazy(() => import('../features/insights/InsightsPanel'))
const ExportPanel = lazy(() => import('../features/export/ExportPanel'))

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
})

const explorerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: explorerSearchSchema,
  component: () => <ExplorerPage Insights={InsightsPanel} Export={ExportPanel} />,
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

const vouchersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vouchers',
  validateSearch: vouchersSearchSchema,
  component: lazyRouteComponent(() => import('./vouchers-route'), 'VouchersRoute'),
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

function NotFound() {
  return (
    <div className="empty">
      <p>Siden finnes ikke.</p>
      <Link to="/">Til transaksjonene</Link>
    </div>
  )
}
