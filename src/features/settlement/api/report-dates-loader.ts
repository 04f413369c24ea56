import type { QueryClient } from '@tanstack/react-query'
import type { ReportTopic } from '../../../api/endpoints'
import type { ReportRow } from '../../../api/report-entry'
import type { ReportDatePage } from '../../../api/report-schemas'
import type { Limiter } from '../../../shared/period/limiter'
import { DateLoader, type DayStatus } from '../../../shared/period/period-loader'
import type { DateState } from '../model/load-plan'
import { fundsRowsOfPages, type ReportDate } from '../model/report-date'
import {
  isClosed,
  isReportAccessDenied,
  reportByDateOptions,
  reportDateOf,
  reportDateSource,
} from './report-by-date'

type TopicLoader = DateLoader<ReportDatePage, ReportRow>

interface Batch {
  funds: TopicLoader
  fees: TopicLoader
}

export interface ReportDatesSnapshot {
  /** Dates asked for, oldest first. */
  requested: string[]
  /** Dates whose two topics are read to their last page, oldest first. */
  loaded: ReportDate[]
  failedDates: string[]
  /** Some date is waiting or loading. */
  busy: boolean
  /** The keys may not read the Report API (403 or 404): loading has stopped. */
  denied: Error | null
  /** The first error of a failed date (other than access), for the message. */
  error: Error | null
}

/** Before any date is asked for. */
export const NO_REPORT_DATES: ReportDatesSnapshot = {
  requested: [],
  loaded: [],
  failedDates: [],
  busy: false,
  denied: null,
  error: null,
}

/** The worse of a date's two topics: a failure wins, then loading, then waiting. */
function combined(a: DayStatus | undefined, b: DayStatus | undefined): DayStatus {
  const order: DayStatus[] = ['failed', 'loading', 'waiting', 'loaded']
  for (const status of order) if (a === status || b === status) return status
  return 'waiting'
}

/**
 * Funds and fees of a growing set of ledger dates, each date and topic its own cached query, on
 * a limiter shared with the sales (so the page stays within one bound). Dates are added in
 * batches as the settlement finds it needs them (see load-plan.ts). Keys without Report API
 * access stop everything at the first 403/404.
 */
export class ReportDatesLoader {
  private readonly batches: Batch[] = []
  private readonly statusOf = new Map<string, () => DayStatus>()
  private readonly listeners = new Set<() => void>()
  private readonly unsubscribe: (() => void)[] = []
  private snapshot: ReportDatesSnapshot | null = null
  private denied: Error | null = null
  private stopped = false

  constructor(
    private readonly client: QueryClient,
    readonly ledgerId: string,
    private readonly limiter: Limiter,
  ) {}

  /** Starts loading the dates not asked for yet. */
  add(dates: readonly string[]): void {
    const fresh = dates.filter((date) => !this.statusOf.has(date))
    if (fresh.length === 0 || this.stopped || this.denied) return
    const loader = (topic: ReportTopic): TopicLoader =>
      new DateLoader(this.client, fresh, this.sourceOf(topic), { limiter: this.limiter })
    const batch = { funds: loader('funds'), fees: loader('fees') }
    this.batches.push(batch)
    for (const date of fresh) {
      const statusIn = (topic: TopicLoader) => topic.getSnapshot().days.find((d) => d.date === date)?.status
      this.statusOf.set(date, () => combined(statusIn(batch.funds), statusIn(batch.fees)))
    }
    for (const topic of [batch.funds, batch.fees]) this.unsubscribe.push(topic.subscribe(this.changed))
    batch.funds.start()
    batch.fees.start()
    this.changed()
  }

  stop(): void {
    this.stopped = true
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe()
    for (const batch of this.batches) {
      batch.funds.stop()
      batch.fees.stop()
    }
  }

  retryFailed(): Promise<unknown> {
    return Promise.all(this.batches.flatMap((b) => [b.funds.retryFailed(), b.fees.retryFailed()]))
  }

  /** What the search for payouts needs to know of a date (load-plan.ts). */
  dateState = (date: string): DateState => {
    const status = this.statusOf.get(date)?.()
    if (status === undefined) return 'not-requested'
    if (status === 'failed') return 'failed'
    if (status !== 'loaded') return 'loading'
    const funds = this.client.getQueryData(reportByDateOptions(this.ledgerId, 'funds', date).queryKey)
    return funds ? fundsRowsOfPages(funds.pages, date).rows : 'loading'
  }

  /** Funds of a date already read to the end and closed, from an earlier load (no request). */
  cachedFunds = (date: string) => {
    const funds = this.client.getQueryData(reportByDateOptions(this.ledgerId, 'funds', date).queryKey)
    const last = funds?.pages.at(-1)
    if (!funds || !last || last.hasMore || !isClosed(funds)) return null
    return fundsRowsOfPages(funds.pages, date).rows
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): ReportDatesSnapshot => {
    this.snapshot ??= this.build()
    return this.snapshot
  }

  /**
   * A topic's source whose page fetcher stops the loading at the first refusal of the keys, as the
   * refusal comes (before the next date in the queue is asked): every other date would be refused
   * the same way.
   */
  private sourceOf(topic: ReportTopic) {
    const source = reportDateSource(this.ledgerId, topic)
    return {
      ...source,
      options: (date: string) => {
        const options = source.options(date)
        const fetchPage = options.queryFn
        if (typeof fetchPage !== 'function') return options
        return {
          ...options,
          queryFn: async (context: Parameters<typeof fetchPage>[0]) => {
            try {
              return await fetchPage(context)
            } catch (error) {
              if (isReportAccessDenied(error)) this.deny(error as Error)
              throw error
            }
          },
        }
      },
    }
  }

  private deny(error: Error) {
    if (this.denied) return
    this.denied = error
    for (const batch of this.batches) {
      batch.funds.stop()
      batch.fees.stop()
    }
    this.changed()
  }

  private readonly changed = () => {
    // A refusal that came through another loader's fetch of the same cached date is seen here.
    const refused = this.denied ? null : this.errors().find(isReportAccessDenied)
    if (refused) return this.deny(refused)
    this.snapshot = null
    for (const listener of this.listeners) listener()
  }

  private errors(): Error[] {
    return this.batches.flatMap((batch) =>
      [batch.funds, batch.fees].flatMap((topic) =>
        topic.getSnapshot().days.flatMap((day) => (day.error ? [day.error] : [])),
      ),
    )
  }

  private build(): ReportDatesSnapshot {
    if (this.batches.length === 0) return NO_REPORT_DATES
    const requested = [...this.statusOf.keys()].sort()
    const loaded: ReportDate[] = []
    const failedDates: string[] = []
    let busy = false
    for (const date of requested) {
      const status = this.statusOf.get(date)?.()
      if (status === 'failed') failedDates.push(date)
      else if (status === 'waiting' || status === 'loading') busy = true
      else if (status === 'loaded') {
        const funds = this.client.getQueryData(reportByDateOptions(this.ledgerId, 'funds', date).queryKey)
        const fees = this.client.getQueryData(reportByDateOptions(this.ledgerId, 'fees', date).queryKey)
        if (funds && fees) loaded.push(reportDateOf(date, funds, fees))
      }
    }
    const denied = this.denied
    const error = this.errors().find((e) => !isReportAccessDenied(e)) ?? null
    return { requested, loaded, failedDates, busy: busy && !denied, denied, error }
  }
}
