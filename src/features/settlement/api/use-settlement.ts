import { useQueryClient } from '@tanstack/react-query'
import { useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { todayInOslo } from '../../../api/oslo-time'
import { salesDataFloorOf } from '../model/join'
import { type PeriodSettlementView, periodSettlementView } from '../model/period-view'
import { type Reconciliation, reconcile } from '../model/reconcile'
import { NO_REPORT_DATES } from './report-dates-loader'
import { SettlementLoader, type SettlementSnapshot } from './settlement-loader'

const EMPTY: SettlementSnapshot = {
  sales: { days: [], rows: [], loadedDates: [], failedDates: [], busy: false },
  report: NO_REPORT_DATES,
  lookback: { kind: 'wait' },
  settled: false,
}
const noSubscription = () => () => {}
const emptySnapshot = () => EMPTY

export interface SettlementState {
  snapshot: SettlementSnapshot
  /** Once everything is loaded (or failed): the whole bridge, and the period's part of it. */
  result: Reconciliation | null
  view: PeriodSettlementView | null
  retryFailed: () => void
}

/**
 * The settlement of a ledger's period, loading as it mounts. A new loader per ledger and period
 * (made in the effect, so React's double start in development gets two whole loaders, never a
 * half-stopped one); the dates they share are cached queries, asked for once.
 */
export function useSettlement(ledgerId: string | null, dates: readonly string[]): SettlementState {
  const client = useQueryClient()
  const today = todayInOslo()
  const from = dates[0] ?? ''
  const to = dates.at(-1) ?? ''
  const [loader, setLoader] = useState<SettlementLoader | null>(null)
  useLayoutEffect(() => {
    if (!ledgerId || !from) {
      setLoader(null)
      return
    }
    const next = new SettlementLoader(client, ledgerId, from, to, today)
    next.start()
    setLoader(next)
    return () => next.stop()
  }, [client, ledgerId, from, to, today])
  const snapshot = useSyncExternalStore(
    loader?.subscribe ?? noSubscription,
    loader?.getSnapshot ?? emptySnapshot,
    emptySnapshot,
  )
  const { settled, sales, report } = snapshot
  const result = useMemo(
    () =>
      settled && !report.denied
        ? reconcile({
            sales: sales.rows,
            salesDates: sales.loadedDates,
            report: report.loaded,
            salesDataFloorMs: salesDataFloorOf(sales.rows),
          })
        : null,
    [settled, sales, report],
  )
  const { lookback } = snapshot
  const view = useMemo(
    () => (result ? periodSettlementView(result, dates, lookback) : null),
    [result, dates, lookback],
  )
  return { snapshot, result, view, retryFailed: () => void loader?.retryFailed() }
}
