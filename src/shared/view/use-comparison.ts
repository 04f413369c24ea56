import { useEffect, useMemo, useState } from 'react'
import { type Filters, filterRows } from '../filters/filters'
import { totalsOf } from '../filters/totals'
import type { PreviousPeriod } from '../period/previous-period'
import type { SettledPeriod } from '../period/use-settled-period'
import { comparePeriods, cutoffFor, type PeriodComparison, rowsUntil } from './comparison'
import type { SalesView } from './sales-view'

/** The previous period's figures follow the filters a moment after typing stops, not per keystroke. */
const SETTLE_MS = 250

function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}

/**
 * The view's average sale and its change against the previous period, with the same filters.
 * The previous period's rows come from the same period loader and cache as the view's, once it is
 * settled (useSettledPeriod); its figures are provisional (complete: false) until both periods are
 * read to their end and the filters have settled. Before the previous period is in, there is only
 * the average.
 */
export function useComparison(
  view: SalesView,
  previousSource: SettledPeriod | null,
  previousPeriod: PreviousPeriod | null,
  readAt: number | null,
): PeriodComparison {
  const filters: Filters = useSettled(view.filters, SETTLE_MS)
  const cutoff = previousPeriod ? cutoffFor(previousPeriod, view.period.to, readAt) : null
  const previousTotals = useMemo(
    () =>
      previousPeriod && previousSource
        ? totalsOf(filterRows(rowsUntil(previousSource.rows, previousPeriod.to, cutoff), filters))
        : null,
    [previousSource, previousPeriod, cutoff, filters],
  )
  const settled = filters === view.filters
  return useMemo(
    () =>
      comparePeriods(
        view.totals,
        view.completeness.loaded,
        previousPeriod && previousTotals
          ? {
              period: previousPeriod,
              cutoff,
              totals: previousTotals,
              complete: (previousSource?.complete ?? false) && settled,
            }
          : null,
      ),
    [view.totals, view.completeness.loaded, previousPeriod, previousTotals, cutoff, previousSource, settled],
  )
}
