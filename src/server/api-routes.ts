import { type Context, Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { describeStatus, PROBLEM_TYPES } from '../api/problem'
import { replyWithProblem } from './reply-with-problem'
import type { Upstream } from './upstream'
import { validateApiRequest } from './validate-request'

const MAX_UPSTREAM_DETAIL = 300

type ApiEnv = { Variables: { upstreamPath: string } }

/** Checks path and query before anything goes upstream; a bad request never leaves the proxy. */
const validateRequest = createMiddleware<ApiEnv>(async (c, next) => {
  const url = new URL(c.req.url)
  const apiPath = url.pathname.replace(/^\/api/, '')
  const result = validateApiRequest(apiPath, url.searchParams)
  if (!result.ok) return replyWithProblem(c, result.status, result.title, result.detail)
  c.set('upstreamPath', result.upstreamPath)
  await next()
})

/**
 * The upstream's own explanation, when it sent problem details: title and detail, scrubbed of our
 * credentials. Anything else (an HTML error page, plain text) is dropped rather than relayed.
 */
function upstreamDetail(
  body: Uint8Array,
  scrub: (text: string, maxLength?: number) => string,
): string | undefined {
  try {
    const problem = JSON.parse(new TextDecoder().decode(body)) as { title?: unknown; detail?: unknown }
    const parts = [problem.title, problem.detail].filter(
      (part): part is string => typeof part === 'string' && part !== '',
    )
    return scrub(parts.join(': ').replace(/\s+/g, ' ').trim(), MAX_UPSTREAM_DETAIL) || undefined
  } catch {
    return undefined
  }
}

export function createApiRoutes(deps: {
  upstream: Upstream
  mode: 'demo' | 'vipps'
  login: boolean
  /** A fingerprint of the data read (data-source.ts): the browser's cache of closed days is per source. */
  source: string
  /** The first date with sales data (the app asks for no day before it); null: none known. */
  salesDataFrom: string | null
}) {
  const api = new Hono<ApiEnv>()

  // `login` tells the app whether to offer a logout control.
  api.get('/health', (c) =>
    c.json({ mode: deps.mode, login: deps.login, source: deps.source, salesDataFrom: deps.salesDataFrom }),
  )

  api.get('/settlement/*', validateRequest, relay)
  api.get('/sales/*', validateRequest, relay)
  api.get('/report/*', validateRequest, relay)

  async function relay(c: Context<ApiEnv>) {
    const answer = await deps.upstream.get(c.get('upstreamPath'), c.req.raw.signal)
    if (answer.status >= 200 && answer.status < 300) {
      return c.body(answer.body, 200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
    }
    const status = answer.status
    return replyWithProblem(
      c,
      status >= 400 && status <= 599 ? status : 502,
      `${describeStatus(status)} (Vipps MobilePay answered ${status})`,
      upstreamDetail(answer.body, deps.upstream.scrub),
      answer.retryAfter ? { 'Retry-After': answer.retryAfter } : {},
      PROBLEM_TYPES.upstreamAnswer,
    )
  }

  api.all('*', (c) =>
    c.req.method === 'GET'
      ? replyWithProblem(c, 404, 'Unknown API path', 'Only the documented read endpoints are available')
      : replyWithProblem(c, 405, 'Method not allowed', 'This API is read-only: use GET', { Allow: 'GET' }),
  )

  return api
}
