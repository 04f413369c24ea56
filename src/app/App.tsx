import { ExplorerPage } from '../features/explorer/ExplorerPage'
import { OrderPage, TransactionPage } from '../features/order/OrderPage'
import { useLocation } from '../shared/router'
import { pathParam } from '../shared/routes'
import { AppShell } from './AppShell'

function Route() {
  const { pathname } = useLocation()
  if (pathname === '/') return <ExplorerPage />
  const reference = pathParam(pathname, '/orders/')
  if (reference !== null) return <OrderPage key={reference} reference={reference} />
  const psp = pathParam(pathname, '/transactions/')
  if (psp !== null) return <TransactionPage key={psp} pspReference={psp} />
  return <NotFound />
}

export function App() {
  return (
    <AppShell>
      <Route />
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
