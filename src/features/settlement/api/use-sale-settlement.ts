import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { countsInTotals } from '../../../api/money-parts'
import { addDays, datesBetween, todayInOslo } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import { createLimiter } from '../../../shared/period/limiter'
import { nextLookahead, REPORT_DATES_AFTER } from '../model/load-plan'
import { reconcile, type TransactionSettlement } from '../model/reconcile'
import { NO_REPORT_DATES, ReportDatesLoader } from './report-dates-loader'

/** Report dates of one sale at once: few, beside the order page's own requests. */
const SALE_CONCURRENCY = 2

const noSubscription = () => () => {}
const emptySnapshot = () => NO_REPORT_DATES

export interface SaleSettlementState {
  /** Null while loading (or for a row that is never settled). */
  settlement: TransactionSettlement | null
  loading: boolean
  denied: Error | null
  failed: boolean
  /** Why no payout was found, once the search has ended without one. */
  payoutMissing: 'today' | 'bound' | 'failed' | null
}

const settles = (row: SaleRow) => Boolean(row.pspReference) && countsInTotals(row)

/**
 * One sale's settlement: the funds and fees of its ledger date and the two after (a late
 * settlement, a fee booked the next day), then forward a week at a time to the payout that pays it.
 */
export function useSaleSettlement(ledgerId: string, row: SaleRow): SaleSettlementState {
  const client = useQueryClient()
  const today = todayInOslo()
  const date = row.ledgerDate
  const wanted = settles(row) && date <= today
  const [loader, setLoader] = useState<ReportDatesLoader | null>(null)
  useLayoutEffect(() => {
    if (!wanted) return
    const next = new ReportDatesLoader(client, ledgerId, createLimiter(SALE_CONCURRENCY))
    const last = addDays(date, REPORT_DATES_AFTER)
    next.add(datesBetween(date, last < today ? last : today))
    setLoader(next)
    return () => next.stop()
  }, [client, ledgerId, date, today, wanted])
  const snapshot = useSyncExternalStore(
    loader?.subscribe ?? noSubscription,
    loader?.getSnapshot ?? emptySnapshot,
    emptySnapshot,
  )

  const settlement = useMemo(() => {
    if (!wanted || snapshot.busy || snapshot.denied || snapshot.loaded.length === 0) return null
    return (
      reconcile({ sales: [row], salesDates: [date], report: snapshot.loaded }).transactions.get(row.key) ??
      null
    )
  }, [wanted, snapshot, row, date])

  // Settled and not in a payout among the dates loaded: look further ahead for it.
  const settledOn = settlement?.status === 'settled' && !settlement.payout ? settlement.ledgerDate : null
  const lookahead = useMemo(
    () => (loader && settledOn ? nextLookahead(settledOn, today, loader.dateState) : null),
    [loader, settledOn, today],
  )
  useEffect(() => {
    if (loader && lookahead?.kind === 'load') loader.add(lookahead.dates)
  }, [loader, lookahead])

  return {
    settlement,
    loading: wanted && (snapshot.busy || lookahead?.kind === 'load' || lookahead?.kind === 'wait' || !loader),
    denied: snapshot.denied,
    failed: snapshot.failedDates.length > 0,
    payoutMissing: lookahead?.kind === 'not-yet' ? lookahead.reason : null,
  }
}
