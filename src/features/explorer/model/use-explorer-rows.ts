import { useDeferredValue, useMemo, useRef } from 'react'
import type { SaleRow } from '../../../api/sale-row'
import {
  type FilterResult,
  type Filters,
  filterRowsFrom,
  hasActiveFilters,
} from '../../../shared/filters/filters'
import { type SortSpec, sortRows } from '../../../shared/filters/sort-rows'
import { totalsOf } from '../../../shared/filters/totals'
import { facetsOf } from './facets'

/**
 * rows → sorted → filtered → totals. Sorting runs only when the rows or the sort change; a
 * keystroke only re-filters the already-sorted rows, and runs deferred so typing never waits.
 */
export function useExplorerRows(rows: SaleRow[], sort: SortSpec, filters: Filters) {
  const deferredFilters = useDeferredValue(filters)
  const { column, desc } = sort
  // Keyed on the sort's values: the URL is parsed anew on every keystroke, giving a new object.
  const sorted = useMemo(() => sortRows(rows, { column, desc }), [rows, column, desc])
  const previous = useRef<FilterResult | null>(null)
  const filtered = useMemo(() => {
    previous.current = filterRowsFrom(sorted, deferredFilters, previous.current)
    return previous.current.result
  }, [sorted, deferredFilters])
  const totals = useMemo(() => totalsOf(filtered), [filtered])
  const facets = useMemo(() => facetsOf(rows), [rows])
  return {
    filtered,
    totals,
    facets,
    isFiltered: hasActiveFilters(filters),
    /** The filters the rows were computed with (they lag the typed ones while a keystroke renders). */
    appliedFilters: deferredFilters,
  }
}
