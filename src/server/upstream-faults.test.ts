import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createSalesApiHandlers } from '../mocks/handlers'
import { Simulator } from '../mocks/simulator'
import { createApp } from './app'
import { configFromEnv, type ServerConfig } from './config'
import type { FetchLike } from './upstream'

const UPSTREAM = 'https://upstream.test'
const KEYS = { clientId: 'fault-client-id-5e1d', clientSecret: 'fault-client-secret-c0ff' }
const BASIC = btoa(`${KEYS.clientId}:${KEYS.clientSecret}`)
const PAGE = '/api/sales/report/v1/ledgers/302321/dates/2026-11-20?pageSize=10'
const TOKEN_PATH = '/miami/v1/token'

/** For the tests where the body stalls for good: the only outcome is the time running out. */
const SHORT_BOUND = { UPSTREAM_TIMEOUT_MS: '300' }

const isToken = (request: Request) => new URL(request.url).pathname === TOKEN_PATH
const isSales = (request: Request) => new URL(request.url).pathname.startsWith('/sales')

/**
 * The proxy in front of the simulator, with `fault` answering whatever it wants to (null: let the
 * simulator answer). Upstream calls are counted.
 */
function setup(
  fault: (request: Request) => Response | Promise<Response | null> | null,
  overrides: Partial<ServerConfig> = {},
  env: Record<string, string> = {},
  now?: () => number,
) {
  const sim = new Simulator({ fixedNow: Date.parse('2026-11-26T14:00:00Z') })
  const handlers = createSalesApiHandlers(sim, { baseUrl: UPSTREAM, credentials: KEYS })
  const calls: Request[] = []
  const fetch: FetchLike = async (request) => {
    calls.push(request)
    return (
      (await fault(request)) ?? (await getResponse(handlers, request)) ?? new Response('', { status: 404 })
    )
  }
  const config = {
    ...configFromEnv({
      VIPPS_CLIENT_ID: KEYS.clientId,
      VIPPS_CLIENT_SECRET: KEYS.clientSecret,
      VIPPS_BASE_URL: UPSTREAM,
      // Production's bound: only the tests of a stalled body shorten it (see SHORT_BOUND).
      UPSTREAM_TIMEOUT_MS: '20000',
      DIST_DIR: '/nonexistent',
      ...env,
    }),
    ...overrides,
  }
  return { app: createApp({ config, fetch, now }), calls }
}

/** A body that sends `first` and then never another byte. */
const stalledBody = (first = '{"items":[') =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first))
    },
  })

/** A body that breaks off after its first bytes, as a dropped connection does. */
const cutBody = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"items":[{"entryType":"capt'))
      controller.error(new TypeError('terminated: other side closed'))
    },
  })

/** An endless body, counting how much of it was read. */
function endlessBody() {
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.length
      controller.enqueue(chunk)
    },
  })
  return { stream, pulled: () => pulled }
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  const body = await response.json()
  expect(body.status).toBe(status)
  return body as { title: string; detail?: string }
}

describe('upstream faults are never a 500', () => {
  it('a body that has not arrived when the time is up is a 504', async () => {
    const { app } = setup(
      (r) => (isSales(r) ? new Response(stalledBody(), { status: 200 }) : null),
      {},
      SHORT_BOUND,
    )
    await expectProblem(await app.request(PAGE), 504)
  })

  it('a body cut off mid-stream is a 502', async () => {
    const { app } = setup((r) => (isSales(r) ? new Response(cutBody(), { status: 200 }) : null))
    await expectProblem(await app.request(PAGE), 502)
  })

  it('an error body cut off mid-stream is a 502 too', async () => {
    const { app } = setup((r) => (isSales(r) ? new Response(cutBody(), { status: 500 }) : null))
    await expectProblem(await app.request(PAGE), 502)
  })

  it.each([
    ['fails its schema', () => json({ token: 'x' })],
    ['has expires_in 0', () => json({ access_token: 'tok', token_type: 'Bearer', expires_in: 0 })],
    ['has a negative expires_in', () => json({ access_token: 'tok', expires_in: -5 })],
    ['is not JSON', () => new Response('<html>oops</html>', { status: 200 })],
    ['is cut off', () => new Response(cutBody(), { status: 200 })],
  ])('a token answer that %s is a 502', async (_, answer) => {
    const { app } = setup((r) => (isToken(r) ? answer() : null))
    await expectProblem(await app.request(PAGE), 502)
  })

  it('a token answer whose body stalls is a 504', async () => {
    const { app } = setup(
      (r) => (isToken(r) ? new Response(stalledBody('{"access_token":"'), { status: 200 }) : null),
      {},
      SHORT_BOUND,
    )
    await expectProblem(await app.request(PAGE), 504)
  })

  it('a fetch that throws something odd is a 502', async () => {
    const { app } = setup((r) => {
      if (isSales(r)) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
      return null
    })
    await expectProblem(await app.request(PAGE), 502)
  })
})

describe('upstream bodies are bounded in size', () => {
  it('an endless body is refused with 502 after reading little more than the bound', async () => {
    const body = endlessBody()
    const { app } = setup((r) => (isSales(r) ? new Response(body.stream, { status: 200 }) : null), {
      upstreamMaxBodyBytes: 1024 * 1024,
    })
    await expectProblem(await app.request(PAGE), 502)
    expect(body.pulled()).toBeLessThanOrEqual(1024 * 1024 + 3 * 64 * 1024)
  })

  it('a declared Content-Length over the bound is refused without reading the body', async () => {
    const body = endlessBody()
    const { app } = setup(
      (r) =>
        isSales(r)
          ? new Response(body.stream, {
              status: 200,
              headers: { 'Content-Length': String(600 * 1024 * 1024) },
            })
          : null,
      { upstreamMaxBodyBytes: 1024 * 1024 },
    )
    await expectProblem(await app.request(PAGE), 502)
    expect(body.pulled()).toBeLessThanOrEqual(2 * 64 * 1024)
  })
})

describe('upstream error text', () => {
  it('never carries our token, Basic credential or keys to the browser, even when cut at the length limit', async () => {
    const echo = (request: Request) => {
      const authorization = request.headers.get('authorization') ?? ''
      const padding = 'x'.repeat(270)
      return json(
        {
          title: `Unauthorized for ${authorization}`,
          detail: `${padding} header was ${authorization}; client ${KEYS.clientId}/${KEYS.clientSecret}; basic ${BASIC}`,
        },
        403,
      )
    }
    const { app, calls } = setup((r) => (isSales(r) ? echo(r) : null))
    const text = await (await app.request(PAGE)).text()
    const bearer = calls.find(isSales)?.headers.get('authorization')?.slice('Bearer '.length) ?? ''
    expect(bearer.length).toBeGreaterThan(20)
    for (const secret of [
      bearer,
      bearer.slice(0, 12),
      bearer.slice(-12),
      KEYS.clientId,
      KEYS.clientSecret,
      BASIC,
    ])
      expect(text).not.toContain(secret)
  })

  it('refuses a successful answer that holds our token or keys: 502, nothing of it relayed', async () => {
    const echoes: [string, (request: Request) => string][] = [
      ['the access token', (r) => r.headers.get('authorization')?.slice('Bearer '.length) ?? ''],
      ['the client secret', () => KEYS.clientSecret],
      ['the client id', () => KEYS.clientId],
      ['the Basic credential', () => BASIC],
    ]
    for (const [what, echoed] of echoes) {
      const { app, calls } = setup((r) =>
        isSales(r)
          ? json({ items: [{ reference: `echo ${echoed(r)}` }], cursor: null, hasMore: false })
          : null,
      )
      const response = await app.request(PAGE)
      const text = await response.clone().text()
      await expectProblem(response, 502)
      const bearer = calls.find(isSales)?.headers.get('authorization')?.slice('Bearer '.length) ?? ''
      for (const secret of [bearer, KEYS.clientId, KEYS.clientSecret, BASIC])
        expect(text, what).not.toContain(secret)
      expect(text).not.toContain('echo')
    }
  })

  it('drops a body that is not problem details, and passes the problem title and detail through', async () => {
    const plain = setup((r) =>
      isSales(r) ? new Response('<html>Authorization: Bearer abc.def</html>', { status: 500 }) : null,
    )
    const dropped = await expectProblem(await plain.app.request(PAGE), 500)
    expect(dropped.detail).toBeUndefined()
    const unknown = setup(() => null)
    const notFound = await expectProblem(
      await unknown.app.request('/api/sales/report/v1/ledgers/999999'),
      404,
    )
    expect(notFound.detail).toContain('Ledger not found')
  })
})

describe('concurrent upstream calls', () => {
  it('are capped; a bounded queue waits, and beyond it the proxy answers 503 with Retry-After', async () => {
    let inFlight = 0
    let most = 0
    const waiting: (() => void)[] = []
    let reached: () => void = () => {}
    const twoInFlight = new Promise<void>((resolve) => {
      reached = resolve
    })
    const { app, calls } = setup(
      (r) => {
        if (!isSales(r)) return null
        inFlight++
        most = Math.max(most, inFlight)
        if (inFlight === 2) reached()
        return new Promise<Response | null>((resolve) =>
          waiting.push(() => {
            inFlight--
            resolve(null)
          }),
        )
      },
      {},
      { UPSTREAM_MAX_CONCURRENT: '2', UPSTREAM_QUEUE_LENGTH: '3' },
    )
    const responses = Array.from({ length: 10 }, () => app.request(PAGE))
    await twoInFlight
    // Release held calls one at a time; each frees a slot for one queued call.
    const settled = Promise.all(responses)
    while (calls.filter(isSales).length < 5 || waiting.length > 0) {
      const release = waiting.shift()
      if (release) release()
      await new Promise((resolve) => setImmediate(resolve))
    }
    const answers = await settled
    expect(most).toBe(2)
    expect(answers.filter((r) => r.status === 200)).toHaveLength(5)
    const refused = answers.filter((r) => r.status === 503)
    expect(refused).toHaveLength(5)
    for (const response of refused) {
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
    }
    expect(calls.filter(isSales)).toHaveLength(5)
  })
})

describe('refused accounting keys', () => {
  it('are remembered for a while: a page load makes one token request, and the answer says what to check', async () => {
    let now = Date.parse('2026-11-26T14:00:00Z')
    const { app, calls } = setup(
      () => null,
      {},
      { VIPPS_CLIENT_SECRET: 'not-the-right-secret' },
      () => now,
    )
    const paths = [
      '/api/settlement/v1/ledgers',
      ...Array.from(
        { length: 19 },
        (_, i) =>
          `/api/sales/report/v1/ledgers/302321/dates/2026-11-${String(i + 1).padStart(2, '0')}?pageSize=1000`,
      ),
    ]
    const answers = await Promise.all(paths.map((path) => app.request(path)))
    const later = await Promise.all(paths.map((path) => app.request(path)))
    expect(calls.filter(isToken)).toHaveLength(1)
    expect(calls.filter(isSales)).toHaveLength(0)
    for (const response of [...answers, ...later]) {
      const body = await expectProblem(response, 502)
      expect(body.title).toBe('Vipps MobilePay avviste regnskapsnøklene')
      expect(body.detail).toMatch(/VIPPS_CLIENT_ID og VIPPS_CLIENT_SECRET/)
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    now += 31_000
    await expectProblem(await app.request('/api/settlement/v1/ledgers'), 502)
    expect(calls.filter(isToken)).toHaveLength(2)
  })
})
