import type { SaleRow } from '../api/sale-row'
import type { Filters } from './filters/filters'
import type { SalesView } from './view/sales-view'
import type { ViewState, ViewUpdate } from './view-state'

/** What the explorer hands to the insights panel: the view the table shows. */
export interface InsightsProps {
  view: SalesView
  /** Adds a value to one of the filters (a click on a bar or slice). */
  onFilter: (patch: Partial<Filters>) => void
}

/** What the explorer hands to the export: the view (its rows once every day is in) and a retry. */
export interface ExportProps {
  ledgerId: string
  view: SalesView
  retryFailed: () => void
}

/** What the explorer hands to the search across dates and ledgers, when nothing in the period matched. */
export interface FindReferenceProps {
  /** The search text, as typed. */
  text: string
  ledgerId: string
}

/** What the explorer hands to its print summary (period, filters, VAT by rate, charts). */
export interface PrintProps {
  view: SalesView
  /** The ledger as the owner knows it. */
  ledgerName: string
}

/** What a page hands to the ledger and period pickers it is given: the period in the URL, and a way to change it. */
export interface PeriodToolbarProps {
  state: ViewState
  update: ViewUpdate
}

/** What the order page hands to the settlement of one sale (captures and refunds alike). */
export interface SaleSettlementProps {
  ledgerId: string
  row: SaleRow
}
