import {
  type InfiniteData,
  InfiniteQueryObserver,
  type InfiniteQueryObserverOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import type { PageParam } from '../../api/paging-guard'
import type { SaleRow } from '../../api/sale-row'
import { createLimiter, type Limiter } from './limiter'
import type { ReadPage } from './page-rows'
import { salesDateSource } from './sales-by-date'

/** `stopped`: not read to its end because the loading was stopped (cancel); resume() goes on. */
export type DayStatus = 'waiting' | 'loading' | 'loaded' | 'failed' | 'stopped'

export interface DayProgress {
  date: string
  status: DayStatus
  events: number
  pages: number
  error: Error | null
}

export interface PeriodSnapshot<TRow = SaleRow> {
  days: DayProgress[]
  /** Every loaded event of the period, days in order, each day in the API's order. */
  rows: TRow[]
  /**
   * The same rows per day, in the order of `days`: each day's array stays the same object until the
   * day changes, so work per day can be kept (day-aggregates.ts). (Absent in hand-made snapshots.)
   */
  rowsByDay?: readonly (readonly TRow[])[]
  totalDays: number
  loadedDays: number
  failedDays: string[]
  eventCount: number
  /** Events that could not be read: kept as flagged rows, never summed. (Absent in hand-made snapshots: 0.) */
  unreadableEvents?: number
  /** Events the upstream sent twice, counted once. (Absent in hand-made snapshots: 0.) */
  repeatedEvents?: number
  /** True only when every day has been read to its last page: totals are final. */
  complete: boolean
  /** The loading was stopped before every day was read (cancel); what is loaded stays. */
  stopped?: boolean
  /**
   * When the period's open days (today, yesterday: they still change) were last read, the oldest of
   * them; null for a period of closed days only, or before they are read. (Absent in hand-made snapshots.)
   */
  updatedAt?: number | null
  /** The last refresh of an open day failed: its figures are those of `updatedAt`. */
  refreshFailed?: boolean
}

/** Days loaded at once: browsers open at most 6 connections per host over HTTP/1.1. */
export const DEFAULT_DAY_CONCURRENCY = 6
const NOTIFY_INTERVAL_MS = 80
const NOTIFY_INTERVAL_LARGE_MS = 400
const LARGE_ROW_COUNT = 20_000

/**
 * How often the UI hears about progress: the first news at once (first rows on screen as soon as
 * they arrive), then at most every 80 ms, or every 400 ms once many rows are loaded, and for large
 * periods every 1 s per 100 000 rows (at most 3 s): each notice re-sorts and re-totals everything
 * loaded so far. A finished (or failed) period is told at once.
 */
export const notifyInterval = (rows: number) =>
  rows > LARGE_ROW_COUNT ? Math.min(3000, Math.max(NOTIFY_INTERVAL_LARGE_MS, rows / 100)) : NOTIFY_INTERVAL_MS

/** The rows read from one date's pages, and what the upstream got wrong on them. */
export interface DateRows<TRow> {
  rows: TRow[]
  /** Entries that could not be read (kept as flagged rows, never summed). */
  unreadable?: number
  /** Entries the upstream sent twice, counted once. */
  repeated?: number
}

/** A date's infinite query, as the loader drives it (it fetches; the query itself is `enabled: false`). */
export type DateQueryOptions<TPage> = InfiniteQueryObserverOptions<
  TPage,
  Error,
  InfiniteData<TPage>,
  // biome-ignore lint/suspicious/noExplicitAny: each source's key is its own tuple, which the query function reads typed; the loader never reads it
  any,
  PageParam
>

/**
 * What a loader loads per ledger date: the date's query (one cache entry per date, so overlapping
 * periods share dates) and how its pages read as rows (once per pages array: see memoByPages).
 */
export interface DateSource<TPage, TRow> {
  options: (date: string) => DateQueryOptions<TPage>
  rowsOf: (pages: readonly TPage[], date: string) => DateRows<TRow>
  /** A date that still changes (today, yesterday), read again by refreshOpenDays once stale. */
  isOpen?: (date: string) => boolean
}

export interface DateLoaderOptions {
  /** Dates loaded at once, when the loader has its own limiter. */
  concurrency?: number
  /** A limiter shared with other loaders, so that together they stay within one bound. */
  limiter?: Limiter
}

type DayObserver<TPage> = InfiniteQueryObserver<TPage, Error, InfiniteData<TPage>, QueryKey, PageParam>

/**
 * Loads a period day by day: each day is a per-date infinite query followed to its last page;
 * several days load at once, within a bound. What is loaded stays in the cache; a failed day keeps
 * its pages and resumes from its last cursor when retried.
 *
 * A day's status is read from its query (fetching, failed, more pages to come, or read to its end);
 * the only state of the loader's own is which days wait in its queue.
 */
export class DateLoader<TPage, TRow> {
  private readonly observers = new Map<string, DayObserver<TPage>>()
  /** Loads of each day waiting in the queue (a count: StrictMode's second start queues a day twice). */
  private readonly queued = new Map<string, number>()
  /** Open days being read again in the background: they keep showing what they had until then. */
  private readonly refreshing = new Set<string>()
  /** Open days whose last background refresh failed (they keep what they had). */
  private readonly refreshFailed = new Set<string>()
  private readonly listeners = new Set<() => void>()
  private readonly settledWaiters: (() => void)[] = []
  private readonly unsubscribe: (() => void)[] = []
  private readonly run: Limiter
  private stopped = false
  /** Stopped by the user (cancel): no day is started or continued until resume(). */
  private cancelled = false
  /** Bumped by every start(), so loops left over from an earlier start (React StrictMode) end. */
  private generation = 0
  private snapshot: PeriodSnapshot<TRow> | null = null
  private notifyTimer: ReturnType<typeof setTimeout> | null = null
  private pendingNotify = false
  private lastEventCount = 0

  constructor(
    private readonly client: QueryClient,
    readonly dates: readonly string[],
    private readonly source: DateSource<TPage, TRow>,
    { concurrency = DEFAULT_DAY_CONCURRENCY, limiter }: DateLoaderOptions = {},
  ) {
    this.run = limiter ?? createLimiter(concurrency)
  }

  start(): void {
    this.stopped = false
    this.generation++
    for (const date of this.dates) {
      const observer: DayObserver<TPage> = new InfiniteQueryObserver(this.client, this.source.options(date))
      this.observers.set(date, observer)
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
    this.releaseSettled()
  }

  /**
   * Stops fetching: days waiting are not started and the pages in flight are cancelled; what is
   * loaded stays (a day keeps its pages, and goes on from its last cursor on resume()).
   */
  cancel(): void {
    if (this.cancelled) return
    this.cancelled = true
    for (const date of this.dates) {
      void this.client.cancelQueries({ queryKey: this.source.options(date).queryKey, exact: true })
    }
    this.changed()
  }

  /** Goes on after cancel(): every day not yet read to its end is loaded. */
  resume(): Promise<unknown> {
    if (!this.cancelled) return Promise.resolve()
    this.cancelled = false
    const unfinished = this.dates.filter((date) => this.statusOf(date) !== 'loaded')
    return Promise.all(unfinished.map((date) => this.schedule(date)))
  }

  /** Loads again every day that failed; each resumes after its last loaded page. */
  retryFailed(): Promise<unknown> {
    const failed = this.dates.filter((date) => this.statusOf(date) === 'failed')
    return Promise.all(failed.map((date) => this.schedule(date)))
  }

  retry(date: string): Promise<void> {
    return this.schedule(date)
  }

  /**
   * Reads again the open days whose data is stale (today after a minute, yesterday after ten), so
   * new sales appear. A day keeps showing what it had, as loaded, until its new pages are in; a
   * refresh that fails leaves it as it was (refreshFailed), to be tried at the next refresh.
   */
  refreshOpenDays(): Promise<unknown> {
    const due = this.dates.filter(
      (date) =>
        this.source.isOpen?.(date) &&
        !this.refreshing.has(date) &&
        this.statusOf(date) === 'loaded' &&
        this.isStale(date),
    )
    return Promise.all(
      due.map(async (date) => {
        this.refreshing.add(date)
        try {
          await this.schedule(date, true)
        } finally {
          this.refreshing.delete(date)
          if (this.observers.get(date)?.getCurrentResult().isError) this.refreshFailed.add(date)
          else this.refreshFailed.delete(date)
          this.changed()
        }
      }),
    )
  }

  /** Resolves when no day is waiting or loading (or the loader is stopped). */
  settled(): Promise<PeriodSnapshot<TRow>> {
    if (this.stopped || !this.busy()) return Promise.resolve(this.getSnapshot())
    return new Promise((resolve) => this.settledWaiters.push(() => resolve(this.getSnapshot())))
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): PeriodSnapshot<TRow> => {
    this.snapshot ??= this.buildSnapshot()
    return this.snapshot
  }

  /** What the day's query says, unless the day waits in this loader's queue. */
  private statusOf(date: string): DayStatus {
    const result = this.observers.get(date)?.getCurrentResult()
    if (this.cancelled && !result?.isFetching) {
      if (result?.isError) return 'failed'
      return result?.data && !result.hasNextPage ? 'loaded' : 'stopped'
    }
    // A refresh in the background (or one that failed) leaves the day as it was: read to its end.
    if ((this.refreshing.has(date) || this.refreshFailed.has(date)) && result?.data && !result.hasNextPage)
      return 'loaded'
    if (this.queued.has(date)) return 'waiting'
    if (!result) return 'waiting'
    if (result.isFetching) return 'loading'
    if (result.isError) return 'failed'
    if (!result.data) return 'waiting'
    // Between two pages of a day the query is idle for a moment: more to come is still loading.
    return result.hasNextPage ? 'loading' : 'loaded'
  }

  /**
   * Whether the day's data is older than its staleTime now (a result's isStale is as of its last
   * update, which a quiet query does not get when the time passes).
   */
  private isStale(date: string): boolean {
    const observer = this.observers.get(date)
    if (!observer) return false
    const { staleTime } = observer.options
    return observer.getCurrentQuery().isStaleByTime(typeof staleTime === 'number' ? staleTime : 0)
  }

  /** Some day is still waiting or loading. */
  private busy(): boolean {
    for (const date of this.dates) {
      const status = this.statusOf(date)
      if (status === 'waiting' || status === 'loading') return true
    }
    return false
  }

  private releaseSettled(): void {
    for (const resolve of this.settledWaiters.splice(0)) resolve()
  }

  private schedule(date: string, refresh = false): Promise<void> {
    this.queued.set(date, (this.queued.get(date) ?? 0) + 1)
    this.changed()
    return this.run(() => this.loadDay(date, refresh))
  }

  private async loadDay(date: string, refresh = false): Promise<void> {
    const observer = this.observers.get(date)
    const generation = this.generation
    const stale = () => this.stopped || generation !== this.generation
    const waiting = (this.queued.get(date) ?? 1) - 1
    if (waiting > 0) this.queued.set(date, waiting)
    else this.queued.delete(date)
    if (!observer || stale() || this.cancelled) return this.changed()
    let result = observer.getCurrentResult()
    let failed = false
    // A failed day goes on from its last page; a stale open day (today after a minute) starts
    // again. Other cached dates are read once (a source without open dates is never refetched here).
    const staleOpenDay = !result.isError && this.source.isOpen?.(date) === true && this.isStale(date)
    if (!result.data || refresh || staleOpenDay) {
      const refetching = observer.refetch()
      this.changed()
      await refetching
      result = observer.getCurrentResult()
      failed = result.isError
    }
    // A day that failed earlier keeps its pages and goes on from its last cursor.
    while (!failed && !stale() && !this.cancelled && result.hasNextPage) {
      result = await observer.fetchNextPage()
      failed = result.isError
    }
    if (!stale()) this.changed()
  }

  private changed(): void {
    this.snapshot = null
    if (this.stopped) return
    if (!this.busy()) this.releaseSettled()
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
    const interval = notifyInterval(this.lastEventCount)
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null
      if (this.pendingNotify && !this.stopped) this.notify()
    }, interval)
  }

  private buildSnapshot(): PeriodSnapshot<TRow> {
    const days: DayProgress[] = []
    const dayRows: TRow[][] = []
    let unreadableEvents = 0
    let repeatedEvents = 0
    let updatedAt: number | null = null
    for (const date of this.dates) {
      const result = this.observers.get(date)?.getCurrentResult()
      const read = result?.data ? this.source.rowsOf(result.data.pages, date) : null
      const rows = read?.rows ?? []
      dayRows.push(rows)
      unreadableEvents += read?.unreadable ?? 0
      repeatedEvents += read?.repeated ?? 0
      if (result?.data && this.source.isOpen?.(date))
        updatedAt = updatedAt === null ? result.dataUpdatedAt : Math.min(updatedAt, result.dataUpdatedAt)
      days.push({
        date,
        status: this.statusOf(date),
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
      rowsByDay: dayRows,
      totalDays: days.length,
      loadedDays,
      failedDays: days.filter((d) => d.status === 'failed').map((d) => d.date),
      eventCount: rows.length,
      unreadableEvents,
      repeatedEvents,
      complete: loadedDays === days.length,
      stopped: this.cancelled && loadedDays < days.length,
      updatedAt,
      refreshFailed: this.refreshFailed.size > 0,
    }
  }
}

/** A ledger's sales, loaded day by day: the explorer's, the day report's and the settlement's. */
export class PeriodLoader extends DateLoader<ReadPage, SaleRow> {
  constructor(
    client: QueryClient,
    readonly ledgerId: string,
    dates: readonly string[],
    today: string,
    concurrency = DEFAULT_DAY_CONCURRENCY,
    limiter?: Limiter,
  ) {
    super(client, dates, salesDateSource(ledgerId, today), { concurrency, limiter })
  }
}
