import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createSalesApiHandlers } from '../mocks/handlers'
import type { SimulatorKnobs } from '../mocks/knobs'
import { Simulator } from '../mocks/simulator'
import { createApp } from './app'
import { configFromEnv } from './config'

const UPSTREAM = 'https://upstream.test'
const REPORT = '/api/report/v2/ledgers'

function setup(knobs: Partial<SimulatorKnobs> = {}) {
  const sim = new Simulator({ fixedNow: Date.parse('2026-11-26T14:00:00Z'), ...knobs })
  const handlers = createSalesApiHandlers(sim, { baseUrl: UPSTREAM })
  const calls: Request[] = []
  const app = createApp({
    config: configFromEnv({
      VIPPS_CLIENT_ID: 'id',
      VIPPS_CLIENT_SECRET: 'secret',
      VIPPS_BASE_URL: UPSTREAM,
      DIST_DIR: '/nonexistent',
    }),
    fetch: async (request) => {
      calls.push(request.clone())
      return (await getResponse(handlers, request)) ?? new Response('no handler', { status: 404 })
    },
  })
  const reportCalls = () => calls.filter((r) => new URL(r.url).pathname.startsWith('/report/'))
  return { app, sim, reportCalls }
}

describe('proxy: Report API funds and fees', () => {
  it('forwards a date page of funds and the fees feed with the token and Vipps-System headers', async () => {
    const { app, reportCalls } = setup()
    const funds = await app.request(`${REPORT}/302321/funds/dates/2026-11-20?pageSize=50`)
    expect(funds.status).toBe(200)
    const page = await funds.json()
    expect(page.items).toHaveLength(50)
    expect(page).toMatchObject({ hasMore: true, tryLater: false })
    const feed = await app.request(
      `${REPORT}/302321/fees/feed?pageSize=10&cursor=${encodeURIComponent(page.cursor)}`,
    )
    // A date cursor is refused by the simulated feed, as the real API refuses a foreign cursor.
    expect(feed.status).toBe(400)
    expect((await app.request(`${REPORT}/302321/fees/feed?pageSize=10`)).status).toBe(200)

    const [first, , third] = reportCalls()
    expect(first?.url).toBe(`${UPSTREAM}/report/v2/ledgers/302321/funds/dates/2026-11-20?pageSize=50`)
    expect(third?.url).toBe(`${UPSTREAM}/report/v2/ledgers/302321/fees/feed?pageSize=10`)
    for (const request of reportCalls()) {
      expect(request.headers.get('authorization')).toMatch(/^Bearer sim\./)
      expect(request.headers.get('vipps-system-name')).toBe('salgsoversikt')
    }
  })

  it('renews an expired token on a report path and retries once', async () => {
    const { app, sim } = setup()
    expect((await app.request(`${REPORT}/302322/fees/dates/2026-11-20`)).status).toBe(200)
    sim.expireAllTokens()
    const response = await app.request(`${REPORT}/302322/fees/dates/2026-11-21`)
    expect(response.status).toBe(200)
    expect((await response.json()).items.length).toBeGreaterThan(0)
  })

  it('refuses includeGDPRSensitiveData with the reason, without going upstream', async () => {
    const { app, reportCalls } = setup()
    const response = await app.request(
      `${REPORT}/302323/funds/dates/2026-11-20?includeGDPRSensitiveData=true`,
    )
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const body = await response.json()
    expect(body.title).toBe('Invalid query parameter: includeGDPRSensitiveData')
    expect(body.detail).toMatch(/not forwarded/)
    expect(reportCalls()).toHaveLength(0)
  })

  it.each([
    ['forbidden', 403],
    ['not-found', 404],
  ] as const)(
    'keys without Report API access (%s): the status is kept, the sales paths still work',
    async (reportAccess, status) => {
      const { app } = setup({ reportAccess })
      const response = await app.request(`${REPORT}/302321/funds/dates/2026-11-20`)
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      const body = await response.json()
      expect(body.status).toBe(status)
      expect(body.title).toContain(`answered ${status}`)
      expect(
        (await app.request('/api/sales/report/v1/ledgers/302321/dates/2026-11-20?pageSize=5')).status,
      ).toBe(200)
    },
  )

  it('passes on the upstream explanation for an unknown ledger', async () => {
    const { app } = setup()
    const response = await app.request(`${REPORT}/999999/fees/feed`)
    expect(response.status).toBe(404)
    expect((await response.json()).detail).toContain('No such ledgerId')
  })
})
