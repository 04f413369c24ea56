import { QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { datesBetween } from '../../api/oslo-time'
import type { SalesPageEnvelope } from '../../api/schemas'
import { createDemoBackend } from '../../testing/demo-backend'
import { createLimiter } from './limiter'
import { memoByPages } from './page-rows'
import { DateLoader, type DateSource, PeriodLoader } from './period-loader'
import { salesByDateOptions } from './sales-by-date'

const backend = createDemoBackend({ eventsPerDay: 1500 })
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())
beforeEach(() => {
  backend.proxied.length = 0
})

const TODAY = '2026-11-26'
const CAFE = '302321'
const SHOP = '302322'

/** A source of our own over the same date queries: each date's pspReferences, read once per pages. */
function pspSource(ledgerId: string, reads: string[]): DateSource<SalesPageEnvelope, string> {
  return {
    options: (date) => salesByDateOptions(ledgerId, date, TODAY),
    rowsOf: memoByPages((pages, date) => {
      reads.push(date ?? '')
      const rows = pages.flatMap((page) =>
        page.items.map((item) => String((item as { pspReference?: string | null }).pspReference ?? '')),
      )
      return { rows, repeated: 0, unreadable: rows.filter((psp) => psp === '').length }
    }),
  }
}

describe('DateLoader: the period loader over any per-date source', () => {
  it('reads rows with the source’s own reading, once per loaded pages, dates in order', async () => {
    const dates = datesBetween('2026-11-16', '2026-11-18')
    const reads: string[] = []
    const loader = new DateLoader(new QueryClient(), dates, pspSource(CAFE, reads))
    loader.start()
    const snapshot = await loader.settled()
    loader.stop()

    const merchant = backend.simulator.store.merchant(CAFE)!
    const truth = dates.flatMap((d) => backend.simulator.store.visibleEventsOf(merchant, d))
    expect(snapshot.complete).toBe(true)
    expect(snapshot.rows).toEqual(truth.map((e) => e.pspReference ?? ''))
    // Cash sales have no pspReference: this source calls them unreadable, and the count says so.
    expect(snapshot.unreadableEvents).toBe(truth.filter((e) => !e.pspReference).length)
    // Asking again reads nothing again: the pages arrays have not changed.
    const before = reads.length
    loader.getSnapshot()
    expect(loader.getSnapshot()).toBe(snapshot)
    expect(reads.length).toBe(before)
  })

  it('loaders that share a limiter stay within its bound together, first queued first served', async () => {
    let inFlight = 0
    let most = 0
    const started: string[] = []
    const original = globalThis.fetch
    globalThis.fetch = async (...args) => {
      inFlight++
      most = Math.max(most, inFlight)
      started.push(String(args[0] instanceof Request ? args[0].url : args[0]))
      try {
        return await original(...args)
      } finally {
        inFlight--
      }
    }
    try {
      const client = new QueryClient()
      const limiter = createLimiter(3)
      const cafe = new PeriodLoader(client, CAFE, datesBetween('2026-11-01', '2026-11-06'), TODAY, 6, limiter)
      const shop = new DateLoader(client, datesBetween('2026-11-01', '2026-11-06'), pspSource(SHOP, []), {
        limiter,
      })
      cafe.start()
      shop.start()
      const [a, b] = await Promise.all([cafe.settled(), shop.settled()])
      cafe.stop()
      shop.stop()
      expect(a.complete && b.complete).toBe(true)
    } finally {
      globalThis.fetch = original
    }
    expect(most).toBeLessThanOrEqual(3)
    expect(most).toBe(3)
    // The café's days were queued first: the shop's first page comes after the café's first three.
    const firstShop = started.findIndex((url) => url.includes(`/ledgers/${SHOP}/`))
    expect(firstShop).toBeGreaterThanOrEqual(3)
  })

  it('a date read under another date is read again, never served from the first reading', () => {
    const reads: string[] = []
    const read = memoByPages((pages: readonly number[], date) => {
      reads.push(date ?? '')
      return pages.length
    })
    const pages = [1, 2]
    expect(read(pages, '2026-11-01')).toBe(2)
    expect(read(pages, '2026-11-01')).toBe(2)
    expect(read(pages, '2026-11-02')).toBe(2)
    expect(reads).toEqual(['2026-11-01', '2026-11-02'])
  })
})
