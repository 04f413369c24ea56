import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import { type Context, Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { problemResponse } from './problem-response'

export const SESSION_COOKIE = 'salgsoversikt_session'
const SESSION_TTL_MS = 12 * 3_600_000
const MAX_FAILURES = 5
const FAILURE_WINDOW_MS = 15 * 60_000

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

const LOGIN_PAGE = (message: string) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logg inn – Salgsoversikt</title><link rel="icon" href="/favicon.png">
<style>body{font-family:system-ui,sans-serif;background:#f6f5f3;display:grid;place-items:center;min-height:100vh;margin:0}
form{background:#fff;padding:32px;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.1);display:flex;flex-direction:column;gap:12px;width:320px}
input,button{font:inherit;padding:8px 10px;border-radius:8px;border:1px solid #ccc}button{background:#ff5b24;color:#fff;border:0;font-weight:600}
p{margin:0;color:#b42318}</style></head>
<body><form method="post" action="/login"><h1>Salgsoversikt</h1>
<label>Passord <input type="password" name="password" autocomplete="current-password" required autofocus></label>
${message ? `<p role="alert">${message}</p>` : ''}<button type="submit">Logg inn</button></form></body></html>`

/**
 * Password login for a dashboard exposed beyond localhost: a session cookie (HttpOnly,
 * SameSite=Strict, Secure behind HTTPS), failed attempts limited per client.
 */
export function createAuth(password: string, now: () => number = Date.now) {
  const expected = digest(password)
  const sessions = new Map<string, number>()
  const failures = new Map<string, { count: number; since: number }>()

  const isValidSession = (c: Context) => {
    const id = getCookie(c, SESSION_COOKIE)
    const expiresAt = id ? sessions.get(id) : undefined
    if (id && expiresAt !== undefined && expiresAt <= now()) sessions.delete(id)
    return expiresAt !== undefined && expiresAt > now()
  }

  const routes = new Hono()
  routes.get('/login', (c) => c.html(LOGIN_PAGE('')))
  routes.post('/login', async (c) => {
    const key = clientKey(c)
    const record = failures.get(key)
    if (record && now() - record.since < FAILURE_WINDOW_MS && record.count >= MAX_FAILURES) {
      const retryAfter = Math.ceil((record.since + FAILURE_WINDOW_MS - now()) / 1000)
      return c.html(LOGIN_PAGE('For mange forsøk. Vent litt og prøv igjen.'), 429, {
        'Retry-After': String(retryAfter),
      })
    }
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
    const given = typeof form.password === 'string' ? form.password : ''
    if (!timingSafeEqual(digest(given), expected)) {
      const fresh = !record || now() - record.since >= FAILURE_WINDOW_MS
      failures.set(key, fresh ? { count: 1, since: now() } : { count: record.count + 1, since: record.since })
      return c.html(LOGIN_PAGE('Feil passord.'), 401)
    }
    failures.delete(key)
    const id = randomBytes(32).toString('base64url')
    sessions.set(id, now() + SESSION_TTL_MS)
    const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'
    setCookie(c, SESSION_COOKIE, id, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: https,
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
    })
    return c.redirect('/', 303)
  })
  routes.post('/logout', (c) => {
    const id = getCookie(c, SESSION_COOKIE)
    if (id) sessions.delete(id)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.redirect('/login', 303)
  })

  /** Everything but the login page itself needs a session. */
  const requireSession = createMiddleware(async (c, next) => {
    const path = new URL(c.req.url).pathname
    if (path === '/login' || path === '/logout' || path.startsWith('/favicon.') || isValidSession(c))
      return next()
    if (path.startsWith('/api/'))
      return problemResponse(c, 401, 'Logg inn først', 'This dashboard requires a login')
    return c.redirect('/login', 303)
  })

  return { routes, requireSession }
}
