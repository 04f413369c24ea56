import { InfiniteQueryObserver, type QueryClient } from '@tanstack/react-query'
import type { SaleRow } from '../../api/sale-row'
import { createLimiter } from './limiter'
import { rowsOfPages } from './page-rows'
import { salesByDateOptions } from './sales-by-date'

export type DayStatus = 'waiting' | 'loading' | 'loaded' | 'failed'

export interface DayProgress {
  date: string
  status: DayStatus
  events: number
  pages: number
  error: Error | null
}

export interface PeriodSnapshot {
  days: DayProgress[]
  /** Every loaded event of the period, days in order, each day in the API's order. */
  rows: SaleRow[]
  totalDays: number
  loadedDays: number
  failedDays: string[]
  eventCount: number
  /** True only when every day has been read to its last page: totals are final. */
  complete: boolean
}

/** Days loaded at once: browsers open at most 6 connections per host over HTTP/1.1. */
export const DEFAULT_DAY_CONCURRENCY = 6
/**
 * How often the UI hears about progress: the first news at once (first rows on screen as soon as
 * they arrive), then at most every 80 ms, or every 400 ms once many rows are loaded, since each
 * notification re-sorts and re-totals everything loaded so far.
 */
const NOTIFY_INTERVAL_MS = 80
const NOTIFY_INTERVAL_LARGE_MS = 400
const LARGE_ROW_COUNT = 20_000

function createDayObserver(client: QueryClient, ledgerId: string, date: string, today: string) {
  return new InfiniteQueryObserver(client, salesByDateOptions(ledgerId, date, today))
}

type DayObserver = ReturnType<typeof createDayObserver>

/**
 * Loads a period day by day: each day is a per-date infinite query followed to its last page;
 * several days load at once, within a bound. What is loaded stays in the cache; a failed day keeps
 * its pages and resumes from its last cursor when retried.
 */
export class PeriodLoader {
  private readonly observers = new Map<string, DayObserver>()
  private readonly status = new Map<string, DayStatus>()
  private readonly listeners = new Set<() => void>()
  private readonly unsubscribe: (() => void)[] = []
  private readonly run: ReturnType<typeof createLimiter>
  private stopped = false
  /** Bumped by every start(), so loops left over from an earlier start (React StrictMode) end. */
  private generation = 0
  private snapshot: PeriodSnapshot | null = null
  private notifyTimer: ReturnType<typeof setTimeout> | null = null
  private pendingNotify = false
  private lastEventCount = 0

  constructor(
    private readonly client: QueryClient,
    readonly ledgerId: string,
    readonly dates: readonly string[],
    private readonly today: string,
    concurrency = DEFAULT_DAY_CONCURRENCY,
  ) {
    this.run = createLimiter(concurrency)
  }

  start(): void {
    this.stopped = false
    this.generation++
    for (const date of this.dates) {
      const observer = createDayObserver(this.client, this.ledgerId, date, this.today)
      this.observers.set(date, observer)
      this.status.set(date, 'waiting')
      this.unsubscribe.push(observer.subscribe(() => this.changed()))
    }
    for (const date of this.dates) void this.schedule(date)
    this.changed()
  }

  stop(): void {
    this.stopped = true
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe()
    if (this.notifyTimer) clearTimeout(this.notifyTimer)
    this.notifyTimer = null
  }

  /** Loads again every day that failed; each resumes after its last loaded page. */
  retryFailed(): Promise<unknown> {
    const failed = this.dates.filter((date) => this.status.get(date) === 'failed')
    return Promise.all(failed.map((date) => this.schedule(date)))
  }

  retry(date: string): Promise<void> {
    return this.schedule(date)
  }

  /** Resolves when no day is waiting or loading. */
  async settled(): Promise<PeriodSnapshot> {
    while (!this.stopped && this.busy()) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return this.getSnapshot()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): PeriodSnapshot => {
    this.snapshot ??= this.buildSnapshot()
    return this.snapshot
  }

  /** Some day is still waiting or loading. */
  private busy(): boolean {
    for (const status of this.status.values()) if (status === 'waiting' || status === 'loading') return true
    return false
  }

  private schedule(date: string): Promise<void> {
    this.setStatus(date, 'waiting')
    return this.run(() => this.loadDay(date))
  }

  private async loadDay(date: string): Promise<void> {
    const observer = this.observers.get(date)
    const generation = this.generation
    const stale = () => this.stopped || generation !== this.generation
    if (!observer || stale()) return
    this.setStatus(date, 'loading')
    let result = observer.getCurrentResult()
    let failed = false
    if (!result.data || result.isStale) {
      await observer.refetch()
      result = observer.getCurrentResult()
      failed = result.isError
    }
    // A day that failed earlier keeps its pages and goes on from its last cursor.
    while (!failed && !stale() && result.hasNextPage) {
      result = await observer.fetchNextPage()
      failed = result.isError
    }
    if (stale()) return
    this.setStatus(date, failed ? 'failed' : 'loaded')
  }

  private setStatus(date: string, status: DayStatus): void {
    this.status.set(date, status)
    this.changed()
  }

  private changed(): void {
    this.snapshot = null
    if (this.stopped) return
    if (this.notifyTimer && this.busy()) {
      this.pendingNotify = true
      return
    }
    // Finished (or failed) periods are told at once: a final total must not wait for the throttle.
    if (this.notifyTimer) clearTimeout(this.notifyTimer)
    this.notify()
  }

  private notify(): void {
    this.pendingNotify = false
    for (const listener of this.listeners) listener()
    const interval = this.lastEventCount > LARGE_ROW_COUNT ? NOTIFY_INTERVAL_LARGE_MS : NOTIFY_INTERVAL_MS
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null
      if (this.pendingNotify && !this.stopped) this.notify()
    }, interval)
  }

  private buildSnapshot(): PeriodSnapshot {
    const days: DayProgress[] = []
    const dayRows: SaleRow[][] = []
    for (const date of this.dates) {
      const result = this.observers.get(date)?.getCurrentResult()
      const rows = result?.data ? rowsOfPages(result.data.pages) : []
      dayRows.push(rows)
      days.push({
        date,
        status: this.status.get(date) ?? 'waiting',
        events: rows.length,
        pages: result?.data?.pages.length ?? 0,
        error: result?.error ?? null,
      })
    }
    const rows = dayRows.flat()
    this.lastEventCount = rows.length
    const loadedDays = days.filter((d) => d.status === 'loaded').length
    return {
      days,
      rows,
      totalDays: days.length,
      loadedDays,
      failedDays: days.filter((d) => d.status === 'failed').map((d) => d.date),
      eventCount: rows.length,
      complete: loadedDays === days.length,
    }
  }
}
