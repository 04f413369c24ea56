import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createSalesApiHandlers } from '../mocks/handlers'
import { Simulator } from '../mocks/simulator'
import { createApp } from './app'
import { configFromEnv } from './config'

const BASE = '/api/sales/report/v1/ledgers'
const REPORT = '/api/report/v2/ledgers'
const long = (n: number) => 'a'.repeat(n)

/** [method, path, headers?] — every one must be refused with 4xx problem+json and never reach upstream. */
const HOSTILE: [string, string, Record<string, string>?][] = [
  // path traversal and encoded separators
  ['GET', `${BASE}/../../../etc/passwd`],
  ['GET', `${BASE}/302321/../../../../miami/v1/token`],
  ['GET', `${BASE}/%2e%2e/%2e%2e/settlement/v1/ledgers`],
  ['GET', `${BASE}/..%2F..%2Fmiami`],
  ['GET', `${BASE}/302321%2F..%2F..`],
  ['GET', `${BASE}/302321%2Fdates%2F2026-01-01`],
  ['GET', `${BASE}/%2F302321`],
  ['GET', `${BASE}/302321%00`],
  ['GET', `${BASE}/302321%252F..`],
  ['GET', `${BASE}/302321/dates/2026-01-01/extra`],
  ['GET', `${BASE}/302321/references/a/b`],
  ['GET', `${BASE}/302321/psp-references/`],
  ['GET', `${BASE}/302321/refs/abc`],
  ['GET', `${BASE}/%E0%A4%A`],
  ['GET', `${BASE}/302321/references/%E0%A4%A`],
  ['GET', `${BASE}/${long(65)}`],
  ['GET', `${BASE}/302 321`],
  ['GET', `${BASE}/302321;drop`],
  // invalid dates
  ['GET', `${BASE}/302321/dates/2026-02-30`],
  ['GET', `${BASE}/302321/dates/2026-13-01`],
  ['GET', `${BASE}/302321/dates/20260101`],
  ['GET', `${BASE}/302321/dates/2026-1-1`],
  ['GET', `${BASE}/302321/dates/2026-00-10`],
  ['GET', `${BASE}/302321/dates/2025-02-29`],
  ['GET', `${BASE}/302321/dates/26-01-01`],
  ['GET', `${BASE}/302321/dates/2026-01-01T00:00`],
  ['GET', `${BASE}/302321/dates/today`],
  // page sizes
  ['GET', `${BASE}/302321?pageSize=0`],
  ['GET', `${BASE}/302321?pageSize=1001`],
  ['GET', `${BASE}/302321?pageSize=-1`],
  ['GET', `${BASE}/302321?pageSize=abc`],
  ['GET', `${BASE}/302321?pageSize=1e3`],
  ['GET', `${BASE}/302321?pageSize=10.5`],
  ['GET', `${BASE}/302321?pageSize=%2010`],
  ['GET', `${BASE}/302321?pageSize=`],
  ['GET', `${BASE}/302321?pageSize=99999999999999999999`],
  ['GET', `${BASE}/302321/dates/2026-01-01?pageSize=0x10`],
  // cursors and parameters
  ['GET', `${BASE}/302321?cursor=${long(3000)}`],
  ['GET', `${BASE}/302321?cursor=%C3%A6%C3%B8%C3%A5`],
  ['GET', `${BASE}/302321?cursor=a%20b`],
  ['GET', `${BASE}/302321?cursor=`],
  ['GET', `${BASE}/302321?cursor=a%0D%0ASet-Cookie:%20x=1`],
  ['GET', `${BASE}/302321?pageSize=10&pageSize=20`],
  ['GET', `${BASE}/302321?cursor=a&cursor=b`],
  ['GET', `${BASE}/302321?access_token=abc`],
  ['GET', `${BASE}/302321/references/abc?pageSize=10`],
  ['GET', `/api/settlement/v1/ledgers?cursor=x&cursor=y`],
  ['GET', `/api/settlement/v1/ledgers?url=http://evil.invalid`],
  // header injection and control characters in references
  ['GET', `${BASE}/302321/references/abc%0D%0AX-Injected:%201`],
  ['GET', `${BASE}/302321/references/%0A`],
  ['GET', `${BASE}/302321/psp-references/x%00y`],
  ['GET', `${BASE}/302321/references/${long(300)}`],
  ['GET', `${BASE}/302321/references/%20%20`],
  ['GET', `${BASE}/302321/references/%E2%80%8B%07bell`],
  // methods other than GET
  ['POST', `${BASE}/302321`],
  ['PUT', `${BASE}/302321`],
  ['DELETE', `${BASE}/302321`],
  ['PATCH', `${BASE}/302321/dates/2026-01-01`],
  ['OPTIONS', `${BASE}/302321`],
  ['HEAD', `${BASE}/302321`],
  ['POST', '/api/miami/v1/token', { 'Content-Type': 'application/x-www-form-urlencoded' }],
  // unknown paths and a very long URL
  ['GET', '/api/miami/v1/token'],
  ['GET', '/api/report/v2/ledgers/302321/payouts/feed'],
  ['GET', '/api/settlement/v1/ledgers/302321'],
  ['GET', '/api/sales/report/v2/ledgers/302321'],
  ['GET', '/api/'],
  ['GET', '/api/http://evil.invalid/'],
  ['GET', `${BASE}`],
  ['GET', `/api/${long(20_000)}`],
  ['GET', `${BASE}/302321/references/${long(20_000)}`],
  // the Report API's funds and fees: the same rules, and personal data is never fetched
  ['GET', `${REPORT}/302321/funds`],
  ['GET', `${REPORT}/302321/funds/dates`],
  ['GET', `${REPORT}/302321/funds/feed/`],
  ['GET', `${REPORT}/302321/funds/feed/extra`],
  ['GET', `${REPORT}/302321/fees/dates/2026-11-20/extra`],
  ['GET', `${REPORT}/302321/FUNDS/feed`],
  ['GET', `${REPORT}/302321/general-ledger/feed`],
  ['GET', `${REPORT}/302321/funds%2Ffeed`],
  ['GET', `${REPORT}/302321/funds/%2e%2e/feed`],
  ['GET', `${REPORT}/..%2F..%2Fmiami/funds/feed`],
  ['GET', `${REPORT}/302321%00/funds/feed`],
  ['GET', `${REPORT}/${long(65)}/fees/feed`],
  ['GET', `${REPORT}/302321/funds/dates/2026-02-30`],
  ['GET', `${REPORT}/302321/fees/dates/2026-1-1`],
  ['GET', `${REPORT}/302321/fees/dates/%E0%A4%A`],
  ['GET', `${REPORT}/302321/funds/feed?pageSize=0`],
  ['GET', `${REPORT}/302321/funds/feed?pageSize=1001`],
  ['GET', `${REPORT}/302321/fees/dates/2026-11-20?pageSize=1e3`],
  ['GET', `${REPORT}/302321/fees/feed?cursor=${long(3000)}`],
  ['GET', `${REPORT}/302321/fees/dates/2026-11-20?cursor=a%20b`],
  ['GET', `${REPORT}/302321/fees/dates/2026-11-20?cursor=x%0D%0ASet-Cookie:%20a=1`],
  ['GET', `${REPORT}/302321/funds/feed?cursor=`],
  ['GET', `${REPORT}/302321/funds/feed?cursor=a&cursor=b`],
  ['GET', `${REPORT}/302321/funds/feed?pageSize=10&pageSize=10`],
  ['GET', `${REPORT}/302321/funds/feed?includeGDPRSensitiveData=true`],
  ['GET', `${REPORT}/302321/fees/dates/2026-11-20?pageSize=1000&includeGDPRSensitiveData=true`],
  ['GET', `${REPORT}/302321/funds/feed?topic=fees`],
  ['GET', `${REPORT}`],
  ['GET', '/api/report/v1/ledgers/302321/funds/feed'],
  ['POST', `${REPORT}/302321/funds/feed`],
  ['DELETE', `${REPORT}/302321/fees/dates/2026-11-20`],
]

describe('hostile requests to the proxy', () => {
  const sim = new Simulator({ fixedNow: Date.parse('2026-11-26T14:00:00Z') })
  const handlers = createSalesApiHandlers(sim, { baseUrl: 'https://upstream.test' })
  let upstreamCalls = 0
  const app = createApp({
    config: configFromEnv({
      VIPPS_CLIENT_ID: 'id',
      VIPPS_CLIENT_SECRET: 'secret',
      VIPPS_BASE_URL: 'https://upstream.test',
      DIST_DIR: '/nonexistent',
    }),
    fetch: async (request) => {
      upstreamCalls++
      return (await getResponse(handlers, request)) ?? new Response('', { status: 404 })
    },
  })

  it(`has at least 50 cases (${HOSTILE.length})`, () => expect(HOSTILE.length).toBeGreaterThanOrEqual(50))

  it.each(HOSTILE)('%s %s → 4xx problem+json, no upstream call', async (method, path, headers) => {
    const before = upstreamCalls
    const response = await app.request(path, { method, headers })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    if (method !== 'HEAD') {
      const body = await response.json()
      expect(body.status).toBe(response.status)
      expect(typeof body.title).toBe('string')
    }
    expect(response.headers.get('x-injected')).toBeNull()
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(upstreamCalls).toBe(before)
  })
})
