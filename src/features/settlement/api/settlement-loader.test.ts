import { QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addDays, datesBetween } from '../../../api/oslo-time'
import { createDemoBackend } from '../../../testing/demo-backend'
import { reconcile } from '../model/reconcile'
import { SettlementLoader } from './settlement-loader'

const backend = createDemoBackend({ eventsPerDay: 300 })
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())
beforeEach(() => {
  backend.proxied.length = 0
  backend.simulator.knobs.reportAccess = 'granted'
})

const TODAY = '2026-11-26'
const CAFE = '302321' // pays out daily
const SHOP = '302322' // every third date
const CLUB = '302323' // weekly

/** The dates each kind of request asked for, from the proxy's log. */
function asked(ledgerId: string) {
  const dates = (pattern: RegExp) => [
    ...new Set(
      backend.proxied.flatMap((path) => {
        const match = pattern.exec(path)
        return match?.[1] ? [match[1]] : []
      }),
    ),
  ]
  return {
    sales: dates(new RegExp(`^/api/sales/report/v1/ledgers/${ledgerId}/dates/([\\d-]+)`)).sort(),
    funds: dates(new RegExp(`^/api/report/v2/ledgers/${ledgerId}/funds/dates/([\\d-]+)`)).sort(),
    fees: dates(new RegExp(`^/api/report/v2/ledgers/${ledgerId}/fees/dates/([\\d-]+)`)).sort(),
  }
}

/** The latest date before `from` with a payout, straight from the simulator's funds entries. */
function previousPayoutDate(ledgerId: string, from: string): string {
  const merchant = backend.simulator.store.merchant(ledgerId)!
  for (let date = addDays(from, -1); ; date = addDays(date, -1)) {
    const entries = backend.simulator.report.visibleEntries(merchant, 'funds', date)
    if (entries.some((e) => e.entryType === 'payout-scheduled')) return date
  }
}

async function load(ledgerId: string, from: string, to: string, client = new QueryClient()) {
  const loader = new SettlementLoader(client, ledgerId, from, to, TODAY)
  loader.start()
  const snapshot = await loader.settled()
  loader.stop()
  return snapshot
}

describe('the dates a period’s settlement loads', () => {
  it('the café (daily payouts): the period’s sales and the date before; funds and fees two dates beyond; nothing more', async () => {
    const snapshot = await load(CAFE, '2026-11-16', '2026-11-20')
    expect(asked(CAFE)).toEqual({
      sales: datesBetween('2026-11-15', '2026-11-20'),
      funds: datesBetween('2026-11-15', '2026-11-22'),
      fees: datesBetween('2026-11-15', '2026-11-22'),
    })
    expect(snapshot.lookback).toEqual({ kind: 'found', payoutDate: '2026-11-15' })
    expect(snapshot.sales.loadedDates).toEqual(datesBetween('2026-11-15', '2026-11-20'))
    expect(snapshot.report.loaded.map((d) => d.date)).toEqual(datesBetween('2026-11-15', '2026-11-22'))
    expect(snapshot.report.loaded.every((d) => !d.provisional)).toBe(true)
  })

  it.each([
    [SHOP, '2026-11-21', '2026-11-24'],
    [CLUB, '2026-11-18', '2026-11-24'],
    [CLUB, '2026-11-24', '2026-11-24'],
  ])(
    'ledger %s, %s–%s: back to the previous payout, so the first payout’s dates and sales are known',
    async (ledgerId, from, to) => {
      const previous = previousPayoutDate(ledgerId, from)
      expect(previous < addDays(from, -1)).toBe(true) // the search had to go further than the date before
      const snapshot = await load(ledgerId, from, to)
      expect(snapshot.lookback).toEqual({ kind: 'found', payoutDate: previous })
      const { sales, funds } = asked(ledgerId)
      // Sales from the previous payout's date on (a late settlement after it can be of its sales).
      expect(sales).toEqual(datesBetween(previous, to))
      expect(funds[0]! <= previous).toBe(true)
      expect(funds[0]! >= addDays(from, -35)).toBe(true)
      expect(funds.at(-1)).toBe(addDays(to, 2))

      const result = reconcile({
        sales: snapshot.sales.rows,
        salesDates: snapshot.sales.loadedDates,
        report: snapshot.report.loaded,
      })
      const first = result.payouts.find((p) => p.date >= from)
      if (first) {
        expect(first.coverageKnown).toBe(true)
        expect(first.dates[0]).toBe(addDays(previous, 1))
        expect(first.walk.settledWithoutSale).toBe(0)
        expect(first.walk.balances).toBe(true)
      }
    },
  )

  it('a date before the period that fails leaves the coverage unknown, and a retry finds the payout', async () => {
    const from = '2026-11-24'
    const previous = previousPayoutDate(CLUB, from)
    const failing = addDays(from, -2)
    expect(failing > previous).toBe(true)
    const original = globalThis.fetch
    let fail = true
    globalThis.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input)
      if (fail && url.includes(`/${CLUB}/funds/dates/${failing}`))
        return new Response(JSON.stringify({ title: 'Bad request', status: 400 }), { status: 400 })
      return original(input, init)
    }
    try {
      const loader = new SettlementLoader(new QueryClient(), CLUB, from, from, TODAY)
      loader.start()
      let snapshot = await loader.settled()
      expect(snapshot.lookback).toEqual({ kind: 'unknown', searchedFrom: failing, reason: 'failed' })
      expect(snapshot.report.failedDates).toEqual([failing])
      fail = false
      await loader.retryFailed()
      snapshot = await loader.settled()
      loader.stop()
      expect(snapshot.lookback).toEqual({ kind: 'found', payoutDate: previous })
      expect(snapshot.sales.loadedDates[0]).toBe(previous)
    } finally {
      globalThis.fetch = original
    }
  })

  it('an open latest date is loaded and provisional; the report dates stop at today', async () => {
    const snapshot = await load(CAFE, TODAY, TODAY)
    expect(asked(CAFE).funds).toEqual([addDays(TODAY, -1), TODAY])
    const today = snapshot.report.loaded.find((d) => d.date === TODAY)
    expect(today?.provisional).toBe(true)
    expect(snapshot.report.loaded.find((d) => d.date === addDays(TODAY, -1))?.provisional).toBe(false)
  })

  it('sales come first: the report waits behind every sales date in the shared queue', async () => {
    await load(CAFE, '2026-11-01', '2026-11-10')
    const firstReport = backend.proxied.findIndex((p) => p.startsWith('/api/report/'))
    const salesFirstPages = backend.proxied.filter((p) => p.includes('/sales/') && !p.includes('cursor='))
    expect(salesFirstPages).toHaveLength(11)
    const lastSalesStart = backend.proxied.indexOf(salesFirstPages.at(-1)!)
    expect(firstReport).toBeGreaterThan(lastSalesStart)
  })

  it('dates already loaded are not asked again: another period over the same dates makes no request', async () => {
    const client = new QueryClient()
    await load(SHOP, '2026-11-10', '2026-11-14', client)
    backend.proxied.length = 0
    const again = await load(SHOP, '2026-11-11', '2026-11-13', client)
    expect(backend.proxied).toEqual([])
    expect(again.settled).toBe(true)
    expect(again.report.failedDates).toEqual([])
  })

  it.each([
    ['forbidden', 403],
    ['not-found', 404],
  ] as const)(
    'keys without Report API access (%s): the sales load as before, the report stops at the first refusal',
    async (access, status) => {
      backend.simulator.knobs.reportAccess = access
      const snapshot = await load(CAFE, '2026-11-01', '2026-11-10')
      expect(snapshot.settled).toBe(true)
      expect(snapshot.report.denied).toMatchObject({ status })
      expect(snapshot.report.loaded).toEqual([])
      expect(snapshot.sales.loadedDates).toEqual(datesBetween('2026-10-31', '2026-11-10'))
      const reportCalls = backend.proxied.filter((p) => p.startsWith('/api/report/'))
      // The calls already under way when the first refusal came; nothing after it, no search back.
      expect(reportCalls.length).toBeLessThanOrEqual(6)
      expect(asked(CAFE).funds.every((d) => d >= '2026-10-31')).toBe(true)
    },
  )
})
