import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { salesPaths } from '../api/endpoints'
import { osloDateOf } from '../api/oslo-time'
import { parseOrThrow, SalesPageSchema } from '../api/schemas'
import { createSalesApiHandlers, VIPPS_BASE_URL } from './handlers'
import { Simulator } from './simulator'

const NOW = Date.parse('2026-11-26T14:00:00Z')

function setup(knobs = {}) {
  const sim = new Simulator({ fixedNow: NOW, ...knobs })
  const handlers = createSalesApiHandlers(sim)
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await getResponse(handlers, new Request(`${VIPPS_BASE_URL}${path}`, init))
    if (!response) throw new Error(`no handler for ${path}`)
    return response
  }
  const token = async () => {
    const response = await call('/miami/v1/token', {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa('id:secret')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    })
    return ((await response.json()) as { access_token: string }).access_token
  }
  return { sim, call, token }
}

async function walkDay(
  call: (p: string, i?: RequestInit) => Promise<Response>,
  auth: string,
  ledger: string,
  date: string,
  pageSize: number,
) {
  const items = []
  let cursor: string | null | undefined = null
  for (;;) {
    const query = new URLSearchParams({ pageSize: String(pageSize), ...(cursor ? { cursor } : {}) })
    const response = await call(`${salesPaths.date(ledger, date)}?${query}`, {
      headers: { Authorization: `Bearer ${auth}` },
    })
    expect(response.status).toBe(200)
    const page = parseOrThrow(SalesPageSchema, await response.json(), 'page')
    items.push(...page.items)
    cursor = page.cursor
    if (!page.hasMore) return items
  }
}

describe('simulated Sales API', () => {
  it('walks a whole day by cursor, yielding every event exactly once and only that Oslo date', async () => {
    const { call, token } = setup()
    const auth = await token()
    const small = await walkDay(call, auth, '302321', '2026-11-21', 37)
    const big = await walkDay(call, auth, '302321', '2026-11-21', 1000)
    expect(small.length).toBeGreaterThan(200)
    expect(small).toEqual(big)
    const ids = small.map((e) => `${e.pspReference ?? e.reference}|${e.entryType}|${e.time}`)
    expect(new Set(ids).size).toBe(ids.length)
    for (const event of small) expect(osloDateOf(Date.parse(event.time))).toBe('2026-11-21')
  })

  it('gives byte-identical responses for the same seed', async () => {
    const a = setup()
    const b = setup()
    const path = `${salesPaths.date('302322', '2026-11-20')}?pageSize=1000`
    const bodyA = await (
      await a.call(path, { headers: { Authorization: `Bearer ${await a.token()}` } })
    ).text()
    const bodyB = await (
      await b.call(path, { headers: { Authorization: `Bearer ${await b.token()}` } })
    ).text()
    expect(bodyA).toBe(bodyB)
    expect(bodyA.length).toBeGreaterThan(1000)
  })

  it('refuses calls without a valid token, bad page sizes and unknown ledgers', async () => {
    const { call, token } = setup()
    expect((await call(salesPaths.feed('302321'))).status).toBe(401)
    const headers = { Authorization: `Bearer ${await token()}` }
    for (const size of ['0', '1001', 'abc']) {
      const response = await call(`${salesPaths.feed('302321')}?pageSize=${size}`, { headers })
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
    }
    expect((await call(salesPaths.date('302321', '2026-02-30'), { headers })).status).toBe(400)
    expect((await call(salesPaths.feed('999999'), { headers })).status).toBe(404)
  })

  it('resumes the feed from its last cursor with only the sales that arrived since', async () => {
    let now = Date.parse('2026-11-26T09:00:00Z')
    const sim = new Simulator({ historyDays: 2 }, () => now)
    const handlers = createSalesApiHandlers(sim)
    const get = async (path: string) => {
      const headers = { Authorization: `Bearer ${sim.issueToken().access_token}` }
      return (await getResponse(handlers, new Request(`${VIPPS_BASE_URL}${path}`, { headers })))!
    }
    let cursor = ''
    const seen: string[] = []
    for (;;) {
      const page = parseOrThrow(
        SalesPageSchema,
        await (
          await get(`${salesPaths.feed('302321')}?pageSize=1000${cursor ? `&cursor=${cursor}` : ''}`)
        ).json(),
        'page',
      )
      seen.push(...page.items.map((e) => e.time))
      cursor = page.cursor ?? ''
      if (!page.hasMore) break
    }
    expect(seen.length).toBeGreaterThan(300)
    expect(seen.every((t) => Date.parse(t) <= now)).toBe(true)
    now += 3 * 3_600_000
    const later = parseOrThrow(
      SalesPageSchema,
      await (await get(`${salesPaths.feed('302321')}?pageSize=1000&cursor=${cursor}`)).json(),
      'page',
    )
    expect(later.items.length).toBeGreaterThan(5)
    for (const event of later.items) {
      expect(Date.parse(event.time)).toBeGreaterThan(now - 3 * 3_600_000)
      expect(seen).not.toContain(event.time)
    }
  })

  it('finds an order with its refunds by reference, and a transaction by pspReference', async () => {
    const { call, token, sim } = setup()
    const headers = { Authorization: `Bearer ${await token()}` }
    const merchant = sim.store.merchant('302322')!
    const day = sim.store.visibleEventsOf(merchant, '2026-11-20')
    const refund = day.find((e) => e.entryType === 'refund')!
    const byRef = await (await call(salesPaths.reference('302322', refund.reference), { headers })).json()
    expect(byRef.items.map((e: { entryType: string }) => e.entryType)).toContain('capture')
    expect(byRef.items.map((e: { entryType: string }) => e.entryType)).toContain('refund')
    const byPsp = await (
      await call(salesPaths.pspReference('302322', refund.pspReference!), { headers })
    ).json()
    expect(byPsp.items).toEqual([refund])
    expect((await call(salesPaths.reference('302322', 'finnes ikke / #1'), { headers })).status).toBe(404)
  })
})
