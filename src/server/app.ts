import { existsSync } from 'node:fs'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { createApiRoutes } from './api-routes'
import { createAuth } from './auth'
import type { ServerConfig } from './config'
import { problemResponse } from './problem-response'
import { securityHeaders } from './security-headers'
import { createUpstream, type FetchLike, UpstreamUnavailableError } from './upstream'
import { createVoucherRoutes } from './voucher-routes'
import { createVoucherStore } from './voucher-store'

export interface AppDeps {
  config: ServerConfig
  /** How the proxy reaches upstream: the real network, or the simulator in demo mode. */
  fetch: FetchLike
  log?: (line: string) => void
}

/** The proxy: /api for the documented read endpoints, everything else is the single-page app. */
export function createApp({ config, fetch, log = () => {} }: AppDeps) {
  const upstream = createUpstream({
    baseUrl: config.baseUrl,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    timeoutMs: config.upstreamTimeoutMs,
    fetch,
    systemName: config.systemName,
    systemVersion: config.systemVersion,
  })
  const app = new Hono()

  app.use(securityHeaders)
  if (config.dashboardPassword) {
    const auth = createAuth(config.dashboardPassword)
    app.use(auth.requireSession)
    app.route('/', auth.routes)
  }
  // Voucher settings and export memory: the one state-changing API, so it comes before the read-only rule.
  app.route('/api/vouchers', createVoucherRoutes(createVoucherStore({ dir: config.dataDir })))
  // The API is read-only: anything but GET is refused before routing (HEAD included).
  app.use('/api/*', async (c, next) =>
    c.req.method === 'GET'
      ? next()
      : problemResponse(c, 405, 'Method not allowed', 'This API is read-only: use GET', { Allow: 'GET' }),
  )
  app.use('/api/*', async (c, next) => {
    const started = performance.now()
    await next()
    log(
      `${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${Math.round(performance.now() - started)}ms`,
    )
  })
  app.route('/api', createApiRoutes({ upstream, mode: config.mode }))

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
    app.get('*', serveStatic({ root: config.distDir }))
    // Any other path is a route of the single-page app.
    app.get('*', serveStatic({ root: config.distDir, path: 'index.html' }))
  }
  app.all('*', (c) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? problemResponse(c, 404, 'Not found', 'The dashboard has not been built: run npm start')
      : problemResponse(c, 405, 'Method not allowed', undefined, { Allow: 'GET' }),
  )

  app.onError((error, c) => {
    if (error instanceof UpstreamUnavailableError) {
      log(`upstream unavailable: ${error.message}`)
      return problemResponse(c, error.status, error.message, 'Try again in a moment.')
    }
    log(`internal error: ${error.name}`)
    return problemResponse(c, 500, 'Internal error in the dashboard server')
  })

  return app
}
