import { ExplorerPage } from '../features/explorer/ExplorerPage'
import { lazyView } from '../shared/ui/lazy-view'

// Charts (recharts), the export, the search across dates and the print summary load on demand,
// each able to try again when its code could not be fetched (lazyView).
const InsightsPanel = lazyView(() => import('../features/insights/InsightsPanel').then((m) => m.default))
const ExportPanel = lazyView(() => import('../features/export/ExportPanel').then((m) => m.default))
const FindEverywhere = lazyView(() => import('../features/order/FindEverywhere').then((m) => m.default))
const PrintHeader = lazyView(() => import('../features/insights/PrintSummary').then((m) => m.PrintHeader))
const PrintDetails = lazyView(() => import('../features/insights/PrintSummary').then((m) => m.PrintDetails))

/** `/`: the explorer, with the insights, export, search and print panels handed in (features do not import each other). */
export function ExplorerRoute() {
  return (
    <ExplorerPage
      Insights={InsightsPanel}
      Export={ExportPanel}
      FindReference={FindEverywhere}
      PrintHeader={PrintHeader}
      PrintDetails={PrintDetails}
    />
  )
}
