import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { datesBetween, todayInOslo } from '../../api/oslo-time'
import type { SaleRow } from '../../api/sale-row'
import { PeriodLoader } from './period-loader'

export interface SettledPeriod {
  ledgerId: string
  from: string
  to: string
  rows: SaleRow[]
  /** Every day read to its end (false: some day failed, its rows are missing). */
  complete: boolean
}

/**
 * A ledger's period loaded with the same period loader and cache as the view's, told once, when
 * every day is settled: no snapshot is built and nothing renders while it loads (a month of
 * another period must not slow the page the user types in). Null until then, or without a period.
 */
export function useSettledPeriod(
  ledgerId: string | null,
  period: { from: string; to: string } | null,
  /** Start loading (the view's own period is in first, so this one never delays it). */
  start: boolean,
): SettledPeriod | null {
  const client = useQueryClient()
  const [settled, setSettled] = useState<SettledPeriod | null>(null)
  const from = period?.from ?? null
  const to = period?.to ?? null
  useEffect(() => {
    if (!start || !ledgerId || !from || !to) return
    const loader = new PeriodLoader(client, ledgerId, datesBetween(from, to), todayInOslo())
    let current = true
    loader.start()
    void loader.settled().then((snapshot) => {
      if (current) setSettled({ ledgerId, from, to, rows: snapshot.rows, complete: snapshot.complete })
    })
    return () => {
      current = false
      loader.stop()
    }
  }, [client, ledgerId, from, to, start])
  // (A period told for another ledger or other dates is not this one's.)
  return settled && settled.ledgerId === ledgerId && settled.from === from && settled.to === to
    ? settled
    : null
}
