import { ExplorerPage } from '../features/explorer/ExplorerPage'
import { useLocation } from '../shared/router'
import { AppShell } from './AppShell'

export function App() {
  const { pathname } = useLocation()
  return <AppShell>{pathname === '/' ? <ExplorerPage /> : <NotFound />}</AppShell>
}

function NotFound() {
  return (
    <div className="empty">
      <p>Siden finnes ikke.</p>
      <a href="/">Til transaksjonene</a>
    </div>
  )
}
