import type { SaleRow } from '../api/sale-row'
import type { Filters } from './filters/filters'
import type { Totals } from './filters/totals'
import type { Period } from './period/periods'

/** What the explorer hands to the insights panel: the same filtered rows the table shows. */
export interface InsightsProps {
  rows: SaleRow[]
  totals: Totals
  period: Period
  currency: string
  /** Adds a value to one of the filters (a click on a bar or slice). */
  onFilter: (patch: Partial<Filters>) => void
}

/** What the explorer hands to the export: the whole period's loading state and the current view. */
export interface ExportProps {
  ledgerId: string
  snapshot: import('./period/period-loader').PeriodSnapshot
  retryFailed: () => void
  period: Period
  filters: Filters
  sort: import('./filters/sort-rows').SortSpec
}
