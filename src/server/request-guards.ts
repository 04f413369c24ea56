import { isIP } from 'node:net'
import { bodyLimit } from 'hono/body-limit'
import { csrf } from 'hono/csrf'
import { createMiddleware } from 'hono/factory'
import type { ServerConfig } from './config'
import { replyWithProblem } from './reply-with-problem'

/**
 * The one limit on request bodies, for every path: the login form is a few hundred bytes, the
 * voucher settings and export records (the only API bodies) a few kB at most.
 */
export const MAX_REQUEST_BODY_BYTES = 16 * 1024

/** Every request body is bounded (the login form is the only one we read). */
export const limitRequestBody = bodyLimit({
  maxSize: MAX_REQUEST_BODY_BYTES,
  onError: (c) =>
    replyWithProblem(c, 413, 'Request body too large', `At most ${MAX_REQUEST_BODY_BYTES} bytes`),
})

const bare = (hostname: string) =>
  hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase()

/**
 * Answers only requests addressed to this dashboard: loopback names, IP addresses and the configured
 * public names. A web page cannot use DNS rebinding to read the API through the visitor's browser,
 * because its requests carry its own host name. (An IP address cannot be rebound.)
 */
export function allowKnownHosts(config: Pick<ServerConfig, 'host' | 'publicHostnames'>) {
  const names = new Set(['localhost', ...config.publicHostnames.map(bare)])
  if (isIP(config.host) === 0) names.add(bare(config.host))
  return createMiddleware(async (c, next) => {
    const hostname = bare(new URL(c.req.url).hostname)
    if (names.has(hostname) || isIP(hostname) !== 0) return next()
    return replyWithProblem(
      c,
      400,
      'Unknown host name',
      `This dashboard answers at localhost, at IP addresses and at the names in PUBLIC_HOSTNAMES, not at "${hostname.slice(0, 100)}". ` +
        `To use this name, add it to the setting (PUBLIC_HOSTNAMES=${hostname.slice(0, 100)}, comma-separated) and restart the dashboard; or open it by IP address.`,
    )
  })
}

/**
 * Refuses state-changing requests (POST /login, POST /logout, …) sent by another site: the
 * browser's Sec-Fetch-Site must say same-origin, or its Origin must name this very host. Host,
 * not scheme, is compared: behind a TLS-terminating proxy the request reaches us over http.
 * Outside a secure context (http at an IP address) browsers send no Sec-Fetch-Site, so the Origin
 * decides; `Origin: null` never passes (the pages' Referrer-Policy lets their own forms send it).
 * A refusal is an HTTPException(403): app.ts answers a page for forms, problem+json for the API.
 */
export const sameOriginOnly = csrf({
  secFetchSite: 'same-origin',
  origin: (origin, c) => {
    try {
      return new URL(origin).host === new URL(c.req.url).host
    } catch {
      return false
    }
  },
})
