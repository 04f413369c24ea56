import type * as v from 'valibot'
import { LOGIN_REQUIRED_TYPE } from '../../api/problem'
import { ProblemSchema, parseOrThrow, ResponseShapeError } from '../../api/schemas'
import { defineText } from '../i18n/language'
import type { explainProblem } from './problem-texts'

/** The app's own problems: no answer, or one it cannot use (titles and explanations as in ApiError). */
export const CLIENT_TEXT = defineText('ui.clientProblems', {
  unreachable: 'Får ikke kontakt med dashboard-serveren',
  unreachableDetail: 'Sjekk at serveren kjører, og prøv igjen.',
  notJson: 'Svaret var ikke gyldig JSON',
  outOfTime: 'Fikk ikke svar i tide',
  outOfTimeDetail: (seconds: number) =>
    `Ingen svar fra dashboard-serveren på ${seconds} sekunder. Prøv igjen.`,
  unexpectedUpstream: 'Uventet svar fra Vipps MobilePay',
  unexpectedServer: 'Uventet svar fra dashboard-serveren',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.clientProblems': typeof CLIENT_TEXT
  }
}

let explain: typeof explainProblem | null = null

/**
 * The explanations of the server's problems (problem-texts.ts) are needed only once something
 * went wrong, so they are fetched then, not with the app's first JavaScript. Should that fail,
 * an error shows the server's own title and detail.
 */
const loadExplanations = () =>
  explain
    ? Promise.resolve()
    : import('./problem-texts').then(
        (texts) => {
          explain = texts.explainProblem
        },
        () => undefined,
      )

/**
 * The browser's one way to call the proxy. It is also the one layer that retries: answers that can
 * succeed on a second try (429, 500, 502–504, network failures) are retried with exponential
 * backoff and full jitter, honouring Retry-After, within one time budget per call; the proxy itself
 * never retries (except renewing an expired token once).
 */
export class ApiError extends Error {
  /** The server's own title and detail (often English, from upstream), as secondary text; null for the app's own errors. */
  readonly serverText: string | null

  constructor(
    readonly status: number,
    private readonly givenTitle: string,
    /** The server's detail as sent (a 400's names the fields), or the app's own explanation. */
    readonly detail: string | undefined,
    readonly retryAfterMs: number | null = null,
    /** The problem type the proxy gave, e.g. LOGIN_REQUIRED_TYPE. */
    readonly type: string | null = null,
    /** An answer of the server: title and detail are its words, explained by status and type (problem-texts.ts). */
    private readonly fromServer = false,
  ) {
    super(detail ? `${givenTitle}: ${detail}` : givenTitle)
    this.name = 'ApiError'
    this.serverText = fromServer ? [givenTitle, detail].filter(Boolean).join(': ') || null : null
  }

  /** What went wrong, in the user's language (read when shown, so it follows a change of language). */
  get title(): string {
    return this.fromServer && explain ? explain(this.status, this.type).title : this.givenTitle
  }

  /** What it means and what to do, in the user's language (for the app's own errors: the detail). */
  get explanation(): string | undefined {
    return this.fromServer && explain ? explain(this.status, this.type).explanation : this.detail
  }

  /** The dashboard's own login (not Vipps) wants the password again. */
  get loginRequired(): boolean {
    return this.status === 401 && this.type === LOGIN_REQUIRED_TYPE
  }

  get retryable(): boolean {
    return RETRYABLE_STATUSES.has(this.status)
  }
}

/** 0 is a network failure. A 400–404 or a malformed answer will be the same next time. */
const RETRYABLE_STATUSES = new Set([0, 429, 500, 502, 503, 504])

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
  /** One budget for a call and all its retries: the proxy's upstream bound (20 s) and a little. */
  budgetMs: number
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 300,
  maxDelayMs: 8_000,
  budgetMs: 25_000,
}

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

export async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '')
  let title = ''
  let detail: string | undefined = text.slice(0, 300) || undefined
  let type: string | null = null
  try {
    const body = parseOrThrow(ProblemSchema, JSON.parse(text), 'problem')
    title = body.title ?? ''
    detail = body.detail ?? undefined
    type = body.type ?? null
  } catch {
    // Not problem details: keep the text.
  }
  await loadExplanations()
  return new ApiError(
    response.status,
    title,
    detail,
    retryAfterMs(response.headers.get('retry-after')),
    type,
    true,
  )
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

export const unreachable = () => new ApiError(0, CLIENT_TEXT.unreachable, CLIENT_TEXT.unreachableDetail)

async function fetchOnce(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(apiUrl(path), { headers: { Accept: 'application/json' }, signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw unreachable()
  }
  if (!response.ok) throw await errorFrom(response)
  try {
    return await response.json()
  } catch {
    throw new ApiError(502, CLIENT_TEXT.notJson, undefined)
  }
}

const outOfTime = (budgetMs: number) =>
  new ApiError(504, CLIENT_TEXT.outOfTime, CLIENT_TEXT.outOfTimeDetail(Math.round(budgetMs / 1000)))

/** The body of one call, retried while it can succeed and time is left. */
async function fetchWithRetries(path: string, policy: RetryPolicy, outer?: AbortSignal): Promise<unknown> {
  const started = Date.now()
  const budget = new AbortController()
  const timer = setTimeout(() => budget.abort(outOfTime(policy.budgetMs)), policy.budgetMs)
  const signal = outer ? AbortSignal.any([outer, budget.signal]) : budget.signal
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fetchOnce(path, signal)
      } catch (error) {
        if (outer?.aborted) throw error
        if (budget.signal.aborted) throw budget.signal.reason
        if (!(error instanceof ApiError) || !error.retryable || attempt + 1 >= policy.attempts) throw error
        const delay = backoffDelay(attempt, policy, error)
        // No time left for another try: say what the last one answered, now.
        if (Date.now() - started + delay >= policy.budgetMs) throw error
        await sleep(delay, signal).catch(() => {
          throw outer?.aborted ? outer.reason : error
        })
      }
    }
  } finally {
    clearTimeout(timer)
  }
}

export async function apiGet<S extends v.GenericSchema>(
  path: string,
  schema: S,
  what: string,
  options: { signal?: AbortSignal; retry?: RetryPolicy } = {},
): Promise<v.InferOutput<S>> {
  const body = await fetchWithRetries(path, options.retry ?? DEFAULT_RETRY, options.signal)
  try {
    return parseOrThrow(schema, body, what)
  } catch (error) {
    // A malformed answer would be malformed again: it is not retried.
    if (error instanceof ResponseShapeError)
      throw new InvalidAnswerError(502, CLIENT_TEXT.unexpectedUpstream, await explainShape(error))
    throw error
  }
}

/**
 * A malformed answer's first problem in words (issue-text.ts): loaded only when one occurs, so the
 * app's first JavaScript does not carry it.
 */
export async function explainShape(error: ResponseShapeError): Promise<string> {
  if (!error.issue) return error.detail
  const [{ issueText }] = await Promise.all([import('../../api/issue-text'), import('../i18n/api-texts')])
  return issueText(error.issue)
}
