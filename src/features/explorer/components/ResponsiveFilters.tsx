import type { ReactNode } from 'react'
import { usePhone } from '../../../shared/ui/use-media-query'
import type { Facets } from '../../../shared/view/facets'
import type { ViewState, ViewUpdate } from '../../../shared/view-state'
import { FilterBar } from './FilterBar'
import { activeFilters, FilterSheet } from './FilterSheet'
import { PeriodDates } from './PeriodPicker'

/**
 * The filters: a bar above the totals on a large screen; on a phone, a sheet behind one button
 * (with the period's dates and `extras`, the toolbar's less-used controls), so the totals come first.
 */
export function ResponsiveFilters({
  state,
  update,
  facets,
  extras,
}: {
  state: ViewState
  update: ViewUpdate
  facets: Facets
  extras?: ReactNode
}) {
  const phone = usePhone()
  const bar = <FilterBar state={state} update={update} facets={facets} />
  if (!phone) return bar
  return (
    <FilterSheet active={activeFilters(state.filters)}>
      <PeriodDates state={state} update={update} />
      {bar}
      {extras ? <div className="filter-sheet__extras">{extras}</div> : null}
    </FilterSheet>
  )
}
