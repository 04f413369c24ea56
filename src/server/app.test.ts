import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createSalesApiHandlers } from '../mocks/handlers'
import { Simulator } from '../mocks/simulator'
import { createApp } from './app'
import { configFromEnv } from './config'
import { dataSourceOf } from './data-source'
import type { FetchLike } from './upstream'

const UPSTREAM = 'https://upstream.test'
const KEYS = { clientId: 'test-client-id-7f3a', clientSecret: 'test-client-secret-9b2c' }

function setup(options: { fetch?: (inner: FetchLike) => FetchLike; timeoutMs?: string } = {}) {
  // The 404 reading of an unknown reference (the simulator's default is an empty page): relayed as problem+json.
  const sim = new Simulator({ fixedNow: Date.parse('2026-11-26T14:00:00Z'), lookupMiss: '404' })
  const handlers = createSalesApiHandlers(sim, { baseUrl: UPSTREAM, credentials: KEYS })
  const calls: Request[] = []
  const inner: FetchLike = async (request) => {
    calls.push(request.clone())
    return (await getResponse(handlers, request)) ?? new Response('no handler', { status: 404 })
  }
  const config = configFromEnv({
    VIPPS_CLIENT_ID: KEYS.clientId,
    VIPPS_CLIENT_SECRET: KEYS.clientSecret,
    VIPPS_BASE_URL: UPSTREAM,
    UPSTREAM_TIMEOUT_MS: options.timeoutMs,
    DIST_DIR: '/nonexistent',
  })
  const app = createApp({ config, fetch: options.fetch ? options.fetch(inner) : inner })
  return { app, sim, calls }
}

const salesCalls = (calls: Request[]) => calls.filter((r) => new URL(r.url).pathname.startsWith('/sales'))

describe('proxy', () => {
  it('forwards a date page with the bearer token and Vipps-System headers, reusing one token', async () => {
    const { app, calls } = setup()
    for (let i = 0; i < 5; i++) {
      const response = await app.request('/api/sales/report/v1/ledgers/302321/dates/2026-11-20?pageSize=50')
      expect(response.status).toBe(200)
      const page = await response.json()
      expect(page.items).toHaveLength(50)
      expect(page.hasMore).toBe(true)
    }
    const tokenCalls = calls.filter((r) => r.url.endsWith('/miami/v1/token'))
    expect(tokenCalls).toHaveLength(1)
    expect(tokenCalls[0]?.headers.get('authorization')).toBe(
      `Basic ${btoa(`${KEYS.clientId}:${KEYS.clientSecret}`)}`,
    )
    const sales = salesCalls(calls)
    expect(sales).toHaveLength(5)
    for (const request of sales) {
      expect(request.url).toBe(`${UPSTREAM}/sales/report/v1/ledgers/302321/dates/2026-11-20?pageSize=50`)
      expect(request.headers.get('authorization')).toMatch(/^Bearer sim\./)
      expect(request.headers.get('vipps-system-name')).toBe('salgsoversikt')
      expect(request.headers.get('vipps-system-version')).toBeTruthy()
    }
  })

  it('shares one token refresh between concurrent calls', async () => {
    const { app, calls } = setup()
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        app.request(`/api/sales/report/v1/ledgers/302321/dates/2026-11-${10 + i}?pageSize=10`),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200))
    expect(calls.filter((r) => r.url.endsWith('/miami/v1/token'))).toHaveLength(1)
  })

  it('renews an expired token and retries the call once', async () => {
    const { app, sim, calls } = setup()
    expect((await app.request('/api/settlement/v1/ledgers')).status).toBe(200)
    sim.expireAllTokens()
    const response = await app.request('/api/sales/report/v1/ledgers/302321?pageSize=5')
    expect(response.status).toBe(200)
    expect((await response.json()).items).toHaveLength(5)
    expect(calls.filter((r) => r.url.endsWith('/miami/v1/token'))).toHaveLength(2)
  })

  it.each([
    ['/api/sales/report/v1/ledgers/302321/dates/2026-02-30', 'Invalid ledgerDate'],
    ['/api/sales/report/v1/ledgers/302321/dates/20260101', 'Invalid ledgerDate'],
    ['/api/sales/report/v1/ledgers/302321?pageSize=0', 'Invalid query parameter: pageSize'],
    ['/api/sales/report/v1/ledgers/302321?pageSize=1001', 'Invalid query parameter: pageSize'],
    ['/api/sales/report/v1/ledgers/302321?pageSize=1e3', 'Invalid query parameter: pageSize'],
    ['/api/sales/report/v1/ledgers/302321?pageSize=10&pageSize=20', 'Invalid query parameter: pageSize'],
    ['/api/sales/report/v1/ledgers/302321?token=x', 'Invalid query parameter: token'],
    [`/api/sales/report/v1/ledgers/302321?cursor=${'a'.repeat(3000)}`, 'Invalid query parameter: cursor'],
    ['/api/sales/report/v1/ledgers/30%2F2321', 'Invalid ledgerId'],
    ['/api/sales/report/v1/ledgers/302321/references/%0Aabc', 'Invalid reference'],
    [`/api/sales/report/v1/ledgers/302321/references/${'x'.repeat(300)}`, 'Invalid reference'],
  ])('refuses %s with 400 problem+json and no upstream call', async (path, title) => {
    const { app, calls } = setup()
    const response = await app.request(path)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const body = await response.json()
    expect(body.title).toBe(title)
    expect(body.status).toBe(400)
    expect(calls).toHaveLength(0)
  })

  it('is not an open proxy: unknown paths and other methods are refused without an upstream call', async () => {
    const { app, calls } = setup()
    expect((await app.request('/api/report/v2/ledgers/302321/payouts/feed')).status).toBe(404)
    expect((await app.request('/api/miami/v1/token', { method: 'POST' })).status).toBe(405)
    expect((await app.request('/api/sales/report/v1/ledgers/302321', { method: 'DELETE' })).status).toBe(405)
    expect(calls).toHaveLength(0)
  })

  it('keeps encoded slashes, hashes and unicode inside a reference on the way upstream', async () => {
    const { app, calls } = setup()
    const reference = 'ordre #12/A ✓ 50 %'
    const response = await app.request(
      `/api/sales/report/v1/ledgers/302322/references/${encodeURIComponent(reference)}`,
    )
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const upstreamPath = new URL(salesCalls(calls)[0]?.url ?? '').pathname
    expect(upstreamPath).toBe(`/sales/report/v1/ledgers/302322/references/${encodeURIComponent(reference)}`)
  })

  it('relays upstream failures as problem+json with the upstream status and Retry-After', async () => {
    const { app } = setup({
      fetch: (inner) => async (request) =>
        new URL(request.url).pathname.startsWith('/sales')
          ? new Response(JSON.stringify({ title: 'Too many requests' }), {
              status: 429,
              headers: { 'Retry-After': '3' },
            })
          : inner(request),
    })
    const response = await app.request('/api/sales/report/v1/ledgers/302321')
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('3')
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect((await response.json()).title).toContain('429')
  })

  it('answers 504 when upstream is too slow and 502 when it cannot be reached', async () => {
    const slow = setup({
      timeoutMs: '150',
      fetch: (inner) => async (request) =>
        new URL(request.url).pathname.startsWith('/sales') ? new Promise<Response>(() => {}) : inner(request),
    })
    const timedOut = await slow.app.request('/api/sales/report/v1/ledgers/302321')
    expect(timedOut.status).toBe(504)
    expect(timedOut.headers.get('content-type')).toBe('application/problem+json')
    const down = setup({ fetch: () => async () => Promise.reject(new TypeError('fetch failed')) })
    const unreachable = await down.app.request('/api/settlement/v1/ledgers')
    expect(unreachable.status).toBe(502)
  })

  it('reports its mode, and a fingerprint of its data source that changes with the keys’ id, never showing them', async () => {
    const { app } = setup()
    const health = (await (await app.request('/api/health')).json()) as { source: string }
    expect(health).toEqual({
      mode: 'vipps',
      login: false,
      source: expect.stringMatching(/^[\w-]{12}$/),
      salesDataFrom: '2026-03-09',
    })
    expect(health.source).not.toContain(KEYS.clientId.slice(0, 4))
    expect(JSON.stringify(health)).not.toContain(KEYS.clientSecret)
    const other = dataSourceOf({ mode: 'vipps', baseUrl: UPSTREAM, clientId: `${KEYS.clientId}-2` })
    const otherUpstream = dataSourceOf({ mode: 'vipps', baseUrl: `${UPSTREAM}/v2`, clientId: KEYS.clientId })
    expect(new Set([health.source, other, otherUpstream]).size).toBe(3)
    // The same keys give the same source after a restart: the cache stays.
    expect(dataSourceOf({ mode: 'vipps', baseUrl: UPSTREAM, clientId: KEYS.clientId })).toBe(health.source)
  })

  it('a demo server’s source changes with the simulator’s settings', () => {
    const demo = { mode: 'demo' as const, baseUrl: 'x', clientId: 'demo-client' }
    expect(dataSourceOf(demo, { seed: 'a' })).not.toBe(dataSourceOf(demo, { seed: 'b' }))
    expect(dataSourceOf(demo, { seed: 'a' })).toBe(dataSourceOf(demo, { seed: 'a' }))
  })
})
