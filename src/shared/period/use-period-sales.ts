import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'
import { todayInOslo } from '../../api/oslo-time'
import { useSalesDataFrom } from '../api/health'
import { PeriodLoader, type PeriodSnapshot } from './period-loader'
import { type Period, periodDates } from './periods'
import { isOpenDay, REFRESH_CHECK_MS } from './sales-by-date'

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
  // A period that has not begun has no day to load: no loader, nothing fetched.
  const notBegun = period.beyondToday?.kind === 'notBegun'
  const dataFrom = useSalesDataFrom()
  const loader = useMemo(
    () =>
      ledgerId && !notBegun
        ? new PeriodLoader(client, ledgerId, periodDates({ preset: 'custom', from, to }, dataFrom), today)
        : null,
    [client, ledgerId, from, to, today, notBegun, dataFrom],
  )
  // A layout effect starts the requests right after the commit, not a frame later.
  useLayoutEffect(() => {
    loader?.start()
    return () => loader?.stop()
  }, [loader])
  const hasOpenDay = isOpenDay(to, today)
  useKeepFresh(loader, hasOpenDay)
  const snapshot = useSyncExternalStore(
    loader?.subscribe ?? noSubscription,
    loader?.getSnapshot ?? emptySnapshot,
    emptySnapshot,
  )
  return { snapshot, loader }
}

/**
 * While the page is visible, reads the period's open days again once stale (today every minute:
 * new sales appear), checked every 15 s and when the page becomes visible again. When the connection comes back, failed days
 * are loaded again (each resumes after its last page).
 */
function useKeepFresh(loader: PeriodLoader | null, hasOpenDay: boolean) {
  useEffect(() => {
    if (!loader) return
    const visible = () => document.visibilityState === 'visible'
    const refresh = () => {
      if (hasOpenDay && visible()) void loader.refreshOpenDays()
    }
    const timer = hasOpenDay ? setInterval(refresh, REFRESH_CHECK_MS) : null
    const onOnline = () => {
      void loader.retryFailed()
      refresh()
    }
    document.addEventListener('visibilitychange', refresh)
    window.addEventListener('online', onOnline)
    return () => {
      if (timer) clearInterval(timer)
      document.removeEventListener('visibilitychange', refresh)
      window.removeEventListener('online', onOnline)
    }
  }, [loader, hasOpenDay])
}
