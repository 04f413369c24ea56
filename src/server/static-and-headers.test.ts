import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app'
import { configFromEnv } from './config'
import { createDemoFetch } from './demo-upstream'
import { startServer } from './start'

const PASSWORD = 'correct horse battery staple'

function builtApp(env: Record<string, string> = {}) {
  const dist = mkdtempSync(join(tmpdir(), 'salgsoversikt-dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Salgsoversikt</title><div id="root"></div>')
  writeFileSync(join(dist, 'assets', 'index-Abc123.js'), 'console.log(1)')
  writeFileSync(join(dist, 'favicon.png'), 'png')
  const app = createApp({ config: configFromEnv({ DIST_DIR: dist, ...env }), fetch: createDemoFetch() })
  return { app, dist }
}

function expectSecurityHeaders(response: Response, what: string) {
  const csp = response.headers.get('content-security-policy') ?? ''
  expect(csp, what).toContain("script-src 'self'")
  expect(csp, what).not.toContain("'unsafe-inline' 'self'")
  expect(csp, what).toContain("frame-ancestors 'none'")
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff')
  expect(response.headers.get('referrer-policy'), what).toBe('same-origin')
  expect(response.headers.get('x-frame-options'), what).toBe('DENY')
}

describe('static files', () => {
  it('answers a missing asset with 404, not the app page with a one-year cache', async () => {
    const { app } = builtApp()
    for (const path of [
      '/assets/index-DOESNOTEXIST.js',
      '/assets/missing.css',
      '/favicon.ico',
      '/robots.txt',
    ]) {
      const response = await app.request(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type'), path).not.toContain('text/html')
      expect(response.headers.get('cache-control') ?? '', path).not.toContain('immutable')
    }
  })

  it('serves built assets immutable, and app routes as the app page that is revalidated', async () => {
    const { app } = builtApp()
    const asset = await app.request('/assets/index-Abc123.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toContain('immutable')
    for (const path of ['/', '/orders/ordre.123?ledger=302321', '/insights?from=2026-11-01']) {
      const page = await app.request(path)
      expect(page.status, path).toBe(200)
      expect(page.headers.get('content-type'), path).toContain('text/html')
      expect(page.headers.get('cache-control'), path).toBe('no-cache')
    }
  })
})

describe('security headers', () => {
  it('are on every answer, errors included', async () => {
    const { app } = builtApp({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD })
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' }
    const cases: [string, Response | Promise<Response>][] = [
      ['login page', app.request('/login')],
      ['redirect to login', app.request('/')],
      ['401 api', app.request('/api/settlement/v1/ledgers')],
      ['400 unknown host', app.request('http://evil.example/login')],
      [
        '403 cross-site post',
        app.request('/logout', { method: 'POST', headers: { ...form, Origin: 'https://evil.example' } }),
      ],
      ['405 api method', app.request('/api/settlement/v1/ledgers', { method: 'DELETE' })],
      [
        '413 body',
        app.request('/login', {
          method: 'POST',
          headers: { ...form, 'Sec-Fetch-Site': 'same-origin' },
          body: 'x'.repeat(100_000),
        }),
      ],
      ['404 asset', app.request('/favicon.ico')],
    ]
    for (const [what, response] of cases) expectSecurityHeaders(await response, what)
  })

  describe('from the running server', () => {
    let server: Server
    let port = 0
    beforeAll(async () => {
      server = await startServer({ PORT: '0', DIST_DIR: builtApp().dist }, () => {})
      port = (server.address() as { port: number }).port
    })
    afterAll(() => server?.close())

    /** A raw HTTP request, for what fetch() refuses to send. */
    const raw = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(text))
        let answer = ''
        socket.on('data', (chunk) => {
          answer += chunk.toString('latin1')
        })
        socket.on('end', () => resolve(answer))
        socket.on('error', reject)
      })

    it('keeps idle connections open longer than a proxy in front does (no reset on a reused connection)', () => {
      expect(server.keepAliveTimeout).toBeGreaterThan(60_000)
      expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout)
    })

    it('are on a request the HTTP layer refuses (a malformed Host header)', async () => {
      const answer = await raw('GET /api/health HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n')
      expect(answer).toMatch(/^HTTP\/1\.1 400/)
      expect(answer.toLowerCase()).toContain("content-security-policy: default-src 'self'")
      expect(answer.toLowerCase()).toContain('x-content-type-options: nosniff')
    })
  })
})
