/**
 * Load test of the proxy's cap on concurrent upstream calls (issue 14, point 11):
 * `npx tsx bench/proxy-load.ts [requests] [upstreamLatencyMs]`
 *
 * Starts a slow fake Vipps (every sales page takes `upstreamLatencyMs`), starts the real server
 * (src/server/main.ts) in its own process against it, fires `requests` page requests at once,
 * and reports: upstream calls in flight at most, answers by status, p50/p99 latency, and the
 * server's RSS before, at its peak (VmHWM) and after. Run it once with the default cap and once
 * with the cap lifted (UPSTREAM_MAX_CONCURRENT=1000 UPSTREAM_QUEUE_LENGTH=100000) to compare.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Agent, createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Simulator } from '../src/mocks/simulator'
import { percentile } from './lib/stats'

const REQUESTS = Number(process.argv[2] ?? 2000)
const LATENCY_MS = Number(process.argv[3] ?? 1000)
const PORT = Number(process.env.LOAD_PORT ?? 8822)
const LEDGER = '302321'

/** A realistic page body: 100 events of the café from the simulator, generated once. */
function pageBody(): string {
  const sim = new Simulator({ fixedNow: Date.parse('2026-11-26T14:00:00Z'), seed: 'load' })
  const merchant = sim.store.merchant(LEDGER)
  if (!merchant) throw new Error('no café in the simulator')
  const items = sim.store.visibleEventsOf(merchant, '2026-11-20').slice(0, 100)
  return JSON.stringify({ items, cursor: 'next', hasMore: true })
}

function startSlowUpstream(body: string) {
  const stats = { inFlight: 0, most: 0, calls: 0, tokenCalls: 0 }
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/miami/v1/token')) {
      stats.tokenCalls++
      req.resume()
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ access_token: 'load-test-token', token_type: 'Bearer', expires_in: 900 }))
      return
    }
    stats.calls++
    stats.inFlight++
    stats.most = Math.max(stats.most, stats.inFlight)
    const timer = setTimeout(() => {
      stats.inFlight--
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(body)
    }, LATENCY_MS)
    res.on('close', () => {
      if (!res.writableFinished) {
        clearTimeout(timer)
        stats.inFlight--
      }
    })
  })
  return new Promise<{ server: Server; url: string; stats: typeof stats }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stats }),
    ),
  )
}

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN)
  return kb / 1024
}

async function startProxy(upstreamUrl: string): Promise<ChildProcess> {
  // `node --import tsx` (not npx): the child's pid is the server's own, for /proc/<pid>/status.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      VIPPS_CLIENT_ID: 'load-client',
      VIPPS_CLIENT_SECRET: 'load-secret',
      VIPPS_BASE_URL: upstreamUrl,
      DIST_DIR: 'dist',
      LOG_REQUESTS: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return child
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill('SIGTERM')
  throw new Error('server did not start')
}

async function main() {
  const upstream = await startSlowUpstream(pageBody())
  const proxy = await startProxy(upstream.url)
  const pid = proxy.pid as number
  // One socket per request, as 2 000 browsers would open (node:http, no pooling limit).
  const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY })
  const get = (i: number) =>
    new Promise<{ status: number; ms: number }>((resolve) => {
      const started = performance.now()
      const day = String((i % 28) + 1).padStart(2, '0')
      const path = `/api/sales/report/v1/ledgers/${LEDGER}/dates/2026-10-${day}?pageSize=100`
      const done = (status: number) => resolve({ status, ms: performance.now() - started })
      request({ host: '127.0.0.1', port: PORT, path, agent }, (res) => {
        res.resume()
        res.on('end', () => done(res.statusCode ?? 0))
        res.on('error', () => done(0))
      })
        .on('error', () => done(0))
        .end()
    })
  try {
    for (let i = 0; i < 5; i++) await get(i)
    await new Promise((resolve) => setTimeout(resolve, 500))
    upstream.stats.most = 0
    const rssBefore = rssMb(pid, 'VmRSS')
    const hwmBefore = rssMb(pid, 'VmHWM')
    const started = performance.now()
    const results = await Promise.all(Array.from({ length: REQUESTS }, (_, i) => get(i)))
    const wallMs = performance.now() - started
    const rssAfter = rssMb(pid, 'VmRSS')
    const peak = rssMb(pid, 'VmHWM')
    const byStatus = new Map<number, number>()
    for (const r of results) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1)
    const all = results.map((r) => r.ms).sort((a, b) => a - b)
    const ok = results
      .filter((r) => r.status === 200)
      .map((r) => r.ms)
      .sort((a, b) => a - b)
    const refused = results
      .filter((r) => r.status === 503)
      .map((r) => r.ms)
      .sort((a, b) => a - b)
    const fmt = (xs: number[]) =>
      xs.length ? `p50 ${percentile(xs, 50).toFixed(0)} ms, p99 ${percentile(xs, 99).toFixed(0)} ms` : '–'
    console.log(
      JSON.stringify(
        {
          requests: REQUESTS,
          upstreamLatencyMs: LATENCY_MS,
          cap: process.env.UPSTREAM_MAX_CONCURRENT ?? 'default (16)',
          queue: process.env.UPSTREAM_QUEUE_LENGTH ?? 'default (200)',
          upstreamCallsInFlightAtMost: upstream.stats.most,
          upstreamCalls: upstream.stats.calls,
          tokenCalls: upstream.stats.tokenCalls,
          answers: Object.fromEntries([...byStatus].sort()),
          latencyAll: fmt(all),
          latency200: fmt(ok),
          latency503: fmt(refused),
          wallMs: Math.round(wallMs),
          rssBeforeMb: Math.round(rssBefore),
          rssPeakMb: Math.round(Math.max(peak, hwmBefore)),
          rssAfterMb: Math.round(rssAfter),
        },
        null,
        2,
      ),
    )
  } finally {
    agent.destroy()
    proxy.kill('SIGTERM')
    upstream.server.close()
  }
}

await main()
