import * as v from 'valibot'
import { TOKEN_PATH } from '../api/endpoints'
import { PROBLEM_TYPES } from '../api/problem'
import { TokenResponseSchema } from '../api/schemas'
import { CallQueueFull, createCallLimiter } from './call-limiter'
import { createScrubber } from './scrub'
import { TokenCache } from './token-cache'

export type FetchLike = (request: Request) => Promise<Response>

export interface UpstreamOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  /** Bound on each call, from sending the request to the last byte of the body. */
  timeoutMs: number
  maxBodyBytes: number
  maxConcurrent: number
  queueLength: number
  /** A call that found no free slot within this long is refused (503) rather than kept waiting. */
  maxQueueWaitMs: number
  refusedKeysMemoryMs: number
  fetch: FetchLike
  systemName: string
  systemVersion: string
  now?: () => number
}

/**
 * Upstream could not give a usable answer (as opposed to answering with an error status): the
 * proxy answers `status` itself, never a 500.
 */
export class UpstreamFault extends Error {
  constructor(
    readonly status: 502 | 503 | 504,
    readonly title: string,
    readonly detail: string,
    readonly retryAfterSeconds: number | null = null,
    /** Which fault, for the app to explain (PROBLEM_TYPES). */
    readonly type: string = PROBLEM_TYPES.upstreamBadAnswer,
  ) {
    super(title)
    this.name = 'UpstreamFault'
  }
}

/** One complete upstream answer, read within the time and size bounds. */
export interface UpstreamAnswer {
  status: number
  retryAfter: string | null
  body: Uint8Array<ArrayBuffer>
}

const TRY_AGAIN = 'Prøv igjen om litt.'
const TOKEN_BODY_LIMIT = 64 * 1024
const BUSY_RETRY_AFTER_SECONDS = 2
const timedOut = () =>
  new UpstreamFault(504, 'Vipps MobilePay svarte ikke i tide', TRY_AGAIN, null, PROBLEM_TYPES.upstreamTimeout)
const unreachable = () =>
  new UpstreamFault(
    502,
    'Får ikke kontakt med Vipps MobilePay',
    TRY_AGAIN,
    null,
    PROBLEM_TYPES.upstreamUnreachable,
  )
const cutOff = () => new UpstreamFault(502, 'Svaret fra Vipps MobilePay ble avbrutt', TRY_AGAIN)
const tooLarge = (limit: number) =>
  new UpstreamFault(
    502,
    'Svaret fra Vipps MobilePay var for stort',
    `Dashboard-serveren tar imot høyst ${Math.round(limit / 1024 / 1024)} MB i ett svar.`,
  )
const credentialsInAnswer = () =>
  new UpstreamFault(
    502,
    'Svaret fra Vipps MobilePay inneholdt dashboardets nøkler eller tilgangstoken',
    'Derfor ble det ikke sendt videre til nettleseren. Prøv igjen; skjer det igjen, si fra til den som drifter dashboardet.',
  )
const badToken = (why: string) =>
  new UpstreamFault(502, 'Vipps MobilePay ga et ugyldig tilgangstoken', `${why}. ${TRY_AGAIN}`)

/** Reads a body to its end, or fails with a fault when it is too large, cut off, or too late. */
async function readBounded(
  response: Response,
  deadline: Promise<never>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) {
    response.body?.cancel().catch(() => {})
    throw tooLarge(limit)
  }
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline])
      if (done) break
      size += value.byteLength
      if (size > limit) throw tooLarge(limit)
      chunks.push(value)
    }
  } catch (error) {
    reader.cancel().catch(() => {})
    throw error instanceof UpstreamFault ? error : cutOff()
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

const RETRY_AFTER = /^(\d{1,6}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/

/**
 * Talks to Vipps MobilePay: fetches and caches the access token, sends the identifying headers,
 * bounds every call in time and size, caps how many calls are in flight, remembers refused keys
 * for a while, and on a 401 renews the token and retries that call once.
 */
export function createUpstream(options: UpstreamOptions) {
  const now = options.now ?? Date.now
  const systemHeaders = {
    'Vipps-System-Name': options.systemName,
    'Vipps-System-Version': options.systemVersion,
    'Vipps-System-Plugin-Name': options.systemName,
    'Vipps-System-Plugin-Version': options.systemVersion,
  }
  const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')
  const scrubber = createScrubber({ clientId: options.clientId, clientSecret: options.clientSecret })
  const limiter = createCallLimiter(options.maxConcurrent, options.queueLength, options.maxQueueWaitMs)

  /** Sends one request and reads its whole body, all within the time bound. */
  async function send(request: Request, limit: number, signal?: AbortSignal): Promise<UpstreamAnswer> {
    const abort = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(timedOut())
        abort.abort(timedOut())
      }, options.timeoutMs)
    })
    const gone = () => abort.abort(new DOMException('The browser went away', 'AbortError'))
    signal?.addEventListener('abort', gone, { once: true })
    try {
      let response: Response
      try {
        response = await Promise.race([
          options.fetch(new Request(request, { signal: abort.signal })),
          deadline,
        ])
      } catch (error) {
        throw error instanceof UpstreamFault ? error : unreachable()
      }
      const body = await readBounded(response, deadline, limit)
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body }
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', gone)
    }
  }

  let keysRefusedUntil = 0
  const keysRefused = () =>
    new UpstreamFault(
      502,
      'Vipps MobilePay avviste regnskapsnøklene',
      'Sjekk at VIPPS_CLIENT_ID og VIPPS_CLIENT_SECRET er regnskapsnøklene (accounting keys) for riktig konto, ' +
        'hele og uten mellomrom eller anførselstegn, og start dashboard-serveren på nytt. ' +
        `Nøklene prøves igjen om ${Math.ceil(options.refusedKeysMemoryMs / 1000)} sekunder.`,
      Math.max(1, Math.ceil((keysRefusedUntil - now()) / 1000)),
      PROBLEM_TYPES.keysRefused,
    )

  const tokens = new TokenCache(async () => {
    // Refused keys stay refused until someone fixes them: do not ask again on every page.
    if (now() < keysRefusedUntil) throw keysRefused()
    const answer = await send(
      new Request(`${options.baseUrl}${TOKEN_PATH}`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          ...systemHeaders,
        },
        body: 'grant_type=client_credentials',
      }),
      TOKEN_BODY_LIMIT,
    )
    if (answer.status === 400 || answer.status === 401 || answer.status === 403) {
      keysRefusedUntil = now() + options.refusedKeysMemoryMs
      throw keysRefused()
    }
    if (answer.status !== 200)
      throw new UpstreamFault(
        502,
        `Vipps MobilePay kunne ikke utstede et tilgangstoken (svarte ${answer.status})`,
        TRY_AGAIN,
      )
    let body: unknown
    try {
      body = JSON.parse(new TextDecoder().decode(answer.body))
    } catch {
      throw badToken('Svaret var ikke JSON')
    }
    const token = v.safeParse(TokenResponseSchema, body)
    if (!token.success || token.output.access_token === '') throw badToken('Svaret manglet access_token')
    const expiresIn = token.output.expires_in
    if (!Number.isFinite(expiresIn) || expiresIn <= 0)
      throw badToken('Tokenet var utløpt allerede (expires_in)')
    scrubber.remember(token.output.access_token)
    return { accessToken: token.output.access_token, expiresInSeconds: expiresIn }
  }, now)

  async function call(pathAndQuery: string, signal?: AbortSignal): Promise<UpstreamAnswer> {
    const attempt = async () => {
      const token = await tokens.get()
      const request = new Request(`${options.baseUrl}${pathAndQuery}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...systemHeaders },
      })
      return { token, answer: await send(request, options.maxBodyBytes, signal) }
    }
    const first = await attempt()
    if (first.answer.status !== 401) return first.answer
    tokens.invalidate(first.token)
    return (await attempt()).answer
  }

  return {
    /** GET one upstream path; a fault of any kind is an UpstreamFault, never another error. */
    async get(pathAndQuery: string, signal?: AbortSignal): Promise<UpstreamAnswer> {
      try {
        const answer = await limiter.run(() => call(pathAndQuery, signal), signal)
        // A page is relayed whole, so one that echoes a credential is not relayed at all.
        if (answer.status >= 200 && answer.status < 300 && scrubber.foundIn(answer.body))
          throw credentialsInAnswer()
        const retryAfter = answer.retryAfter?.trim() ?? null
        return { ...answer, retryAfter: retryAfter && RETRY_AFTER.test(retryAfter) ? retryAfter : null }
      } catch (error) {
        if (error instanceof UpstreamFault) throw error
        if (error instanceof CallQueueFull)
          throw new UpstreamFault(
            503,
            'Dashboard-serveren har for mange forespørsler mot Vipps MobilePay på en gang',
            TRY_AGAIN,
            BUSY_RETRY_AFTER_SECONDS,
            PROBLEM_TYPES.upstreamBusy,
          )
        throw unreachable()
      }
    },
    /** Upstream text with our keys and tokens taken out: safe to show in the browser. */
    scrub: scrubber.scrub,
  }
}

export type Upstream = ReturnType<typeof createUpstream>
