import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { type Context, Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import { formatOsloIsoLocal } from '../api/oslo-time'
import { LOGIN_REQUIRED_TYPE } from '../api/problem'
import { attemptSource } from './client-address'
import { replyWithProblem } from './reply-with-problem'

export const SESSION_COOKIE = 'salgsoversikt_session'
/** Marks a browser that has logged in before, so a lock-out of its address does not lock it out. */
export const DEVICE_COOKIE = 'salgsoversikt_device'
const SESSION_TTL_MS = 12 * 3_600_000
const DEVICE_TTL_S = 365 * 24 * 3_600
const MAX_FAILURES = 5
const FAILURE_WINDOW_MS = 15 * 60_000
const PRUNE_EVERY_MS = 60_000
/** Bounds on the maps, whatever happens; the oldest entries go first. */
const MAX_SESSIONS = 10_000
const MAX_FAILURE_RECORDS = 50_000

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/** Where to go after logging in: a path on this site only (no "//host", no backslashes). */
export function safeNext(value: unknown): string {
  return typeof value === 'string' && value.length <= 2048 && /^\/(?![/\\])[^\s\\]*$/.test(value)
    ? value
    : '/'
}

const loginPath = (next: string) => (next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`)

/** The look of the server's own pages (the login page and a refused form post). */
const PAGE_STYLE = `<style>body{font-family:system-ui,sans-serif;background:#f6f5f3;display:grid;place-items:center;min-height:100vh;margin:0}
form,main{background:#fff;padding:32px;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.1);display:flex;flex-direction:column;gap:12px;width:320px}
input,button{font:inherit;padding:8px 10px;border-radius:8px;border:1px solid #8a847c}button{background:#c43d0c;color:#fff;border:0;font-weight:600}
p{margin:0;color:#b42318}a{color:#c43d0c;font-weight:600}nav{text-align:right}nav a{color:inherit;font-weight:400;display:inline-block;padding:12px 4px}
@media (prefers-color-scheme:dark){body{background:#141312;color:#f2efeb}form,main{background:#1e1c1a}input{background:#282623;color:#f2efeb}p{color:#fda29b}a{color:#ff9e7a}}</style>`

/** The language the dashboard shows, as the app remembers it (src/shared/i18n/language.ts). */
export const LANGUAGE_COOKIE = 'salgsoversikt_lang'
type LoginLanguage = 'nb' | 'en'

const LOGIN_TEXT = {
  nb: {
    title: 'Logg inn – Salgsoversikt',
    password: 'Passord',
    submit: 'Logg inn',
    wrong: 'Feil passord.',
    other: 'English',
    otherLabel: 'Språk: English',
    lockedOut: (minutes: number, clock: string) =>
      `For mange forsøk. Prøv igjen om ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'}, kl. ${clock}.`,
    refusedTitle: 'Avvist – Salgsoversikt',
    refused: 'Forespørselen ble avvist fordi den ikke kom fra Salgsoversikts egne sider.',
    toLogin: 'Til innloggingen',
    toApp: 'Til Salgsoversikt',
  },
  en: {
    title: 'Log in – Salgsoversikt',
    password: 'Password',
    submit: 'Log in',
    wrong: 'Wrong password.',
    other: 'Norsk',
    otherLabel: 'Language: Norsk (bokmål)',
    lockedOut: (minutes: number, clock: string) =>
      `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, at ${clock}.`,
    refusedTitle: 'Refused – Salgsoversikt',
    refused: 'The request was refused because it did not come from Salgsoversikt’s own pages.',
    toLogin: 'To the login',
    toApp: 'To Salgsoversikt',
  },
}

/** `?lang=` when the page's own switch was used, else the cookie the app set; Norwegian by default. */
function loginLanguage(c: Context): LoginLanguage {
  const asked = c.req.query('lang')
  if (asked === 'en' || asked === 'nb') {
    setCookie(c, LANGUAGE_COOKIE, asked, { path: '/', maxAge: 365 * 24 * 3_600, sameSite: 'Lax' })
    return asked
  }
  return cookieLanguage(c)
}

/** The language the app remembers (its cookie); Norwegian by default. */
export const cookieLanguage = (c: Context): LoginLanguage =>
  getCookie(c, LANGUAGE_COOKIE) === 'en' ? 'en' : 'nb'

const switchHref = (language: LoginLanguage, next: string) =>
  `/login?lang=${language === 'en' ? 'nb' : 'en'}${next === '/' ? '' : `&next=${encodeURIComponent(next)}`}`

/** The login page; `message` is already in `language`. */
const LOGIN_PAGE = (language: LoginLanguage, message: string, next: string) => {
  const text = LOGIN_TEXT[language]
  const other = language === 'en' ? 'nb' : 'en'
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<title>${text.title}</title><link rel="icon" href="/favicon.png">
${PAGE_STYLE}</head>
<body><form method="post" action="/login"><nav><a href="${escapeHtml(switchHref(language, next))}" lang="${other}" hreflang="${other}" aria-label="${text.otherLabel}">${text.other}</a></nav><h1>Salgsoversikt</h1>
<label>${text.password} <input type="password" name="password" autocomplete="current-password" required autofocus></label>
<input type="hidden" name="next" value="${escapeHtml(next)}">
${message ? `<p role="alert">${message}</p>` : ''}<button type="submit">${text.submit}</button></form></body></html>`
}

/** A form post refused by the same-origin check (sameOriginOnly): a page, with a way back. */
export const REFUSED_PAGE = (withLogin: boolean, language: LoginLanguage) => {
  const text = LOGIN_TEXT[language]
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">
<title>${text.refusedTitle}</title><link rel="icon" href="/favicon.png">
${PAGE_STYLE}</head>
<body><main><h1>Salgsoversikt</h1>
<p>${text.refused}</p>
${withLogin ? `<a href="/login">${text.toLogin}</a>` : `<a href="/">${text.toApp}</a>`}</main></body></html>`
}

export interface AuthOptions {
  password: string
  /** The client's address, as far as it can be known (see client-address.ts). */
  clientAddress: (c: Context) => string
  now?: () => number
}

/**
 * Password login for a dashboard exposed beyond localhost: a session cookie (HttpOnly,
 * SameSite=Strict, Secure behind HTTPS), failed attempts limited per client. An attempt is counted
 * before its body is read, so concurrent guesses cannot slip past the limit.
 */
export function createAuth({ password, clientAddress, now = Date.now }: AuthOptions) {
  const expected = digest(password)
  // Device marks are signed with a key derived from the password: changing it forgets them all.
  const deviceKey = digest(`salgsoversikt device mark\0${password}`)
  const sessions = new Map<string, number>()
  const failures = new Map<string, { count: number; since: number }>()
  let lastPrune = now()

  function prune() {
    const at = now()
    if (at - lastPrune < PRUNE_EVERY_MS) return
    lastPrune = at
    for (const [id, expiresAt] of sessions) if (expiresAt <= at) sessions.delete(id)
    for (const [key, record] of failures) if (at - record.since >= FAILURE_WINDOW_MS) failures.delete(key)
  }

  const dropOldest = (map: Map<string, unknown>, max: number) => {
    for (const key of map.keys()) {
      if (map.size <= max) break
      map.delete(key)
    }
  }

  const sign = (id: string) => createHmac('sha256', deviceKey).update(id).digest('base64url')
  const deviceOf = (c: Context): string | null => {
    const [id = '', mac = ''] = (getCookie(c, DEVICE_COOKIE) ?? '').split('.')
    if (!id || !mac) return null
    const actual = Buffer.from(mac)
    const wanted = Buffer.from(sign(id))
    return actual.length === wanted.length && timingSafeEqual(actual, wanted) ? id : null
  }

  /** The record an attempt counts against: this browser if it logged in before, else its address. */
  function attemptRecord(c: Context) {
    const device = deviceOf(c)
    const key = device ? `device ${device}` : `address ${attemptSource(clientAddress(c))}`
    let record = failures.get(key)
    if (!record || now() - record.since >= FAILURE_WINDOW_MS) {
      record = { count: 0, since: now() }
      failures.delete(key)
      failures.set(key, record)
      dropOldest(failures, MAX_FAILURE_RECORDS)
    }
    return { key, record }
  }

  const isValidSession = (c: Context) => {
    const id = getCookie(c, SESSION_COOKIE)
    const expiresAt = id ? sessions.get(id) : undefined
    if (id && expiresAt !== undefined && expiresAt <= now()) sessions.delete(id)
    return expiresAt !== undefined && expiresAt > now()
  }

  const routes = new Hono()
  routes.get('/login', (c) =>
    isValidSession(c)
      ? c.redirect(safeNext(c.req.query('next')), 303)
      : c.html(LOGIN_PAGE(loginLanguage(c), '', safeNext(c.req.query('next'))), 200, {
          'Cache-Control': 'no-store',
        }),
  )
  routes.post('/login', async (c) => {
    prune()
    const { key, record } = attemptRecord(c)
    const lockedOut = record.count >= MAX_FAILURES
    // Counted now, before anything is awaited; a right password clears it below.
    if (!lockedOut) record.count++
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
    const next = safeNext(form.next)
    const language = loginLanguage(c)
    if (lockedOut) {
      // Said after five wrong passwords: when to try again, in Oslo time, rounded up to the minute.
      const unlockAt = record.since + FAILURE_WINDOW_MS
      const retryAfter = Math.ceil((unlockAt - now()) / 1000)
      const clock = formatOsloIsoLocal(Math.ceil(unlockAt / 60_000) * 60_000).slice(11, 16)
      const message = LOGIN_TEXT[language].lockedOut(Math.ceil(retryAfter / 60), clock)
      return c.html(LOGIN_PAGE(language, message, next), 429, {
        'Retry-After': String(retryAfter),
      })
    }
    const given = typeof form.password === 'string' ? form.password : ''
    if (!timingSafeEqual(digest(given), expected))
      return c.html(LOGIN_PAGE(language, LOGIN_TEXT[language].wrong, next), 401)

    failures.delete(key)
    const id = randomBytes(32).toString('base64url')
    sessions.set(id, now() + SESSION_TTL_MS)
    dropOldest(sessions, MAX_SESSIONS)
    const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'
    const cookie = { httpOnly: true, sameSite: 'Strict', secure: https } as const
    setCookie(c, SESSION_COOKIE, id, { ...cookie, path: '/', maxAge: SESSION_TTL_MS / 1000 })
    const device = deviceOf(c) ?? randomBytes(16).toString('base64url')
    setCookie(c, DEVICE_COOKIE, `${device}.${sign(device)}`, {
      ...cookie,
      path: '/login',
      maxAge: DEVICE_TTL_S,
    })
    return c.redirect(next, 303)
  })
  routes.post('/logout', (c) => {
    const id = getCookie(c, SESSION_COOKIE)
    if (id) sessions.delete(id)
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.redirect('/login', 303)
  })

  /** Everything but the login page itself needs a session. */
  const requireSession = createMiddleware(async (c, next) => {
    prune()
    const url = new URL(c.req.url)
    const path = url.pathname
    if (path === '/login' || path === '/logout' || path.startsWith('/favicon.') || isValidSession(c))
      return next()
    if (path.startsWith('/api/'))
      return replyWithProblem(
        c,
        401,
        'Innlogging kreves',
        'Økten er utløpt eller logget ut. Logg inn igjen.',
        {},
        LOGIN_REQUIRED_TYPE,
      )
    return c.redirect(loginPath(safeNext(path + url.search)), 303)
  })

  /** How many sessions and failure records are held (they are pruned as they expire). */
  const tracked = () => ({ sessions: sessions.size, failures: failures.size })

  return { routes, requireSession, tracked }
}
