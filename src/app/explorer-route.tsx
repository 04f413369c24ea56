import { lazy } from 'react'
import { ExplorerPage } from '../features/explorer/ExplorerPage'

// Charts (recharts) and the export load on demand, when first shown.
const InsightsPanel = lazy(() => import('../features/insights/InsightsPanel'))
const ExportPanel = lazy(() => import('../features/export/ExportPanel'))

/** `/`: the explorer, with the insights and export panels handed in (features do not import each other). */
export function ExplorerRoute() {
  return <ExplorerPage Insights={InsightsPanel} Export={ExportPanel} />
}
