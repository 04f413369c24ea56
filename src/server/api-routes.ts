import { type Context, Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { describeStatus } from '../api/problem'
import { problemResponse } from './problem-response'
import type { Upstream } from './upstream'
import { validateApiRequest } from './validate-request'

const MAX_UPSTREAM_DETAIL = 300

type ApiEnv = { Variables: { upstreamPath: string } }

/** Checks path and query before anything goes upstream; a bad request never leaves the proxy. */
const validateRequest = createMiddleware<ApiEnv>(async (c, next) => {
  const url = new URL(c.req.url)
  const apiPath = url.pathname.replace(/^\/api/, '')
  const result = validateApiRequest(apiPath, url.searchParams)
  if (!result.ok) return problemResponse(c, result.status, result.title, result.detail)
  c.set('upstreamPath', result.upstreamPath)
  await next()
})

async function upstreamDetail(response: Response): Promise<string | undefined> {
  const text = await response.text()
  try {
    const body = JSON.parse(text) as { title?: unknown; detail?: unknown }
    const parts = [body.title, body.detail].filter(
      (part): part is string => typeof part === 'string' && part !== '',
    )
    return parts.join(': ').slice(0, MAX_UPSTREAM_DETAIL) || undefined
  } catch {
    return text.replace(/\s+/g, ' ').trim().slice(0, MAX_UPSTREAM_DETAIL) || undefined
  }
}

export function createApiRoutes(deps: { upstream: Upstream; mode: 'demo' | 'vipps'; login: boolean }) {
  const api = new Hono<ApiEnv>()

  // `login` tells the app whether to offer a logout control.
  api.get('/health', (c) => c.json({ mode: deps.mode, login: deps.login }))

  api.get('/settlement/*', validateRequest, relay)
  api.get('/sales/*', validateRequest, relay)

  async function relay(c: Context<ApiEnv>) {
    const response = await deps.upstream.get(c.get('upstreamPath'))
    if (response.ok) {
      return c.body(await response.text(), 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
    }
    const status = response.status
    const retryAfter = response.headers.get('retry-after')
    const detail = await upstreamDetail(response)
    return problemResponse(
      c,
      status >= 400 && status <= 599 ? status : 502,
      `${describeStatus(status)} (Vipps MobilePay answered ${status})`,
      detail,
      retryAfter ? { 'Retry-After': retryAfter } : {},
    )
  }

  api.all('*', (c) =>
    c.req.method === 'GET'
      ? problemResponse(c, 404, 'Unknown API path', 'Only the documented read endpoints are available')
      : problemResponse(c, 405, 'Method not allowed', 'This API is read-only: use GET', { Allow: 'GET' }),
  )

  return api
}
