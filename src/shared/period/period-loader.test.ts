import { QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { salesPaths } from '../../api/endpoints'
import { datesBetween } from '../../api/oslo-time'
import { createDemoBackend } from '../../testing/demo-backend'
import { PeriodLoader } from './period-loader'

const backend = createDemoBackend({ eventsPerDay: 1500 })
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())
beforeEach(() => {
  backend.proxied.length = 0
})

const LEDGER = '302321'
const TODAY = '2026-11-26'
const merchant = () => backend.simulator.store.merchant(LEDGER)!

function groundTruth(dates: string[]) {
  return dates.flatMap((date) => backend.simulator.store.visibleEventsOf(merchant(), date))
}

describe('PeriodLoader', () => {
  it('loads every event of every day exactly once, at the maximum page size, following cursors', async () => {
    const dates = datesBetween('2026-11-16', '2026-11-22')
    const loader = new PeriodLoader(new QueryClient(), LEDGER, dates, TODAY, 3)
    loader.start()
    const snapshot = await loader.settled()
    loader.stop()

    const truth = groundTruth(dates)
    expect(snapshot.complete).toBe(true)
    expect(snapshot.eventCount).toBe(truth.length)
    expect(new Set(snapshot.rows.map((r) => r.key)).size).toBe(truth.length)
    expect(snapshot.rows.map((r) => r.time)).toEqual(truth.map((e) => e.time))
    expect(truth.length).toBeGreaterThan(7 * 1000) // several pages per day
    expect(backend.proxied.every((p) => p.includes('pageSize=1000'))).toBe(true)
    const pagesPerDay = dates.map(
      (d) => backend.proxied.filter((p) => p.startsWith(`/api${salesPaths.date(LEDGER, d)}`)).length,
    )
    expect(pagesPerDay.every((n) => n >= 2)).toBe(true)
  })

  it('runs several days in parallel, never more than the bound', async () => {
    const backendCalls: number[] = []
    let inFlight = 0
    const client = new QueryClient()
    const original = globalThis.fetch
    globalThis.fetch = async (...args) => {
      inFlight++
      backendCalls.push(inFlight)
      try {
        return await original(...args)
      } finally {
        inFlight--
      }
    }
    try {
      const loader = new PeriodLoader(client, LEDGER, datesBetween('2026-11-01', '2026-11-10'), TODAY, 4)
      loader.start()
      await loader.settled()
      loader.stop()
    } finally {
      globalThis.fetch = original
    }
    expect(Math.max(...backendCalls)).toBe(4)
  })

  it('reuses cached days for an overlapping period and does not refetch closed days', async () => {
    const client = new QueryClient()
    const first = new PeriodLoader(client, LEDGER, datesBetween('2026-11-10', '2026-11-12'), TODAY)
    first.start()
    await first.settled()
    first.stop()
    backend.proxied.length = 0
    const second = new PeriodLoader(client, LEDGER, datesBetween('2026-11-11', '2026-11-13'), TODAY)
    second.start()
    const snapshot = await second.settled()
    second.stop()
    expect(snapshot.complete).toBe(true)
    expect(backend.proxied.every((p) => p.includes('/dates/2026-11-13'))).toBe(true)
    expect(snapshot.eventCount).toBe(groundTruth(datesBetween('2026-11-11', '2026-11-13')).length)
  })

  it('marks a failing day, keeps the others, and resumes that day from its last cursor on retry', async () => {
    const client = new QueryClient()
    const dates = datesBetween('2026-11-03', '2026-11-05')
    const original = globalThis.fetch
    let failing = true
    let failedCalls = 0
    globalThis.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input)
      if (failing && url.includes('/dates/2026-11-04') && url.includes('cursor=')) {
        failedCalls++
        return new Response(JSON.stringify({ title: 'Bad request', status: 400 }), { status: 400 })
      }
      return original(input, init)
    }
    try {
      const loader = new PeriodLoader(client, LEDGER, dates, TODAY)
      loader.start()
      let snapshot = await loader.settled()
      expect(snapshot.complete).toBe(false)
      expect(snapshot.failedDays).toEqual(['2026-11-04'])
      const failedDay = snapshot.days.find((d) => d.date === '2026-11-04')
      expect(failedDay?.events).toBe(1000) // the first page is kept
      expect(failedDay?.error?.message).toContain('Bad request')
      failing = false
      backend.proxied.length = 0
      await loader.retryFailed()
      snapshot = await loader.settled()
      loader.stop()
      expect(snapshot.complete).toBe(true)
      expect(snapshot.eventCount).toBe(groundTruth(dates).length)
      expect(backend.proxied.every((p) => p.includes('cursor='))).toBe(true)
    } finally {
      globalThis.fetch = original
    }
    expect(failedCalls).toBe(1)
  })

  it('stops when told: nothing more is asked upstream, what is loaded stays, totals say not final; resume goes on to the end', async () => {
    const dates = datesBetween('2026-11-01', '2026-11-06')
    const loader = new PeriodLoader(new QueryClient(), LEDGER, dates, TODAY, 1)
    // One day at a time; stopped as the third day's first page is asked for (that request is cancelled).
    const original = globalThis.fetch
    globalThis.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes(`/dates/${dates[2]}`)) loader.cancel()
      return original(input, init)
    }
    let snapshot: Awaited<ReturnType<typeof loader.settled>>
    try {
      loader.start()
      snapshot = await loader.settled()
    } finally {
      globalThis.fetch = original
    }
    expect(snapshot.stopped).toBe(true)
    expect(snapshot.complete).toBe(false)
    expect(snapshot.loadedDays).toBe(2)
    expect(snapshot.days.map((d) => d.status)).toEqual([
      'loaded',
      'loaded',
      ...dates.slice(2).map(() => 'stopped'),
    ])
    const asked = backend.proxied.length
    const loaded = snapshot.eventCount
    // Nothing more goes upstream while stopped, and what was loaded is still there.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(backend.proxied.length).toBe(asked)
    expect(loader.getSnapshot().eventCount).toBe(loaded)

    backend.proxied.length = 0
    await loader.resume()
    snapshot = await loader.settled()
    loader.stop()
    expect(snapshot.complete).toBe(true)
    expect(snapshot.stopped).toBe(false)
    const truth = groundTruth(dates)
    expect(snapshot.rows.map((r) => r.key)).toEqual(
      truth.map((e) => (e.pspReference ? `psp:${e.pspReference}` : expect.any(String))),
    )
    expect(snapshot.eventCount).toBe(truth.length)
    // Days read before the stop are not asked again.
    const first = snapshot.days.find((d) => d.status === 'loaded')?.date ?? ''
    expect(backend.proxied.some((p) => p.includes(`/dates/${first}`) && !p.includes('cursor='))).toBe(false)
  })
})
