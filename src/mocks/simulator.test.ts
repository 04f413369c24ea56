import { getResponse } from 'msw'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { salesPaths, VIPPS_PRODUCTION_BASE_URL } from '../api/endpoints'
import { addDays, datesBetween, osloDateOf } from '../api/oslo-time'
import { parseOrThrow, type SalesEvent, SalesEventSchema, SalesPageSchema } from '../api/schemas'
import { createSalesApiHandlers } from './handlers'
import { Simulator } from './simulator'

const NOW = Date.parse('2026-11-26T14:00:00Z')

function setup(knobs = {}) {
  const sim = new Simulator({ fixedNow: NOW, ...knobs })
  const handlers = createSalesApiHandlers(sim)
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await getResponse(handlers, new Request(`${VIPPS_PRODUCTION_BASE_URL}${path}`, init))
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

  it('with SIM_TOKEN_MAX_USES, a token answers that many calls, then 401 until a new one is fetched', async () => {
    const { call, token } = setup({ tokenMaxUses: 3 })
    const headers = { Authorization: `Bearer ${await token()}` }
    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await call(salesPaths.feed('302321'), { headers })).status)
    expect(statuses).toEqual([200, 200, 200, 401, 401])
    const renewed = { Authorization: `Bearer ${await token()}` }
    expect((await call(salesPaths.feed('302321'), { headers: renewed })).status).toBe(200)
  })

  it('resumes the feed from its last cursor with only the sales that arrived since', async () => {
    let now = Date.parse('2026-11-26T09:00:00Z')
    const sim = new Simulator({ historyDays: 2 }, () => now)
    const handlers = createSalesApiHandlers(sim)
    const get = async (path: string) => {
      const headers = { Authorization: `Bearer ${sim.issueToken().access_token}` }
      return (await getResponse(handlers, new Request(`${VIPPS_PRODUCTION_BASE_URL}${path}`, { headers })))!
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
  })

  it('looks up every order and transaction of the history exactly as a full scan finds them', () => {
    const sim = new Simulator({ fixedNow: NOW, historyDays: 20, eventsPerDay: 200, testLedgers: true })
    for (const merchant of sim.store.merchants) {
      const byReference = new Map<string, unknown[]>()
      const byPsp = new Map<string, unknown>()
      for (const date of datesBetween(addDays('2026-11-26', -20), '2026-11-26')) {
        for (const event of sim.store.visibleEventsOf(merchant, date)) {
          byReference.set(event.reference, [...(byReference.get(event.reference) ?? []), event])
          if (event.pspReference) byPsp.set(event.pspReference, event)
        }
      }
      expect(byReference.size).toBeGreaterThan(50)
      for (const [reference, events] of byReference)
        expect(sim.store.byReference(merchant, reference)).toEqual(events)
      for (const [psp, event] of byPsp) expect(sim.store.byPspReference(merchant, psp)).toEqual(event)
      for (const odd of ['nope', '99999999-0001', '20261399-0001', '9'.repeat(30), 'vm-00000000-1', ''])
        expect(sim.store.byReference(merchant, odd)).toEqual([])
      expect(sim.store.byPspReference(merchant, '9'.repeat(30))).toBeUndefined()
    }
  })

  it('answers an unknown reference or pspReference with an empty page, or 404 with lookupMiss=404', async () => {
    for (const [knobs, status] of [
      [{}, 200],
      [{ lookupMiss: '404' }, 404],
    ] as const) {
      const { call, token } = setup(knobs)
      const headers = { Authorization: `Bearer ${await token()}` }
      for (const path of [
        salesPaths.reference('302322', 'finnes ikke / #1'),
        salesPaths.pspReference('302322', 'psp-finnes-ikke'),
      ]) {
        const response = await call(path, { headers })
        expect(response.status).toBe(status)
        if (status === 200) expect(await response.json()).toEqual({ items: [], cursor: null, hasMore: false })
      }
    }
  })

  it('breaks the paging contract as each pagingFault knob says', async () => {
    const pages = async (fault: string, count: number) => {
      const { call, token } = setup({ pagingFault: fault })
      const headers = { Authorization: `Bearer ${await token()}` }
      const seen: { items: number; cursor: string | null; hasMore: boolean; asked: string }[] = []
      let cursor = ''
      for (let i = 0; i < count; i++) {
        const query = `pageSize=1000${cursor ? `&cursor=${cursor}` : ''}`
        const body = await (
          await call(`${salesPaths.date('302321', '2026-11-21')}?${query}`, { headers })
        ).json()
        seen.push({ items: body.items.length, cursor: body.cursor, hasMore: body.hasMore, asked: cursor })
        if (!body.cursor) break
        cursor = body.cursor
      }
      return seen
    }
    const repeat = await pages('repeat-cursor', 3)
    expect(repeat[1]?.cursor).toBe(repeat[1]?.asked)
    expect(repeat.every((p) => p.hasMore)).toBe(true)

    const noCursor = await pages('more-without-cursor', 2)
    expect(noCursor).toEqual([{ items: 1000, cursor: null, hasMore: true, asked: '' }])

    const empty = await pages('endless-empty-pages', 8)
    expect(empty.slice(0, 2).every((p) => p.items > 0)).toBe(true)
    expect(empty.slice(2).every((p) => p.items === 0 && p.hasMore)).toBe(true)
    expect(new Set(empty.map((p) => p.cursor)).size).toBe(empty.length)
  })

  it('sends some events unreadable or twice with the unreadable and repeat knobs, the same on every run', async () => {
    const day = async () => {
      const { call, token } = setup({ unreadableRate: 0.01, repeatRate: 0.01 })
      const headers = { Authorization: `Bearer ${await token()}` }
      return await (
        await call(`${salesPaths.date('302321', '2026-11-21')}?pageSize=1000`, { headers })
      ).text()
    }
    const body = await day()
    expect(await day()).toBe(body)
    const items = JSON.parse(body).items as unknown[]
    const readable = items.filter((item) => v.safeParse(SalesEventSchema, item).success)
    expect(items.length - readable.length).toBeGreaterThan(3)
    const texts = items.map((item) => JSON.stringify(item))
    expect(texts.filter((t, i) => texts[i - 1] === t).length).toBeGreaterThan(3)
  })

  it('sends some events readable but odd with the odd-event knob: in EUR, under a taken pspReference, or a negative sale', async () => {
    const day = async (oddEventRate: number) => {
      const { call, token } = setup({ oddEventRate })
      const headers = { Authorization: `Bearer ${await token()}` }
      const response = await call(`${salesPaths.date('302321', '2026-11-21')}?pageSize=1000`, { headers })
      return JSON.parse(await response.text()).items as SalesEvent[]
    }
    const plain = await day(0)
    const odd = await day(0.02)
    expect(odd).toEqual(await day(0.02))
    expect(odd.length).toBe(plain.length)
    expect(odd.every((item) => v.safeParse(SalesEventSchema, item).success)).toBe(true)
    expect(plain.every((e) => e.currency === 'NOK')).toBe(true)
    expect(odd.filter((e) => e.currency === 'EUR').length).toBeGreaterThan(1)
    const psps = odd.map((e) => e.pspReference).filter(Boolean)
    expect(psps.length - new Set(psps).size).toBeGreaterThan(1)
    const negative = (e: SalesEvent) => e.entryType === 'capture' && (e.amounts?.gross ?? 0) < 0
    expect(plain.some(negative)).toBe(false)
    expect(odd.filter(negative).length).toBeGreaterThan(1)
  })

  it('keeps attack strings out of the demo: only the hostile knob or the hostile test ledger has them', async () => {
    const namesOf = (sim: Simulator, ledger: string) => {
      const merchant = sim.store.merchant(ledger)!
      const events = ['2026-10-01', '2026-10-31']
        .flatMap((from) => datesBetween(from, addDays(from, 20)))
        .flatMap((date) => sim.store.visibleEventsOf(merchant, date))
      return JSON.stringify(events.map((e) => [e.lines, e.customer]))
    }
    const attack = /<script|<img|=HYPERLINK|cmd\|/
    const demo = new Simulator({ fixedNow: NOW })
    for (const ledger of ['302321', '302322']) expect(namesOf(demo, ledger)).not.toMatch(attack)
    expect(demo.store.merchant('392001')).toBeUndefined()
    expect(namesOf(new Simulator({ fixedNow: NOW, hostile: true }), '302322')).toMatch(attack)
    expect(namesOf(new Simulator({ fixedNow: NOW, testLedgers: true }), '392001')).toMatch(attack)
  })
})
