import { reportPaths, salesPaths } from '../../src/api/endpoints'
import { toFeesRows, toFundsRows } from '../../src/api/report-entry'
import { toSaleRows } from '../../src/api/sale-row'
import { salesDataFloorOf } from '../../src/features/settlement/model/join'
import { settlementDates } from '../../src/features/settlement/model/load-plan'
import { reconcile } from '../../src/features/settlement/model/reconcile'
import type { Simulator } from '../../src/mocks/simulator'
import { median } from './stats'

/**
 * The pages the settlement of a period reads, in the order the app queues them (sales, then funds,
 * then fees): its plan's dates (load-plan.ts). The café pays out daily, so the date before the
 * period holds the previous payout and no search further back is needed.
 */
export function settlementPagePaths(ledger: string, from: string, to: string, today: string): string[] {
  const { salesDates, reportDates } = settlementDates(from, to, today)
  return [
    ...salesDates.map((date) => salesPaths.date(ledger, date)),
    ...reportDates.map((date) => reportPaths.date(ledger, 'funds', date)),
    ...reportDates.map((date) => reportPaths.date(ledger, 'fees', date)),
  ]
}

/** CPU time of the join and everything reconcile() derives, on the period's rows as the app holds them. */
export function joinMs(sim: Simulator, ledger: string, from: string, to: string, today: string, runs = 7) {
  const merchant = sim.store.merchant(ledger)
  if (!merchant) throw new Error('no merchant')
  const { salesDates, reportDates } = settlementDates(from, to, today)
  const sales = salesDates.flatMap((date) =>
    toSaleRows(sim.store.visibleEventsOf(merchant, date), { ledgerDate: date }),
  )
  const report = reportDates.map((date) => ({
    date,
    funds: toFundsRows(sim.report.visibleEntries(merchant, 'funds', date), date),
    fees: toFeesRows(sim.report.visibleEntries(merchant, 'fees', date), date),
    provisional: sim.report.isOpen(merchant, date),
  }))
  const input = { sales, salesDates, report, salesDataFloorMs: salesDataFloorOf(sales) }
  const once = () => {
    const started = performance.now()
    const result = reconcile(input)
    return { ms: performance.now() - started, result }
  }
  for (let i = 0; i < 3; i++) once()
  const last = once()
  const entries = report.reduce((sum, d) => sum + d.funds.length + d.fees.length, 0)
  return {
    ms: median([last.ms, ...Array.from({ length: runs - 1 }, () => once().ms)]),
    sales: sales.length,
    entries,
    matched: last.result.join.matched.length,
    payouts: last.result.payouts.length,
  }
}
