import { MAX_PAGE_SIZE, salesPaths } from '../../src/api/endpoints'
import { createLimiter } from '../../src/shared/period/limiter'

interface Page {
  items: unknown[]
  cursor?: string | null
  hasMore: boolean
}

async function page(
  base: string,
  ledger: string,
  date: string,
  cursor: string,
  pageSize: number,
): Promise<Page> {
  const query = new URLSearchParams({ pageSize: String(pageSize) })
  if (cursor) query.set('cursor', cursor)
  const response = await fetch(`${base}/api${salesPaths.date(ledger, date)}?${query}`)
  if (!response.ok) throw new Error(`${response.status} for ${date}`)
  return (await response.json()) as Page
}

interface DayWalk {
  date: string
  events: number
  pages: number
}

/** Reads one day to its end, page after page (each page needs the previous page's cursor). */
async function walkDay(base: string, ledger: string, date: string, pageSize: number): Promise<DayWalk> {
  let events = 0
  let pages = 0
  let cursor = ''
  for (;;) {
    const result = await page(base, ledger, date, cursor, pageSize)
    events += result.items.length
    pages++
    cursor = result.cursor ?? ''
    if (!result.hasMore) return { date, events, pages }
  }
}

/** The best a client can do with the same pages and concurrency as the app, and no UI at all. */
export async function idealFetch(base: string, ledger: string, dates: string[], concurrency: number) {
  const run = createLimiter(concurrency)
  const started = performance.now()
  const days = await Promise.all(dates.map((date) => run(() => walkDay(base, ledger, date, MAX_PAGE_SIZE))))
  return { ms: performance.now() - started, events: days.reduce((sum, day) => sum + day.events, 0), days }
}

/** A naive loader: one day after another, default pages of 100. */
export async function naiveFetch(base: string, ledger: string, dates: string[]) {
  const started = performance.now()
  let events = 0
  for (const date of dates) events += (await walkDay(base, ledger, date, 100)).events
  return { ms: performance.now() - started, events }
}

/** Latency of one first page of a day through the proxy. */
export async function firstPageLatency(base: string, ledger: string, date: string) {
  const started = performance.now()
  await page(base, ledger, date, '', MAX_PAGE_SIZE)
  return performance.now() - started
}

/** Milliseconds to read one day's whole page chain at the maximum page size, as the app does. */
export async function pageChainLatency(base: string, ledger: string, date: string) {
  const started = performance.now()
  await walkDay(base, ledger, date, MAX_PAGE_SIZE)
  return performance.now() - started
}

/** Reads one path's page chain to its end (any paged endpoint: sales dates, funds and fees dates). */
async function walkPath(base: string, path: string): Promise<number> {
  let events = 0
  let cursor = ''
  for (;;) {
    const query = new URLSearchParams({ pageSize: String(MAX_PAGE_SIZE) })
    if (cursor) query.set('cursor', cursor)
    const response = await fetch(`${base}/api${path}?${query}`)
    if (!response.ok) throw new Error(`${response.status} for ${path}`)
    const page = (await response.json()) as Page
    events += page.items.length
    cursor = page.cursor ?? ''
    if (!page.hasMore) return events
  }
}

/** The best a client can do with these page chains and this concurrency, in this order, and no UI. */
export async function idealFetchPaths(base: string, paths: readonly string[], concurrency: number) {
  const run = createLimiter(concurrency)
  const started = performance.now()
  const counts = await Promise.all(paths.map((path) => run(() => walkPath(base, path))))
  return { ms: performance.now() - started, events: counts.reduce((sum, n) => sum + n, 0) }
}

/**
 * Each day's page chain, read alone (one day at a time, nothing else in flight): what each day
 * costs at the least, since loading days side by side can only make a page slower, not faster.
 */
export async function soloPageChains(base: string, ledger: string, dates: string[]) {
  const chains: { date: string; ms: number }[] = []
  for (const date of dates) chains.push({ date, ms: await pageChainLatency(base, ledger, date) })
  return chains
}
