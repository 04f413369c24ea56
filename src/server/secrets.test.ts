import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Simulator } from '../mocks/simulator'
import fakeKeys from '../testing/fake-keys.json'
import { startFakeUpstream } from '../testing/fake-upstream'
import { createApp } from './app'
import { configFromEnv } from './config'

// The same fake keys are in the environment of `npm test`'s build (.ci/test.mjs).
const CLIENT_ID = fakeKeys.clientId
const CLIENT_SECRET = fakeKeys.clientSecret
const BASIC = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')

describe('secrets never leave the server', () => {
  const sim = new Simulator({ fixedNow: Date.parse('2026-11-26T14:00:00Z'), errorRate: 0, lookupMiss: '404' })
  const logs: string[] = []
  const seen: string[] = []
  let upstream: { server: Server; url: string }
  let proxy: ReturnType<typeof serve>
  let proxyUrl = ''

  beforeAll(async () => {
    upstream = await startFakeUpstream(sim, { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })
    const config = configFromEnv({
      VIPPS_CLIENT_ID: CLIENT_ID,
      VIPPS_CLIENT_SECRET: CLIENT_SECRET,
      VIPPS_BASE_URL: upstream.url,
      // The timeout is not under test here: a busy machine must not turn a 404 into a 504.
      UPSTREAM_TIMEOUT_MS: '120000',
      DIST_DIR: '/nonexistent',
    })
    const app = createApp({ config, fetch: (r) => fetch(r), log: (line) => logs.push(line) })
    await new Promise<void>((resolve) => {
      proxy = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
        proxyUrl = `http://127.0.0.1:${info.port}`
        resolve()
      })
    })
  })

  afterAll(() => {
    proxy?.close()
    upstream?.server.close()
  })

  const record = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${proxyUrl}${path}`, init)
    seen.push(
      `${response.status} ${JSON.stringify(Object.fromEntries(response.headers))} ${await response.text()}`,
    )
    return response.status
  }

  it('answers ledgers, pages, bad requests, upstream errors and token renewals without leaking keys or tokens', async () => {
    expect(await record('/api/settlement/v1/ledgers')).toBe(200)
    expect(await record('/api/sales/report/v1/ledgers/302321/dates/2026-11-20?pageSize=1000')).toBe(200)
    expect(await record('/api/sales/report/v1/ledgers/302321/dates/2026-02-30')).toBe(400)
    expect(await record('/api/sales/report/v1/ledgers/999999')).toBe(404)
    expect(await record('/api/sales/report/v1/ledgers/302321/references/nope')).toBe(404)
    sim.expireAllTokens()
    expect(await record('/api/sales/report/v1/ledgers/302321?pageSize=3')).toBe(200)
    sim.knobs.errorRate = 1
    expect(await record('/api/sales/report/v1/ledgers/302321?pageSize=3')).toBeGreaterThanOrEqual(500)
    sim.knobs.errorRate = 0
    expect(await record('/api/health')).toBe(200)

    const tokens = sim.requestLog
      .map((r) => r.headers.authorization ?? '')
      .filter((h) => h.startsWith('Bearer '))
    expect(tokens.length).toBeGreaterThan(0)
    const secrets = [CLIENT_ID, CLIENT_SECRET, BASIC, ...tokens.map((t) => t.slice(7))]
    const everything = [...seen, ...logs].join('\n')
    expect(logs.length).toBeGreaterThan(5)
    for (const secret of secrets) expect(everything).not.toContain(secret)
  })

  it('does not leak the keys in errors when the keys are refused', async () => {
    const config = configFromEnv({
      VIPPS_CLIENT_ID: CLIENT_ID,
      VIPPS_CLIENT_SECRET: 'WRONG-SECRET-1234',
      VIPPS_BASE_URL: upstream.url,
      UPSTREAM_TIMEOUT_MS: '120000',
      DIST_DIR: '/nonexistent',
    })
    const errors: string[] = []
    const app = createApp({ config, fetch: (r) => fetch(r), log: (line) => errors.push(line) })
    const response = await app.request('/api/settlement/v1/ledgers')
    expect(response.status).toBe(502)
    const text = `${await response.text()} ${errors.join(' ')}`
    expect(text).toContain('Vipps MobilePay avviste regnskapsnøklene')
    for (const secret of [CLIENT_ID, 'WRONG-SECRET-1234', CLIENT_SECRET]) expect(text).not.toContain(secret)
  })

  it('keeps the keys out of the built app and server even when they were in the build environment', () => {
    // `npm test` builds once, with the fake keys in the environment, before the unit tests, and
    // stamps that build; this test searches that output instead of building again.
    const stamp = join('.tmp', 'build-env.json')
    const outputs = [join('dist', 'index.html'), join('dist-server', 'main.js')]
    const missing = [stamp, ...outputs].filter((file) => !existsSync(file))
    if (missing.length > 0)
      throw new Error(
        `Missing ${missing.join(', ')}: run \`npm test\`, which builds with fake keys in the environment before the unit tests`,
      )
    const stampedAt = statSync(stamp).mtimeMs
    const rebuilt = outputs.filter((file) => statSync(file).mtimeMs > stampedAt)
    if (rebuilt.length > 0)
      throw new Error(
        `${rebuilt.join(' and ')} changed after \`npm test\`'s build with fake keys: run \`npm test\` again`,
      )
    expect(JSON.parse(readFileSync(stamp, 'utf8')).keysInEnvironment).toEqual(
      expect.arrayContaining(['VIPPS_CLIENT_ID', 'VIPPS_CLIENT_SECRET', 'VITE_VIPPS_CLIENT_SECRET']),
    )

    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else files.push(path)
      }
    }
    walk('dist')
    walk('dist-server')
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(1)
    for (const file of files) {
      const content = readFileSync(file, 'latin1')
      expect(content).not.toContain(CLIENT_ID)
      expect(content).not.toContain(CLIENT_SECRET)
    }
  })
})
