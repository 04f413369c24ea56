import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createApp } from './app'
import { createAuth } from './auth'
import { configFromEnv } from './config'
import { createDemoFetch } from './demo-upstream'

const PASSWORD = 'correct horse battery staple'
const LEDGERS = '/api/settlement/v1/ledgers'

function appWith(env: Record<string, string> = {}, now?: () => number) {
  return createApp({
    now,
    config: configFromEnv({
      DIST_DIR: '/nonexistent',
      HOST: '0.0.0.0',
      DASHBOARD_PASSWORD: PASSWORD,
      ...env,
    }),
    fetch: createDemoFetch(),
  })
}
type App = ReturnType<typeof appWith>

/** What @hono/node-server hands the app for a request that arrived from `address`. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } })

const SAME_ORIGIN = { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' }
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

function login(
  app: App,
  password: string,
  options: { address?: string; headers?: Record<string, string>; body?: BodyInit } = {},
) {
  return app.request(
    '/login',
    {
      method: 'POST',
      headers: { ...FORM, ...SAME_ORIGIN, ...options.headers },
      body: options.body ?? new URLSearchParams({ password }).toString(),
      // Streamed bodies need half duplex in Node's Request.
      ...(options.body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit,
    from(options.address ?? '203.0.113.9'),
  )
}

/** A body that arrives only when `gate` opens, so every request is in flight before any is read. */
function gatedBody(text: string, gate: Promise<void>) {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await gate
      controller.enqueue(new TextEncoder().encode(text))
      controller.close()
    },
  })
}

const sessionCookie = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')

describe('login lock-out', () => {
  it('counts concurrent guesses whose bodies arrive together: five are evaluated, the rest refused', async () => {
    const app = appWith()
    let open = () => {}
    const gate = new Promise<void>((resolve) => {
      open = resolve
    })
    const guesses = Array.from({ length: 200 }, (_, i) =>
      login(app, '', {
        body: gatedBody(`password=${encodeURIComponent(i === 193 ? PASSWORD : `guess ${i}`)}`, gate),
      }),
    )
    open()
    const statuses = (await Promise.all(guesses)).map((r) => r.status)
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5)
    expect(statuses.filter((s) => s === 303)).toEqual([])
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(195)
  })

  it('keys the lock-out on the client: a locked address does not stop the right password from another one', async () => {
    const app = appWith()
    for (let i = 0; i < 6; i++) await login(app, `guess ${i}`, { address: '198.51.100.7' })
    expect((await login(app, PASSWORD, { address: '198.51.100.7' })).status).toBe(429)
    expect((await login(app, PASSWORD, { address: '192.0.2.44' })).status).toBe(303)
  })

  it('ignores X-Forwarded-For unless a reverse proxy is trusted', async () => {
    const app = appWith()
    for (let i = 0; i < 5; i++)
      await login(app, `guess ${i}`, { headers: { 'X-Forwarded-For': `10.9.8.${i}` } })
    const rotated = await login(app, 'guess 6', { headers: { 'X-Forwarded-For': '10.9.8.77' } })
    expect(rotated.status).toBe(429)
  })

  it.each([
    ['TRUST_PROXY=127.0.0.1', { TRUST_PROXY: '127.0.0.1' }],
    ['TRUST_PROXY=1', { TRUST_PROXY: '1' }],
  ])('behind a trusted reverse proxy (%s) keys on the forwarded client address', async (_, env) => {
    const app = appWith(env)
    const viaProxy = (client: string) => ({ address: '127.0.0.1', headers: { 'X-Forwarded-For': client } })
    for (let i = 0; i < 5; i++) await login(app, `guess ${i}`, viaProxy('198.51.100.7'))
    expect((await login(app, 'guess 5', viaProxy('198.51.100.7'))).status).toBe(429)
    // The attacker cannot pose as the owner by writing the owner's address in front: the proxy
    // appends the address it saw, and only that last entry is believed.
    expect((await login(app, PASSWORD, viaProxy('192.0.2.44, 198.51.100.7'))).status).toBe(429)
    expect((await login(app, PASSWORD, viaProxy('192.0.2.44'))).status).toBe(303)
  })

  it('lets a browser that logged in before use the right password while its address is locked', async () => {
    const app = appWith()
    const first = await login(app, PASSWORD)
    expect(first.status).toBe(303)
    const device = cookiesOf(first)
      .split('; ')
      .filter((c) => !c.startsWith('salgsoversikt_session='))
      .join('; ')
    expect(device).not.toBe('')
    for (let i = 0; i < 6; i++) await login(app, `guess ${i}`)
    expect((await login(app, PASSWORD)).status).toBe(429)
    const owner = await login(app, PASSWORD, { headers: { Cookie: device } })
    expect(owner.status).toBe(303)
    expect((await app.request(LEDGERS, { headers: { Cookie: sessionCookie(owner) } })).status).toBe(200)
  })

  it('limits guesses by IPv6 network (/64), not by single address', async () => {
    const app = appWith()
    for (let i = 0; i < 5; i++) await login(app, `guess ${i}`, { address: `2001:db8:1:2::${i + 1}` })
    expect((await login(app, 'guess', { address: '2001:db8:1:2:ffff::9' })).status).toBe(429)
    expect((await login(app, PASSWORD, { address: '2001:db8:1:3::1' })).status).toBe(303)
  })
})

describe('the lock-out page', () => {
  const VIEW = '/?ledger=392001&period=custom&from=2026-11-01&to=2026-11-20'
  const withNext = (password: string) => ({
    body: new URLSearchParams({ password, next: VIEW }).toString(),
  })
  const lockedOutAt = async (start: string) => {
    let now = Date.parse(start)
    const app = appWith({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD }, () => now)
    for (let i = 0; i < 5; i++) expect((await login(app, '', withNext(`guess ${i}`))).status).toBe(401)
    return { app, later: (ms: number) => (now += ms) }
  }

  it.each([
    // 08:00:20 UTC is 09:00:20 in Oslo in winter: free again at 09:15:20, so "kl. 09:16", not a minute too early.
    ['in winter (UTC+1)', '2026-11-26T08:00:20Z', 'kl. 09:16'],
    ['in summer (UTC+2)', '2026-06-15T08:00:00Z', 'kl. 10:15'],
  ])('says how long, and until when in Oslo time, %s', async (_, start, clock) => {
    const { app, later } = await lockedOutAt(start)
    const blocked = await login(app, '', withNext(PASSWORD))
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('900')
    expect(await blocked.text()).toContain(`For mange forsøk. Prøv igjen om 15 minutter, ${clock}.`)
    later(14 * 60_000 + 30_000)
    expect(await (await login(app, '', withNext(PASSWORD))).text()).toContain(
      `Prøv igjen om 1 minutt, ${clock}.`,
    )
  })

  it('keeps where the user was going, so the login after the wait still lands there', async () => {
    const { app, later } = await lockedOutAt('2026-11-26T08:00:00Z')
    const blocked = await login(app, '', withNext(PASSWORD))
    expect(blocked.status).toBe(429)
    const html = await blocked.text()
    const next = /name="next" value="([^"]*)"/.exec(html)?.[1]?.replaceAll('&#38;', '&')
    expect(next).toBe(VIEW)
    later(15 * 60_000)
    const after = await login(app, '', {
      body: new URLSearchParams({ password: PASSWORD, next: next ?? '' }).toString(),
    })
    expect(after.status).toBe(303)
    expect(after.headers.get('location')).toBe(VIEW)
  })
})

describe('session and failure records', () => {
  it('are pruned once they have expired', async () => {
    let now = Date.parse('2026-11-26T08:00:00Z')
    const auth = createAuth({
      password: PASSWORD,
      now: () => now,
      clientAddress: (c) => c.req.header('x-test-client') ?? '',
    })
    const app = new Hono()
    app.use(auth.requireSession)
    app.route('/', auth.routes)
    app.get('/data', (c) => c.text('ok'))
    const post = (password: string, client: string) =>
      app.request('/login', {
        method: 'POST',
        headers: { ...FORM, ...SAME_ORIGIN, 'X-Test-Client': client },
        body: new URLSearchParams({ password }).toString(),
      })
    for (let i = 0; i < 300; i++) expect((await post('wrong', `10.0.${i >> 8}.${i & 255}`)).status).toBe(401)
    for (let i = 0; i < 40; i++) expect((await post(PASSWORD, `192.0.2.${i}`)).status).toBe(303)
    expect(auth.tracked()).toEqual({ sessions: 40, failures: 300 })
    now += 13 * 3_600_000
    expect((await app.request('/data')).status).toBe(303)
    expect(auth.tracked()).toMatchObject({ sessions: 0, failures: 0 })
  })
})

describe('coming back after the login', () => {
  it('returns to the page that asked for it, and only to a page of this site', async () => {
    const app = appWith()
    const asked = await app.request('/insights?ledger=302321&period=yesterday')
    expect(asked.status).toBe(303)
    const location = asked.headers.get('location') ?? ''
    expect(location).toBe(`/login?next=${encodeURIComponent('/insights?ledger=302321&period=yesterday')}`)
    expect(await (await app.request(location)).text()).toContain(
      'name="next" value="/insights?ledger=302321&#38;period=yesterday"',
    )
    const post = (next: string) =>
      app.request(
        '/login',
        {
          method: 'POST',
          headers: { ...FORM, ...SAME_ORIGIN },
          body: new URLSearchParams({ password: PASSWORD, next }).toString(),
        },
        from('192.0.2.1'),
      )
    expect((await post('/insights?ledger=302321&period=yesterday')).headers.get('location')).toBe(
      '/insights?ledger=302321&period=yesterday',
    )
    for (const next of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/a\r\nSet-Cookie: x=1',
    ])
      expect((await post(next)).headers.get('location'), next).toBe('/')
  })
})
