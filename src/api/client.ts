import type * as v from 'valibot'
import { describeStatus } from './problem'
import { ProblemSchema, parseOrThrow, ResponseShapeError } from './schemas'

/**
 * The browser's one way to call the proxy. It is also the one layer that retries: 429 and 5xx
 * answers and network failures are retried with exponential backoff and full jitter, honouring
 * Retry-After; the proxy itself never retries (except renewing an expired token once).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly retryAfterMs: number | null = null,
  ) {
    super(detail ? `${title}: ${detail}` : title)
    this.name = 'ApiError'
  }

  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500
  }
}

/** An answer that does not have the documented shape: asking again gets the same answer, so never retried. */
export class InvalidAnswerError extends ApiError {
  override get retryable(): boolean {
    return false
  }
}

export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 300, maxDelayMs: 8_000 }

export const API_PREFIX = '/api'

/** Absolute URL of a proxy path: same origin in the browser, localhost in Node-based tests. */
export function apiUrl(path: string): string {
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin
  return `${origin}${API_PREFIX}${path}`
}

function retryAfterMs(header: string | null): number | null {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '')
  let title = describeStatus(response.status)
  let detail: string | undefined = text.slice(0, 300) || undefined
  try {
    const body = parseOrThrow(ProblemSchema, JSON.parse(text), 'problem')
    title = body.title || title
    detail = body.detail ?? undefined
  } catch {
    // Not problem details: keep the text.
  }
  return new ApiError(response.status, title, detail, retryAfterMs(response.headers.get('retry-after')))
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason)
      },
      { once: true },
    )
  })
}

export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  error: ApiError,
  random = Math.random,
): number {
  if (error.retryAfterMs !== null) return Math.min(error.retryAfterMs, 60_000) + random() * policy.baseDelayMs
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  return policy.baseDelayMs / 2 + random() * ceiling
}

async function fetchOnce(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(apiUrl(path), { headers: { Accept: 'application/json' }, signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError(
      0,
      'Får ikke kontakt med dashboard-serveren',
      'Sjekk at serveren kjører, og prøv igjen.',
    )
  }
  if (!response.ok) throw await errorFrom(response)
  try {
    return await response.json()
  } catch {
    throw new ApiError(502, 'Svaret var ikke gyldig JSON', undefined)
  }
}

export async function apiGet<S extends v.GenericSchema>(
  path: string,
  schema: S,
  what: string,
  options: { signal?: AbortSignal; retry?: RetryPolicy } = {},
): Promise<v.InferOutput<S>> {
  const policy = options.retry ?? DEFAULT_RETRY
  for (let attempt = 0; ; attempt++) {
    try {
      const body = await fetchOnce(path, options.signal)
      try {
        return parseOrThrow(schema, body, what)
      } catch (error) {
        if (error instanceof ResponseShapeError)
          throw new InvalidAnswerError(502, 'Uventet svar fra Vipps MobilePay', error.message)
        throw error
      }
    } catch (error) {
      const retryable = error instanceof ApiError && error.retryable && attempt + 1 < policy.attempts
      if (!retryable || options.signal?.aborted) throw error
      await sleep(backoffDelay(attempt, policy, error), options.signal)
    }
  }
}
