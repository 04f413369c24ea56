import { lazy, Suspense } from 'react'
import { ExplorerPage } from '../features/explorer/ExplorerPage'
import { useLocation } from '../shared/router'
import { pathParam } from '../shared/routes'
import { AppShell } from './AppShell'

// Charts (recharts) and the less-used pages load on demand, so the first view stays small.
const InsightsPanel = lazy(() => import('../features/insights/InsightsPanel'))
const ExportPanel = lazy(() => import('../features/export/ExportPanel'))
const DayReportPage = lazy(() => import('../features/insights/DayReportPage'))
const OrderPage = lazy(() => import('../features/order/OrderPage').then((m) => ({ default: m.OrderPage })))
const TransactionPage = lazy(() =>
  import('../features/order/OrderPage').then((m) => ({ default: m.TransactionPage })),
)

function Route() {
  const { pathname } = useLocation()
  if (pathname === '/') return <ExplorerPage Insights={InsightsPanel} Export={ExportPanel} />
  if (pathname === '/report') return <DayReportPage />
  const reference = pathParam(pathname, '/orders/')
  if (reference !== null) return <OrderPage key={reference} reference={reference} />
  const psp = pathParam(pathname, '/transactions/')
  if (psp !== null) return <TransactionPage key={psp} pspReference={psp} />
  return <NotFound />
}

export function App() {
  return (
    <AppShell>
      <Suspense fallback={<p className="muted">Laster …</p>}>
        <Route />
      </Suspense>
    </AppShell>
  )
}

function NotFound() {
  return (
    <div className="empty">
      <p>Siden finnes ikke.</p>
      <a href="/">Til transaksjonene</a>
    </div>
  )
}
