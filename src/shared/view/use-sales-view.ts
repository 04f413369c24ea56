import { useDeferredValue, useMemo, useRef } from 'react'
import { todayInOslo } from '../../api/oslo-time'
import type { Filters } from '../filters/filters'
import type { SortSpec } from '../filters/sort-rows'
import type { Period } from '../period/periods'
import { buildSalesView, type SalesView, type ViewSource } from './sales-view'

/**
 * The view of the loaded rows under the current view state. A keystroke's filters are applied
 * deferred, so typing never waits for 100 000 rows; the sort is keyed on its values, since the
 * URL is parsed anew on every keystroke.
 */
export function useSalesView(
  source: ViewSource,
  state: { period: Period; filters: Filters; sort: SortSpec },
): SalesView {
  const filters = useDeferredValue(state.filters)
  const { column, desc } = state.sort
  const { from, to, preset } = state.period
  const previous = useRef<SalesView | null>(null)
  // After midnight, yesterday's view is over: the next build (the open days are read again) says so.
  const today = todayInOslo()
  return useMemo(() => {
    previous.current = buildSalesView(
      source,
      { period: { preset, from, to }, filters, sort: { column, desc }, today },
      previous.current,
    )
    return previous.current
  }, [source, filters, column, desc, preset, from, to, today])
}
