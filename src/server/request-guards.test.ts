import { describe, expect, it } from 'vitest'
import { createApp } from './app'
import { configFromEnv } from './config'
import { createDemoFetch } from './demo-upstream'
import type { FetchLike } from './upstream'

const PASSWORD = 'correct horse battery staple'
const LEDGERS = '/api/settlement/v1/ledgers'
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }
const SAME_ORIGIN = { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' }

function appWith(env: Record<string, string> = {}) {
  const demo = createDemoFetch()
  const upstreamCalls: string[] = []
  const fetch: FetchLike = (request) => {
    upstreamCalls.push(request.url)
    return demo(request)
  }
  const app = createApp({ config: configFromEnv({ DIST_DIR: '/nonexistent', ...env }), fetch })
  return { app, upstreamCalls }
}

/** A body of `total` bytes produced on demand, counting how much of it the server pulled. */
function largeBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61)
  let sent = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close()
      sent += chunk.length
      controller.enqueue(chunk)
    },
  })
  return { stream, pulled: () => sent }
}

const loggedIn = async (app: ReturnType<typeof appWith>['app']) => {
  const response = await app.request('/login', {
    method: 'POST',
    headers: { ...FORM, ...SAME_ORIGIN },
    body: new URLSearchParams({ password: PASSWORD }).toString(),
  })
  expect(response.status).toBe(303)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

describe('request bodies', () => {
  it.each([
    ['the login form', { HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD }, '/login'],
    ['any other path', {}, '/anything'],
  ])('are refused with 413 once they pass the limit: %s', async (_, env, path) => {
    const { app } = appWith(env)
    const body = largeBody(50 * 1024 * 1024)
    const response = await app.request(path, {
      method: 'POST',
      headers: { ...FORM, ...SAME_ORIGIN },
      body: body.stream,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(body.pulled()).toBeLessThan(1024 * 1024)
  })
})

describe('the Host header', () => {
  it.each([
    'http://localhost:8787',
    'http://127.0.0.1:8787',
    'http://[::1]:8787',
    'http://192.168.1.20:8787',
    'http://[fe80::1]:8787',
  ])('is accepted for loopback names and IP addresses: %s', async (origin) => {
    const { app } = appWith()
    expect((await app.request(`${origin}${LEDGERS}`)).status).toBe(200)
  })

  it.each([
    'http://attacker.example',
    'http://attacker.example:8787',
    'http://localhost.attacker.example',
    'http://127.0.0.1.nip.io',
  ])('is refused for any other name (DNS rebinding), without an upstream call: %s', async (origin) => {
    const { app, upstreamCalls } = appWith()
    const response = await app.request(`${origin}${LEDGERS}`)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.text()).not.toContain('items')
    expect((await app.request(`${origin}/`)).status).toBe(400)
    expect(upstreamCalls).toEqual([])
  })

  it('says which setting lets a name in, when it refuses one', async () => {
    const { app } = appWith({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD })
    const response = await app.request(`http://salg-pc.local:8787/`)
    expect(response.status).toBe(400)
    const problem = (await response.json()) as { title: string; detail: string }
    expect(problem.detail).toContain('salg-pc.local')
    expect(problem.detail).toMatch(/PUBLIC_HOSTNAMES=salg-pc\.local/)
    expect(problem.detail).toMatch(/restart/)
  })

  it('accepts the names in PUBLIC_HOSTNAMES, in any case', async () => {
    const { app } = appWith({ PUBLIC_HOSTNAMES: 'dash.example.com' })
    expect((await app.request(`https://Dash.Example.com${LEDGERS}`)).status).toBe(200)
    expect((await app.request(`https://dash.example.com.evil.example${LEDGERS}`)).status).toBe(400)
  })
})

describe('state-changing requests from another site', () => {
  it('cannot end a session (logout CSRF) or log a browser in (login CSRF)', async () => {
    const { app } = appWith({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD })
    const session = await loggedIn(app)
    const crossSite: Record<string, string>[] = [
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'http://localhost.evil.example' },
      {},
    ]
    for (const headers of crossSite) {
      const logout = await app.request('/logout', {
        method: 'POST',
        headers: { ...FORM, ...headers, Cookie: session },
      })
      expect(logout.status).toBe(403)
      expect(logout.headers.get('content-type')).toContain('text/html')
      expect((await app.request(LEDGERS, { headers: { Cookie: session } })).status).toBe(200)
      const login = await app.request('/login', {
        method: 'POST',
        headers: { ...FORM, ...headers },
        body: new URLSearchParams({ password: PASSWORD }).toString(),
      })
      expect(login.status).toBe(403)
      expect(login.headers.get('set-cookie')).toBeNull()
    }
  })

  it('logs out from the same origin, including a secure context that sends Origin: null and Sec-Fetch-Site', async () => {
    const { app } = appWith({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD })
    const session = await loggedIn(app)
    const logout = await app.request('/logout', {
      method: 'POST',
      headers: { ...FORM, Origin: 'null', 'Sec-Fetch-Site': 'same-origin', Cookie: session },
    })
    expect(logout.status).toBe(303)
    expect((await app.request(LEDGERS, { headers: { Cookie: session } })).status).toBe(401)
    const other = await loggedIn(app)
    const viaOrigin = await app.request('/logout', {
      method: 'POST',
      headers: { ...FORM, Origin: 'http://localhost', Cookie: other },
    })
    expect(viaOrigin.status).toBe(303)
  })
})

/**
 * At the address the server prints for other machines (http://<IP>:port) Chromium is not in a
 * secure context: it sends no Sec-Fetch-*, so only the Origin tells the page's own forms from
 * another site's. Headers as Chromium 156 sent them there (recorded with Playwright).
 */
describe('form posts at http://<IP address>', () => {
  const SITE = 'http://192.0.2.2:8991'
  const CHROMIUM = {
    ...FORM,
    Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
    'Upgrade-Insecure-Requests': '1',
  }
  const lanApp = () => appWith({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD }).app
  const logInFrom = (app: ReturnType<typeof lanApp>, headers: Record<string, string>) =>
    app.request(`${SITE}/login`, {
      method: 'POST',
      headers: { ...CHROMIUM, ...headers },
      body: new URLSearchParams({ password: PASSWORD, next: '/?ledger=302322' }).toString(),
    })

  it('tell the browser to send their origin with their own form posts (Referrer-Policy: same-origin)', async () => {
    const app = lanApp()
    const wrong = await app.request(`${SITE}/login`, {
      method: 'POST',
      headers: { ...CHROMIUM, Origin: SITE },
      body: 'password=wrong',
    })
    for (const page of [await app.request(`${SITE}/login`), wrong])
      expect(page.headers.get('referrer-policy')).toBe('same-origin')
  })

  it('log in and out with what Chromium then sends: the page’s Origin and Referer, no Sec-Fetch-Site', async () => {
    const app = lanApp()
    const login = await logInFrom(app, { Origin: SITE, Referer: `${SITE}/login?next=%2F%3Fledger%3D302322` })
    expect(login.status).toBe(303)
    expect(login.headers.get('location')).toBe('/?ledger=302322')
    const session = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect((await app.request(`${SITE}${LEDGERS}`, { headers: { Cookie: session } })).status).toBe(200)
    const logout = await app.request(`${SITE}/logout`, {
      method: 'POST',
      headers: { ...CHROMIUM, Origin: SITE, Referer: `${SITE}/?ledger=302322`, Cookie: session },
    })
    expect(logout.status).toBe(303)
    expect((await app.request(`${SITE}${LEDGERS}`, { headers: { Cookie: session } })).status).toBe(401)
  })

  it.each([
    ['a page with Referrer-Policy: no-referrer, or another site hiding its origin', { Origin: 'null' }],
    ['another site', { Origin: 'http://evil.example' }],
    ['the same address on another port', { Origin: 'http://192.0.2.2:8992' }],
  ])('refuse a form post from %s with a Norwegian page and a way back to the login', async (_, headers) => {
    const app = lanApp()
    const refused = await logInFrom(app, headers)
    expect(refused.status).toBe(403)
    expect(refused.headers.get('set-cookie')).toBeNull()
    expect(refused.headers.get('content-type')).toContain('text/html')
    const page = await refused.text()
    expect(page).toContain('<html lang="nb">')
    expect(page).toContain('Forespørselen ble avvist')
    expect(page).toContain('<a href="/login">Til innloggingen</a>')
  })

  it('answer a refused API request with problem+json still', async () => {
    const app = lanApp()
    const login = await logInFrom(app, { Origin: SITE })
    const session = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const refused = await app.request(`${SITE}/api/vouchers/settings/302321`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain', Origin: 'null', Cookie: session },
      body: '{}',
    })
    expect(refused.status).toBe(403)
    expect(refused.headers.get('content-type')).toBe('application/problem+json')
  })
})
