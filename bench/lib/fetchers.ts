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

async function walkDay(base: string, ledger: string, date: string, pageSize: number): Promise<number> {
  let count = 0
  let cursor = ''
  for (;;) {
    const result = await page(base, ledger, date, cursor, pageSize)
    count += result.items.length
    cursor = result.cursor ?? ''
    if (!result.hasMore) return count
  }
}

/** The best a client can do with the same pages and concurrency as the app, and no UI at all. */
export async function idealFetch(base: string, ledger: string, dates: string[], concurrency: number) {
  const run = createLimiter(concurrency)
  const started = performance.now()
  const counts = await Promise.all(dates.map((date) => run(() => walkDay(base, ledger, date, MAX_PAGE_SIZE))))
  return { ms: performance.now() - started, events: counts.reduce((a, b) => a + b, 0) }
}

/** A naive loader: one day after another, default pages of 100. */
export async function naiveFetch(base: string, ledger: string, dates: string[]) {
  const started = performance.now()
  let events = 0
  for (const date of dates) events += await walkDay(base, ledger, date, 100)
  return { ms: performance.now() - started, events }
}

/** Latency of one first page of a day through the proxy. */
export async function firstPageLatency(base: string, ledger: string, date: string) {
  const started = performance.now()
  await page(base, ledger, date, '', MAX_PAGE_SIZE)
  return performance.now() - started
}
