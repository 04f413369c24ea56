import { useDeferredValue, useMemo } from 'react'
import type { SaleRow } from '../../../api/sale-row'
import { type Filters, filterRows, hasActiveFilters } from '../../../shared/filters/filters'
import { type SortSpec, sortRows } from '../../../shared/filters/sort-rows'
import { totalsOf } from '../../../shared/filters/totals'
import { facetsOf } from './facets'

/**
 * rows → sorted → filtered → totals. Sorting runs only when the rows or the sort change; a
 * keystroke only re-filters the already-sorted rows, and runs deferred so typing never waits.
 */
export function useExplorerRows(rows: SaleRow[], sort: SortSpec, filters: Filters) {
  const deferredFilters = useDeferredValue(filters)
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort])
  const filtered = useMemo(() => filterRows(sorted, deferredFilters), [sorted, deferredFilters])
  const totals = useMemo(() => totalsOf(filtered), [filtered])
  const facets = useMemo(() => facetsOf(rows), [rows])
  return {
    filtered,
    totals,
    facets,
    isFiltered: hasActiveFilters(filters),
    isStale: deferredFilters !== filters,
  }
}
