import type { ReactNode } from 'react'
import type { SaleRow } from '../api/sale-row'
import type { Filters } from './filters/filters'
import type { SalesView } from './view/sales-view'
import type { ViewState, ViewUpdate } from './view-state'
import type { SettlementDayLike } from './vouchers/day-summary'

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

/** The sales and their settlement of some dates, as the vouchers read them (the settlement feature loads them). */
export interface VoucherData {
  /** Every date asked for is loaded or failed, and nothing more will be asked for: the figures below are final. */
  settled: boolean
  /** Sale rows of the dates read to their end (possibly of dates around the ones asked for); empty until settled. */
  rows: readonly SaleRow[]
  /** Dates whose sales or settlement could not be read: never booked. */
  failedDates: readonly string[]
  /** The settlement model's days (fees withheld, payouts); null when the keys cannot read the Report API. */
  settlementDays: readonly SettlementDayLike[] | null
  /** Why the Report API cannot be read (403/404), else null. */
  denied: Error | null
  /** How far the loading has come, and a retry of what failed: placed where the page wants it. */
  status: ReactNode
}

/** What the vouchers page hands to the settlement's loading: which dates, and what to do with them. */
export interface VoucherDataProps {
  ledgerId: string
  dates: readonly string[]
  children: (data: VoucherData) => ReactNode
}
