import type { QueryClient } from '@tanstack/react-query'
import { todayInOslo } from '../../api/oslo-time'
import { DEFAULT_DAY_CONCURRENCY } from './period-loader'
import { type Period, periodDates } from './periods'
import { salesByDateKey, salesByDateOptions } from './sales-by-date'

/**
 * Starts the first page of each day the period's loader begins with (the same queries, in its
 * order, as many as it loads at once), so the sales are on their way while the code that shows
 * them is still downloading. The loader then joins these requests instead of repeating them (a
 * query already fetching is joined). Days already in the cache are left to the loader, which
 * knows when a day is worth asking for again.
 */
export function prefetchPeriodStart(
  client: QueryClient,
  ledgerId: string,
  period: Period,
  today = todayInOslo(),
): void {
  const firstDays = periodDates(period).slice(0, DEFAULT_DAY_CONCURRENCY)
  for (const date of firstDays) {
    if (client.getQueryState(salesByDateKey(ledgerId, date))) continue
    void client.prefetchInfiniteQuery(salesByDateOptions(ledgerId, date, today))
  }
}
