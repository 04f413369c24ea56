import { useQueryClient } from '@tanstack/react-query'
import { useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import { todayInOslo } from '../../api/oslo-time'
import { PeriodLoader, type PeriodSnapshot } from './period-loader'
import { type Period, periodDates } from './periods'

const EMPTY: PeriodSnapshot = {
  days: [],
  rows: [],
  totalDays: 0,
  loadedDays: 0,
  failedDays: [],
  eventCount: 0,
  complete: false,
}
const noSubscription = () => () => {}
const emptySnapshot = () => EMPTY

/** Every event of a ledger's period, loading day by day; what is loaded shows at once. */
export function usePeriodSales(ledgerId: string | null, period: Period) {
  const client = useQueryClient()
  const today = todayInOslo()
  const { from, to } = period
  const loader = useMemo(
    () =>
      ledgerId
        ? new PeriodLoader(client, ledgerId, periodDates({ preset: 'custom', from, to }), today)
        : null,
    [client, ledgerId, from, to, today],
  )
  // A layout effect starts the requests right after the commit, not a frame later.
  useLayoutEffect(() => {
    loader?.start()
    return () => loader?.stop()
  }, [loader])
  const snapshot = useSyncExternalStore(
    loader?.subscribe ?? noSubscription,
    loader?.getSnapshot ?? emptySnapshot,
    emptySnapshot,
  )
  return { snapshot, loader }
}
