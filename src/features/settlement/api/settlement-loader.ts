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
  /**
   * Rows of the dates read to their end only (a half-read date would look like missing sales),
   * once nothing loads any more; empty while loading.
   */
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

/**
 * The sales loaders' progress. Their rows are gathered only once nothing loads any more (they are
 * read once, for the join): a month holds 100 000 of them, and progress is told many times a second.
 */
function salesProgress(snapshots: readonly PeriodSnapshot[], withRows: boolean): SalesProgress {
  // Each loader's rows are in date order; the loaders cover date ranges that do not overlap.
  const ordered = [...snapshots].sort((a, b) => (a.days[0]?.date ?? '').localeCompare(b.days[0]?.date ?? ''))
  const days = ordered.flatMap((s) => s.days)
  const loadedDates = days.filter((d) => d.status === 'loaded').map((d) => d.date)
  const failedDates = days.filter((d) => d.status === 'failed').map((d) => d.date)
  let rows: SaleRow[] = []
  if (withRows) {
    rows = ordered.flatMap((s) => s.rows)
    if (loadedDates.length < days.length) {
      const loaded = new Set(loadedDates)
      rows = rows.filter((row) => loaded.has(row.ledgerDate))
    }
  }
  return { days, rows, loadedDates, failedDates, busy: snapshots.some(isBusy) }
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

/**
 * Two settled snapshots hold the same rows (rows are read once per loaded pages, so an unchanged
 * date gives the very same row objects): a progress notice after settling changes nothing.
 */
function sameSettled(a: SettlementSnapshot, b: SettlementSnapshot): boolean {
  return (
    a.settled === b.settled &&
    a.lookback === b.lookback &&
    a.report.denied === b.report.denied &&
    sameItems(a.sales.loadedDates, b.sales.loadedDates) &&
    sameItems(a.sales.failedDates, b.sales.failedDates) &&
    sameItems(a.report.failedDates, b.report.failedDates) &&
    sameItems(a.sales.rows, b.sales.rows) &&
    a.report.loaded.length === b.report.loaded.length &&
    a.report.loaded.every((d, i) => {
      const other = b.report.loaded[i]
      return (
        other?.date === d.date &&
        other.funds === d.funds &&
        other.fees === d.fees &&
        other.provisional === d.provisional
      )
    })
  )
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
  /** The last settled snapshot: kept while nothing in it changes, so the join is not done again. */
  private settledBefore: SettlementSnapshot | null = null
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
      const snapshots = this.sales.map((loader) => loader.getSnapshot())
      const report = this.report.getSnapshot()
      const searching = this.lookback.kind === 'wait' || this.lookback.kind === 'load'
      const settled =
        this.started && !snapshots.some(isBusy) && !report.busy && (!searching || report.denied !== null)
      const next = { sales: salesProgress(snapshots, settled), report, lookback: this.lookback, settled }
      this.snapshot = this.settledBefore && sameSettled(this.settledBefore, next) ? this.settledBefore : next
      if (settled) this.settledBefore = this.snapshot
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
    // Final: found, or not within the bound. A date that failed is looked at again after a retry.
    if (
      this.lookback.kind === 'found' ||
      (this.lookback.kind === 'unknown' && this.lookback.reason === 'bound')
    )
      return
    if (this.report.getSnapshot().denied) return
    const next = nextLookback(this.from, this.report.dateState, this.report.cachedFunds)
    this.lookback = next
    if (next.kind === 'load') this.report.add(next.dates)
    if (next.kind === 'found') this.addSales(lookbackSalesDates(this.from, next))
  }
}
