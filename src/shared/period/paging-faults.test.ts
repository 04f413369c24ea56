import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { salesPaths } from '../../api/endpoints'
import { datesBetween } from '../../api/oslo-time'
import { PagingFault, type PagingFaultKind } from '../../api/paging-guard'
import { createDemoBackend } from '../../testing/demo-backend'
import { PeriodLoader } from './period-loader'
import { salesByDateKey } from './sales-by-date'
import { salesFeedOptions } from './sales-feed'

// The test ledgers each break the paging contract one way (SIM_TEST_LEDGERS, catalog.ts).
const backend = createDemoBackend({ eventsPerDay: 1500, testLedgers: true, historyDays: 3 })
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())
beforeEach(() => {
  backend.proxied.length = 0
})

const TODAY = '2026-11-26'
const DATES = datesBetween('2026-11-23', '2026-11-24')
const FAULTS: [string, PagingFaultKind, RegExp][] = [
  ['392003', 'repeated-cursor', /samme cursor igjen/],
  ['392004', 'more-without-cursor', /ingen cursor/],
  ['392005', 'endless-empty-pages', /4 tomme sider på rad/],
]

describe('paging guards (one place for the date and the feed queries)', () => {
  it.each(FAULTS)(
    'ledger %s: the upstream’s %s ends each day as failed, never as complete',
    async (ledger, kind, words) => {
      const loader = new PeriodLoader(new QueryClient(), ledger, DATES, TODAY)
      loader.start()
      const snapshot = await loader.settled()
      loader.stop()

      expect(snapshot.complete).toBe(false)
      expect(snapshot.failedDays).toEqual(DATES)
      for (const day of snapshot.days) {
        expect(day.error).toBeInstanceOf(PagingFault)
        expect((day.error as PagingFault).kind).toBe(kind)
        expect((day.error as PagingFault).detail).toMatch(words)
      }
      // A few requests per day, not an endless loop.
      expect(backend.proxied.length).toBeLessThanOrEqual(DATES.length * 6)
    },
  )

  it('keeps the pages before the fault: what was read is shown, the day stays failed', async () => {
    const loader = new PeriodLoader(new QueryClient(), '392003', ['2026-11-24'], TODAY)
    loader.start()
    const snapshot = await loader.settled()
    loader.stop()
    const merchant = backend.simulator.store.merchant('392003')!
    expect(backend.simulator.store.visibleEventsOf(merchant, '2026-11-24').length).toBeGreaterThan(1000)
    expect(snapshot.days[0]?.events).toBe(1000)
    expect(snapshot.days[0]?.status).toBe('failed')
  })

  it.each(FAULTS)('ledger %s: the feed stops at the same fault (%s)', async (ledger, kind) => {
    const observer = new InfiniteQueryObserver(new QueryClient(), salesFeedOptions(ledger))
    const unsubscribe = observer.subscribe(() => {})
    await observer.refetch()
    let result = observer.getCurrentResult()
    for (let i = 0; i < 50 && !result.isError && result.hasNextPage; i++)
      result = await observer.fetchNextPage()
    unsubscribe()
    expect(result.isError).toBe(true)
    expect(result.error).toBeInstanceOf(PagingFault)
    expect((result.error as PagingFault).kind).toBe(kind)
    expect(backend.proxied.filter((p) => p.startsWith(`/api${salesPaths.feed(ledger)}`)).length).toBeLessThan(
      30,
    )
  })
})

describe('day status comes from the queries', () => {
  it('a day whose cached pages are reset no longer counts as loaded', async () => {
    const client = new QueryClient()
    const loader = new PeriodLoader(client, '302321', DATES, TODAY)
    loader.start()
    const loaded = await loader.settled()
    expect(loaded.complete).toBe(true)
    expect(loaded.days[0]?.events).toBeGreaterThan(1000)
    await client.resetQueries({ queryKey: salesByDateKey('302321', DATES[0] as string) })
    const snapshot = loader.getSnapshot()
    loader.stop()
    expect(snapshot.complete).toBe(false)
    expect(snapshot.days[0]?.status).not.toBe('loaded')
    expect(snapshot.days[0]?.events).toBe(0)
  })
})
