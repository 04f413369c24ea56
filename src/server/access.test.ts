import { describe, expect, it } from 'vitest'
import { createApp } from './app'
import { ConfigError, configFromEnv } from './config'
import { createDemoFetch } from './demo-upstream'

const PASSWORD = 'correct horse battery staple'

function appWith(env: Record<string, string>) {
  return createApp({ config: configFromEnv({ DIST_DIR: '/nonexistent', ...env }), fetch: createDemoFetch() })
}

const login = (app: ReturnType<typeof appWith>, password: string, headers: Record<string, string> = {}) =>
  app.request('/login', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams({ password }).toString(),
  })

describe('access', () => {
  it('binds to 127.0.0.1 by default and refuses other addresses without a dashboard password', () => {
    expect(configFromEnv({}).host).toBe('127.0.0.1')
    expect(() => configFromEnv({ HOST: '0.0.0.0' })).toThrow(ConfigError)
    expect(() => configFromEnv({ HOST: '192.168.1.20' })).toThrow(/DASHBOARD_PASSWORD/)
    expect(() => configFromEnv({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: 'short' })).toThrow(/12 characters/)
    expect(configFromEnv({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD }).dashboardPassword).toBe(PASSWORD)
    expect(configFromEnv({ HOST: '::1' }).host).toBe('::1')
  })

  it('requires a login for pages and the API when a password is set', async () => {
    const app = appWith({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD })
    const page = await app.request('/')
    expect(page.status).toBe(303)
    expect(page.headers.get('location')).toBe('/login')
    const api = await app.request('/api/settlement/v1/ledgers')
    expect(api.status).toBe(401)
    expect(api.headers.get('content-type')).toBe('application/problem+json')
    const form = await app.request('/login')
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('type="password"')
  })

  it('logs in with an HttpOnly, SameSite=Strict session cookie, Secure behind HTTPS', async () => {
    const app = appWith({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD })
    const wrong = await login(app, 'nope')
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    const ok = await login(app, PASSWORD, { 'X-Forwarded-Proto': 'https' })
    expect(ok.status).toBe(303)
    const cookie = ok.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^salgsoversikt_session=[\w-]{40,};/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).toContain('Secure')
    const session = cookie.split(';')[0] ?? ''
    const api = await app.request('/api/settlement/v1/ledgers', { headers: { Cookie: session } })
    expect(api.status).toBe(200)
    const plain = await login(app, PASSWORD)
    expect(plain.headers.get('set-cookie')).not.toContain('Secure')
    const forged = await app.request('/api/settlement/v1/ledgers', {
      headers: { Cookie: 'salgsoversikt_session=forged' },
    })
    expect(forged.status).toBe(401)
  })

  it('rate-limits failed attempts', async () => {
    const app = appWith({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await login(app, `guess ${i}`)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
    const blocked = await login(app, PASSWORD)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('sends security headers on every response', async () => {
    const app = appWith({})
    for (const path of ['/api/health', '/api/nope', '/', '/api/sales/report/v1/ledgers/x%2Fy']) {
      const response = await app.request(path)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain("script-src 'self' 'unsafe-inline'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('same-origin')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
    }
  })
})
