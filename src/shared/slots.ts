import type { Filters } from './filters/filters'
import type { SalesView } from './view/sales-view'

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
