import type { QueryClient } from '@tanstack/react-query'
import type { SaleRow } from '../../../api/sale-row'
import { createLimiter } from '../../../shared/period/limiter'
import {
  type DayProgress,
  DEFAULT_DAY_CONCURRENCY,
  PeriodLoader,
  type PeriodSnapshot,
} from '../../../shared/period/period-loader'
import { type Lookback, lookbackSalesDates, nextLookback, settlementDates } from '../model/load-plan'
import { ReportDatesLoader, type ReportDatesSnapshot } from './report-dates-loader'

export interface SalesProgress {
  /** Every sales date asked for, oldest first (the period, the date before it, back to the previous payout). */
  days: DayProgress[]
  /** Rows of the dates read to their end only: a half-read date would look like missing sales. */
  rows: SaleRow[]
  loadedDates: string[]
  failedDates: string[]
  busy: boolean
}

export interface SettlementSnapshot {
  sales: SalesProgress
  report: ReportDatesSnapshot
  /** Where the search for the payout before the period stands. */
  lookback: Lookback
  /** Nothing is waiting or loading, and no more dates will be asked for. */
  settled: boolean
}

const isBusy = (snapshot: PeriodSnapshot) =>
  snapshot.days.some((day) => day.status === 'waiting' || day.status === 'loading')

function salesProgress(snapshots: readonly PeriodSnapshot[]): SalesProgress {
  const days = snapshots.flatMap((s) => s.days).sort((a, b) => a.date.localeCompare(b.date))
  const loadedDates = days.filter((d) => d.status === 'loaded').map((d) => d.date)
  const loaded = new Set(loadedDates)
  const rows = snapshots
    .flatMap((s) => s.rows)
    .filter((row) => loaded.has(row.ledgerDate))
    .sort((a, b) => a.ledgerDate.localeCompare(b.ledgerDate))
  return {
    days,
    rows,
    loadedDates,
    failedDates: days.filter((d) => d.status === 'failed').map((d) => d.date),
    busy: snapshots.some(isBusy),
  }
}

/**
 * Everything the settlement of a period needs: its sales (and those of the date before), funds and
 * fees of its dates and the two after, and the dates back to the previous payout (load-plan.ts).
 * Sales and report dates share one limiter of the browser's six connections; the sales are
 * queued first, so the report never slows them. Each date is its own cached query, so dates the
 * explorer has loaded are not asked again, and closed dates never.
 */
export class SettlementLoader {
  private readonly limiter
  private readonly sales: PeriodLoader[] = []
  private readonly report: ReportDatesLoader
  private readonly listeners = new Set<() => void>()
  private readonly unsubscribe: (() => void)[] = []
  private readonly settledWaiters: (() => void)[] = []
  private lookback: Lookback = { kind: 'wait' }
  private snapshot: SettlementSnapshot | null = null
  private stepping = false
  private started = false

  constructor(
    private readonly client: QueryClient,
    readonly ledgerId: string,
    readonly from: string,
    readonly to: string,
    private readonly today: string,
    concurrency = DEFAULT_DAY_CONCURRENCY,
  ) {
    this.limiter = createLimiter(concurrency)
    this.report = new ReportDatesLoader(client, ledgerId, this.limiter)
  }

  /** Starts loading; a loader is started once and stopped once (a new period is a new loader). */
  start(): void {
    if (this.started) return
    this.started = true
    const { salesDates, reportDates } = settlementDates(this.from, this.to, this.today)
    this.unsubscribe.push(this.report.subscribe(this.changed))
    // The sales first, so they are first in the limiter's queue; the search waits for both.
    this.stepping = true
    this.addSales(salesDates)
    this.report.add(reportDates)
    this.stepping = false
    this.changed()
  }

  stop(): void {
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe()
    for (const loader of this.sales) loader.stop()
    this.report.stop()
    for (const resolve of this.settledWaiters.splice(0)) resolve()
  }

  retryFailed(): Promise<unknown> {
    return Promise.all([...this.sales.map((loader) => loader.retryFailed()), this.report.retryFailed()])
  }

  /** Resolves when every date is loaded or failed and no more will be asked for. */
  settled(): Promise<SettlementSnapshot> {
    if (this.getSnapshot().settled) return Promise.resolve(this.getSnapshot())
    return new Promise((resolve) => this.settledWaiters.push(() => resolve(this.getSnapshot())))
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SettlementSnapshot => {
    if (!this.snapshot) {
      const sales = salesProgress(this.sales.map((loader) => loader.getSnapshot()))
      const report = this.report.getSnapshot()
      const searching = this.lookback.kind === 'wait' || this.lookback.kind === 'load'
      const settled = this.started && !sales.busy && !report.busy && (!searching || report.denied !== null)
      this.snapshot = { sales, report, lookback: this.lookback, settled }
    }
    return this.snapshot
  }

  private addSales(dates: readonly string[]) {
    if (dates.length === 0) return
    const loader = new PeriodLoader(this.client, this.ledgerId, dates, this.today, undefined, this.limiter)
    this.sales.push(loader)
    this.unsubscribe.push(loader.subscribe(this.changed))
    loader.start()
  }

  private readonly changed = () => {
    if (this.stepping) return
    this.stepping = true
    try {
      this.step()
    } finally {
      this.stepping = false
    }
    this.snapshot = null
    for (const listener of this.listeners) listener()
    if (this.getSnapshot().settled) for (const resolve of this.settledWaiters.splice(0)) resolve()
  }

  /** One step of the search for the previous payout, whenever a date comes in. */
  private step() {
    if (this.lookback.kind === 'found' || this.lookback.kind === 'unknown') return
    if (this.report.getSnapshot().denied) return
    const next = nextLookback(this.from, this.report.dateState, this.report.cachedFunds)
    this.lookback = next
    if (next.kind === 'load') this.report.add(next.dates)
    if (next.kind === 'found') this.addSales(lookbackSalesDates(this.from, next))
  }
}
