import type { Browser } from '@playwright/test'
import { dateRequests, persistedDays } from '../e2e/support/day-cache'
import { datesBetween } from '../src/api/oslo-time'
import { DEFAULT_DAY_CONCURRENCY } from '../src/shared/period/period-loader'
import { aggregationMs } from './lib/aggregation'
import {
  appPeriodLoad,
  comparisonLoaded,
  exportCsv,
  filterKeystrokes,
  heapUsedMb,
  newPage,
  sortBy,
} from './lib/browser'
import { idealFetch } from './lib/fetchers'
import { againstOneMonth, type Figure } from './lib/figure'
import { median, percentile } from './lib/stats'

interface Context {
  browser: Browser
  base: string
  ledger: string
  runs: number
  record: (figure: Figure) => void
  /** The one-month figures of the same run, which the longer periods are compared with. */
  month: { keystrokeP95: number; sortMs: number; exportMs: number; aggregationMs: number }
}

/** Three months at benchmark scale: about 300 000 events. */
const QUARTER = { from: '2026-08-01', to: '2026-10-31' }
/** VAT term 5 (September–October), opened as the picker names it: about 200 000 events. */
const TERM = { from: '2026-09-01', to: '2026-10-31', url: 'period=term&term=2026-5' }
/** The month reopened from the persisted cache: every day closed (the simulator's today is 26 November). */
const MONTH = { from: '2026-10-01', to: '2026-10-31' }
const TODAY = '2026-11-26'
const YESTERDAY = '2026-11-25'

const urlOf = (ctx: Context, period: { from: string; to: string }) =>
  `${ctx.base}/?ledger=${ctx.ledger}&period=custom&from=${period.from}&to=${period.to}`

/** Keystrokes once the view and its comparison with the previous period are loaded. */
async function keystrokesP95(page: Parameters<typeof filterKeystrokes>[0]) {
  await comparisonLoaded(page)
  const times = [
    ...(await filterKeystrokes(page, 'kanelbolle')),
    ...(await filterKeystrokes(page, '2026101')),
  ]
  return { p95: percentile(times, 95), median: median(times), n: times.length }
}

export async function measureLongPeriods(ctx: Context): Promise<void> {
  const { record } = ctx
  // The simulator generates each day on its first request: do that before anything is timed.
  const quarterDates = datesBetween(QUARTER.from, QUARTER.to)
  const quarter = await idealFetch(ctx.base, ctx.ledger, quarterDates, DEFAULT_DAY_CONCURRENCY)
  console.log(`Three months hold ${quarter.events} events`)

  // Three months in one tab: heap per event, and filtering, sorting, export and charts against one month.
  {
    const page = await newPage(ctx.browser)
    const loadMs = await appPeriodLoad(page, urlOf(ctx, QUARTER), quarterDates.length)
    const heap = await heapUsedMb(page)
    const perEvent = (heap * 1024 * 1024) / quarter.events
    record({
      name: 'three months: JS heap per loaded event',
      value: perEvent,
      unit: 'B',
      target: '≤ 400',
      pass: perEvent <= 400,
      detail: `${heap.toFixed(1)} MB after GC for ${quarter.events} events (the whole app's heap), loaded in ${loadMs.toFixed(0)} ms`,
    })
    record({
      name: 'three months: JS heap after loading',
      value: heap,
      unit: 'MB',
      target: 'reported',
      pass: true,
    })
    const keys = await keystrokesP95(page)
    record(
      againstOneMonth(
        'filter keystroke p95',
        keys.p95,
        ctx.month.keystrokeP95,
        `p95 ${keys.p95.toFixed(1)} ms (one month ${ctx.month.keystrokeP95.toFixed(1)} ms), median ${keys.median.toFixed(1)} ms, ${keys.n} keystrokes`,
      ),
    )
    const sorts: number[] = []
    for (let i = 0; i < ctx.runs + 1; i++) {
      const ms = await sortBy(page, 'Brutto')
      await sortBy(page, 'Tid')
      if (i > 0) sorts.push(ms)
    }
    record(
      againstOneMonth(
        'sort by amount',
        median(sorts),
        ctx.month.sortMs,
        `${median(sorts).toFixed(0)} ms (one month ${ctx.month.sortMs.toFixed(0)} ms)`,
      ),
    )
    const exported = await exportCsv(page)
    record(
      againstOneMonth(
        'CSV export',
        exported.ms,
        ctx.month.exportMs,
        `${exported.ms.toFixed(0)} ms (one month ${ctx.month.exportMs.toFixed(0)} ms), longest task ${exported.longestTaskMs.toFixed(0)} ms, ${(exported.bytes / 1e6).toFixed(1)} MB`,
      ),
    )
    await page.context().close()
    const charts = aggregationMs(ctx.ledger, QUARTER.from, QUARTER.to)
    record(
      againstOneMonth(
        'chart aggregation',
        charts.ms,
        ctx.month.aggregationMs,
        `${charts.ms.toFixed(1)} ms for ${charts.events} events (one month ${ctx.month.aggregationMs.toFixed(1)} ms)`,
      ),
    )
  }

  // A VAT term of two months: its load against the ideal fetcher, side by side, and filtering.
  {
    const dates = datesBetween(TERM.from, TERM.to)
    const app: number[] = []
    const ideal: number[] = []
    let events = 0
    let keys = { p95: 0, median: 0, n: 0 }
    for (let i = 0; i < ctx.runs; i++) {
      const fetched = await idealFetch(ctx.base, ctx.ledger, dates, DEFAULT_DAY_CONCURRENCY)
      ideal.push(fetched.ms)
      events = fetched.events
      // A fresh context each time: nothing cached in memory or in the persisted cache.
      const page = await newPage(ctx.browser)
      app.push(await appPeriodLoad(page, `${ctx.base}/?ledger=${ctx.ledger}&${TERM.url}`, dates.length))
      if (i === ctx.runs - 1) keys = await keystrokesP95(page)
      await page.context().close()
    }
    record({
      name: 'VAT term (two months): load in the app ÷ ideal fetcher',
      value: median(app) / median(ideal),
      unit: 'ratio',
      target: '≤ 1.3',
      pass: median(app) / median(ideal) <= 1.3,
      detail: `app ${median(app).toFixed(0)} ms, ideal ${median(ideal).toFixed(0)} ms, ${events} events`,
    })
    record({
      name: 'VAT term (two months): filter keystroke → table updated, p95',
      value: keys.p95,
      unit: 'ms',
      target: '≤ 50',
      pass: keys.p95 <= 50,
      detail: `${keys.n} keystrokes, median ${keys.median.toFixed(1)} ms, ${events} events`,
    })
  }

  // Reopening a loaded month: from the persisted cache, against the same with the cache cleared.
  {
    const dates = datesBetween(MONTH.from, MONTH.to)
    const cold: number[] = []
    const warm: number[] = []
    const closedCalls: number[] = []
    for (let i = 0; i < ctx.runs; i++) {
      const page = await newPage(ctx.browser)
      cold.push(await appPeriodLoad(page, urlOf(ctx, MONTH), dates.length))
      // The cache is written after each day loads; reopening before it is written would refetch.
      const deadline = Date.now() + 30_000
      while ((await persistedDays(page)) < dates.length && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200))
      const requests = dateRequests(page)
      warm.push(await appPeriodLoad(page, urlOf(ctx, MONTH), dates.length))
      closedCalls.push(requests.filter((d) => d !== TODAY && d !== YESTERDAY).length)
      await page.context().close()
    }
    record({
      name: 'reopening a loaded month: until totals are final ÷ with the cache cleared',
      value: median(warm) / median(cold),
      unit: 'ratio',
      target: 'reported',
      pass: true,
      detail: `from the cache ${median(warm).toFixed(0)} ms, cleared ${median(cold).toFixed(0)} ms`,
    })
    record({
      name: 'reopening a loaded month: upstream calls for closed days',
      value: Math.max(...closedCalls),
      unit: 'calls',
      target: '0',
      pass: Math.max(...closedCalls) === 0,
      detail: `${dates.length} closed days, ${ctx.runs} reopenings`,
    })
  }
}
