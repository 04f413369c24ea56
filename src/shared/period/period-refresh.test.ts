import { QueryClient } from '@tanstack/react-query'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDemoBackend, TEST_NOW } from '../../testing/demo-backend'
import { PeriodLoader } from './period-loader'

// The simulator's clock moves when the test says: new sales appear on today after it moves.
let now = TEST_NOW
const backend = createDemoBackend({ eventsPerDay: 600 }, () => now)
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())
// The browser's clock too moves when the test says: a day's data goes stale by it.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW }))
afterEach(() => vi.useRealTimers())
const aMinuteLater = () => vi.setSystemTime(Date.now() + 61_000)

const LEDGER = '302321'
const TODAY = '2026-11-26'
const visibleToday = () =>
  backend.simulator.store.visibleEventsOf(backend.simulator.store.merchant(LEDGER)!, TODAY).length

describe('PeriodLoader.refreshOpenDays', () => {
  it('reads today again once stale: new sales appear, and the day stays loaded (totals final) while it refreshes', async () => {
    const client = new QueryClient()
    const loader = new PeriodLoader(client, LEDGER, ['2026-11-24', '2026-11-25', TODAY], TODAY)
    loader.start()
    const first = await loader.settled()
    expect(first.complete).toBe(true)
    const before = visibleToday()
    expect(first.days.find((d) => d.date === TODAY)?.events).toBe(before)
    expect(first.updatedAt).toBeGreaterThan(0)

    now += 2 * 60 * 60_000
    expect(visibleToday()).toBeGreaterThan(before)
    const statuses: boolean[] = []
    const unsubscribe = loader.subscribe(() => statuses.push(loader.getSnapshot().complete))
    backend.proxied.length = 0
    await loader.refreshOpenDays()
    expect(backend.proxied).toEqual([])
    aMinuteLater()
    await loader.refreshOpenDays()
    const after = await loader.settled()
    unsubscribe()
    loader.stop()

    expect(after.complete).toBe(true)
    expect(statuses.every(Boolean)).toBe(true)
    expect(after.days.find((d) => d.date === TODAY)?.events).toBe(visibleToday())
    expect(after.updatedAt).toBeGreaterThanOrEqual(first.updatedAt ?? 0)
    // Only today is read again (yesterday is not stale after a minute, the day before is closed).
    expect(backend.proxied.every((p) => p.includes(`/dates/${TODAY}`))).toBe(true)
  })

  it('a refresh that fails keeps the day as it was, says so, and the next refresh recovers', async () => {
    const client = new QueryClient()
    const loader = new PeriodLoader(client, LEDGER, [TODAY], TODAY)
    loader.start()
    const first = await loader.settled()
    const original = globalThis.fetch
    globalThis.fetch = async () =>
      new Response(JSON.stringify({ title: 'Bad request', status: 400 }), { status: 400 })
    aMinuteLater()
    try {
      await loader.refreshOpenDays()
    } finally {
      globalThis.fetch = original
    }
    const failed = await loader.settled()
    expect(failed.complete).toBe(true)
    expect(failed.refreshFailed).toBe(true)
    expect(failed.eventCount).toBe(first.eventCount)
    aMinuteLater()
    await loader.refreshOpenDays()
    const recovered = await loader.settled()
    loader.stop()
    expect(recovered.refreshFailed).toBe(false)
    expect(recovered.complete).toBe(true)
  })
})
