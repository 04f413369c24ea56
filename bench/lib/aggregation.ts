import { datesBetween } from '../../src/api/oslo-time'
import { toSaleRows } from '../../src/api/sale-row'
import { byCategory, byField, salesOverTime, vatSummary } from '../../src/features/insights/model/aggregate'
import { Simulator } from '../../src/mocks/simulator'
import { median } from './stats'

export const BENCH_SIMULATOR = {
  fixedNow: Date.parse('2026-11-26T12:00:00Z'),
  seed: 'bench',
  eventsPerDay: 2810,
}

/** The charts' aggregations over a ledger's rows of a period (read per day, as the app reads them). */
export function aggregationMs(ledger: string, from: string, to: string): { ms: number; events: number } {
  const sim = new Simulator(BENCH_SIMULATOR)
  const merchant = sim.store.merchant(ledger)
  if (!merchant) throw new Error('no merchant')
  const rows = datesBetween(from, to).flatMap((d) =>
    toSaleRows(sim.store.visibleEventsOf(merchant, d), { ledgerDate: d }),
  )
  const runOnce = () => {
    // A fresh array each time, as the app has after every change: nothing is remembered between runs.
    const view = rows.slice()
    const started = performance.now()
    vatSummary(view)
    byCategory(view)
    byField(view, 'solution')
    byField(view, 'paymentType')
    salesOverTime(view, from, to)
    return performance.now() - started
  }
  for (let i = 0; i < 3; i++) runOnce()
  return { ms: median(Array.from({ length: 7 }, runOnce)), events: rows.length }
}
