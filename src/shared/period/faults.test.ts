import { QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { datesBetween } from '../../api/oslo-time'
import { toSaleRows } from '../../api/sale-row'
import { createDemoBackend } from '../../testing/demo-backend'
import { ApiError, backoffDelay, DEFAULT_RETRY } from '../api/client'
import { totalsOf } from '../filters/totals'
import { PeriodLoader } from './period-loader'

// 10 % of upstream calls fail with 5xx, 3 % are rate limited (Retry-After: 1 s), 5 % are slow,
// and every access token stops working after 20 calls, so tokens expire several times while the
// month loads (31 days, at least 62 calls): at fixed points of the load, however long it takes.
// Faults are drawn per call, in the order calls reach the simulator, from a seeded sequence: with
// this seed the 8th such call is a 5xx and the 44th a 429, and a month is more than 70 calls, so
// every kind of fault happens in every run, however busy the machine.
const TOKEN_MAX_USES = 20
const backend = createDemoBackend({
  eventsPerDay: 1500,
  errorRate: 0.1,
  rateLimitRate: 0.03,
  retryAfterSeconds: 1,
  latencySpikeRate: 0.05,
  latencySpikeMs: 150,
  tokenMaxUses: TOKEN_MAX_USES,
})
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())

describe('loading a month under upstream faults', () => {
  it('ends with exactly the events the simulator holds: none lost, none duplicated, totals equal', async () => {
    const ledger = '302321'
    const dates = datesBetween('2026-10-01', '2026-10-31')
    const loader = new PeriodLoader(new QueryClient(), ledger, dates, '2026-11-26', 4)
    loader.start()
    let snapshot = await loader.settled()
    // A day that kept failing through every retry is retried alone, as the UI's button does.
    for (let round = 0; round < 3 && !snapshot.complete; round++) {
      await loader.retryFailed()
      snapshot = await loader.settled()
    }
    loader.stop()

    const merchant = backend.simulator.store.merchant(ledger)!
    const truth = toSaleRows(dates.flatMap((d) => backend.simulator.store.visibleEventsOf(merchant, d)))
    const statuses = backend.simulator.requestLog.map((r) => r.status)
    expect(statuses.filter((s) => s >= 500).length, 'faults were injected').toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 429).length, 'rate limits were injected').toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 401).length, 'tokens expired mid-load').toBeGreaterThan(0)

    expect(snapshot.complete).toBe(true)
    expect(snapshot.eventCount).toBe(truth.length)
    expect(new Set(snapshot.rows.map((r) => r.key))).toEqual(new Set(truth.map((r) => r.key)))
    expect(totalsOf(snapshot.rows)).toEqual(totalsOf(truth))
  }, 120_000)
})

describe('retry delays', () => {
  it('honour Retry-After, and otherwise back off exponentially with jitter', () => {
    const limited = new ApiError(429, 'Too many', undefined, 3000)
    expect(backoffDelay(0, DEFAULT_RETRY, limited, () => 0)).toBe(3000)
    const failed = new ApiError(503, 'Down', undefined)
    const low = [0, 1, 2, 3].map((a) => backoffDelay(a, DEFAULT_RETRY, failed, () => 0))
    const high = [0, 1, 2, 3].map((a) => backoffDelay(a, DEFAULT_RETRY, failed, () => 0.999))
    expect(low.every((d) => d === DEFAULT_RETRY.baseDelayMs / 2)).toBe(true)
    expect(high[1]).toBeGreaterThan(high[0] ?? 0)
    expect(high[3]).toBeGreaterThan(high[2] ?? 0)
    expect(Math.max(...high)).toBeLessThanOrEqual(DEFAULT_RETRY.maxDelayMs + DEFAULT_RETRY.baseDelayMs)
  })
})
