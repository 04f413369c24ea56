import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { createApiRoutes } from './api-routes'
import { cookieLanguage, createAuth, REFUSED_PAGE } from './auth'
import { createClientAddress } from './client-address'
import type { ServerConfig } from './config'
import { dataSourceOf } from './data-source'
import { createKnownLedgers } from './known-ledgers'
import { replyWithProblem } from './reply-with-problem'
import { allowKnownHosts, limitRequestBody, sameOriginOnly } from './request-guards'
import { securityHeaders } from './security-headers'
import { createUpstream, type FetchLike, UpstreamFault } from './upstream'
import { createVoucherRoutes } from './voucher-routes'
import { createVoucherStore } from './voucher-store'

const VOUCHER_API = '/api/vouchers'

const namesAFile = (path: string) => path.startsWith('/assets/') || /^\/[^/]*\.[^/]*$/.test(path)

export interface AppDeps {
  config: ServerConfig
  /** How the proxy reaches upstream: the real network, or the simulator in demo mode. */
  fetch: FetchLike
  log?: (line: string) => void
  /** The clock of the login limits and of refused keys (tests move it). */
  now?: () => number
  /** In demo mode, what shapes the simulated data (its knobs), for the data source's fingerprint. */
  demoData?: unknown
}

/** The proxy: /api for the documented read endpoints, everything else is the single-page app. */
export function createApp({ config, fetch, log = () => {}, now = Date.now, demoData }: AppDeps) {
  const upstream = createUpstream({
    baseUrl: config.baseUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    timeoutMs: config.upstreamTimeoutMs,
    maxBodyBytes: config.upstreamMaxBodyBytes,
    maxConcurrent: config.upstreamMaxConcurrent,
    queueLength: config.upstreamQueueLength,
    maxQueueWaitMs: config.upstreamMaxQueueWaitMs,
    refusedKeysMemoryMs: config.refusedKeysMemoryMs,
    fetch,
    now,
    systemName: config.systemName,
    systemVersion: config.systemVersion,
  })
  const app = new Hono()

  app.use(securityHeaders)
  app.use(allowKnownHosts(config))
  app.use(limitRequestBody)
  // The API is read-only, but for the voucher settings and export memory: anything else but GET is
  // refused before routing (HEAD included), before the login and the same-origin check.
  app.use('/api/*', async (c, next) =>
    c.req.method === 'GET' || c.req.path.startsWith(`${VOUCHER_API}/`)
      ? next()
      : replyWithProblem(c, 405, 'Method not allowed', 'This API is read-only: use GET', { Allow: 'GET' }),
  )
  app.use(sameOriginOnly)
  if (config.dashboardPassword) {
    const auth = createAuth({
      password: config.dashboardPassword,
      clientAddress: createClientAddress(config.trustProxy),
      now,
    })
    app.use(auth.requireSession)
    app.route('/', auth.routes)
  }
  // State-changing, so behind the login and the same-origin check.
  app.route(
    VOUCHER_API,
    createVoucherRoutes(
      createVoucherStore({ dir: config.dataDir, now: () => new Date(now()) }),
      createKnownLedgers(upstream, now),
      now,
    ),
  )
  app.use('/api/*', async (c, next) => {
    const started = performance.now()
    await next()
    log(
      `${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${Math.round(performance.now() - started)}ms`,
    )
  })
  app.route(
    '/api',
    createApiRoutes({
      upstream,
      mode: config.mode,
      login: config.dashboardPassword !== null,
      source: dataSourceOf(config, demoData),
      salesDataFrom: config.salesDataFrom,
    }),
  )

  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  // Browsers ask for the icon again on every in-app navigation; let them keep it.
  app.use('/favicon.*', async (c, next) => {
    await next()
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=86400')
  })
  if (existsSync(config.distDir)) {
    // The app page names the current assets: revalidate it, so a new build is picked up.
    app.use('*', async (c, next) => {
      await next()
      if (c.res.headers.get('content-type')?.startsWith('text/html') && !c.res.headers.has('cache-control'))
        c.header('Cache-Control', 'no-cache')
    })
    app.get('*', serveStatic({ root: config.distDir }))
    // Any other path is a route of the single-page app, unless it names a file (under /assets/,
    // or a dotted name at the top such as /favicon.ico): a missing file is a 404.
    const serveApp = serveStatic({ root: config.distDir, path: 'index.html' })
    app.get('*', (c, next) => (namesAFile(new URL(c.req.url).pathname) ? next() : serveApp(c, next)))
  }
  const notFound = existsSync(join(config.distDir, 'index.html'))
    ? undefined
    : 'The dashboard has not been built: run npm start'
  app.all('*', (c) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? replyWithProblem(c, 404, 'Not found', notFound)
      : replyWithProblem(c, 405, 'Method not allowed', undefined, { Allow: 'GET' }),
  )

  app.onError((error, c) => {
    // A form post refused by the same-origin check lands in the browser: a page, not JSON.
    if (error instanceof HTTPException && error.status === 403 && !c.req.path.startsWith('/api/'))
      return c.html(REFUSED_PAGE(config.dashboardPassword !== null, cookieLanguage(c)), 403, {
        'Cache-Control': 'no-store',
      })
    if (error instanceof HTTPException && error.status < 500) {
      const title =
        error.status === 403 ? 'Refused: this request did not come from the dashboard itself' : error.message
      return replyWithProblem(c, error.status, title || 'Refused')
    }
    if (error instanceof UpstreamFault) {
      log(`upstream fault: ${error.status} ${error.title}`)
      const retryAfter = error.retryAfterSeconds
      return replyWithProblem(
        c,
        error.status,
        error.title,
        error.detail,
        retryAfter ? { 'Retry-After': String(retryAfter) } : {},
        error.type,
      )
    }
    log(`internal error: ${error.name}`)
    return replyWithProblem(c, 500, 'Internal error in the dashboard server')
  })

  return app
}
