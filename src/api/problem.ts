import { formattingLanguage } from './locale'
import type { Problem } from './schemas'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'
/** Problem type of the proxy's own 401: the dashboard login (not Vipps) wants a password. */
export const LOGIN_REQUIRED_TYPE = '/problems/login-required'

/**
 * The problem types the proxy sends, so the app can explain each in the user's language
 * (src/shared/api/problem-texts.ts); the title and detail stay the server's, for the curious.
 * A problem without one of these is explained by its status.
 */
export const PROBLEM_TYPES = {
  loginRequired: LOGIN_REQUIRED_TYPE,
  /** Vipps MobilePay answered with an error status; the detail is its own title and detail. */
  upstreamAnswer: '/problems/upstream-answer',
  keysRefused: '/problems/keys-refused',
  upstreamTimeout: '/problems/upstream-timeout',
  upstreamUnreachable: '/problems/upstream-unreachable',
  /** Cut off, too large, an invalid token, a credential in the answer. */
  upstreamBadAnswer: '/problems/upstream-bad-answer',
  upstreamBusy: '/problems/upstream-busy',
  ledgerCheckFailed: '/problems/ledger-check-failed',
} as const

export function problem(status: number, title: string, detail?: string, type = 'about:blank'): Problem {
  return detail ? { type, title, status, detail } : { type, title, status }
}

const ENGLISH_STATUS: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not authorised by Vipps MobilePay',
  403: 'The keys have no access to this ledger',
  404: 'Not found',
  429: 'Too many requests – try again shortly',
  502: 'Vipps MobilePay did not answer as expected',
  503: 'The service is temporarily unavailable',
  504: 'Vipps MobilePay did not answer in time',
}

/** Short explanation of an HTTP status, for people: Norwegian, or English when the page is. */
export function describeStatus(status: number): string {
  if (formattingLanguage() === 'en')
    return ENGLISH_STATUS[status] ?? (status >= 500 ? 'Error at Vipps MobilePay' : `Error (${status})`)
  if (status === 400) return 'Ugyldig forespørsel'
  if (status === 401) return 'Ikke autorisert mot Vipps MobilePay'
  if (status === 403) return 'Nøklene har ikke tilgang til denne ledgeren'
  if (status === 404) return 'Fant ikke'
  if (status === 429) return 'For mange forespørsler – prøv igjen om litt'
  if (status === 502) return 'Vipps MobilePay svarte ikke som forventet'
  if (status === 503) return 'Tjenesten er midlertidig utilgjengelig'
  if (status === 504) return 'Vipps MobilePay svarte ikke i tide'
  if (status >= 500) return 'Feil hos Vipps MobilePay'
  return `Feil (${status})`
}
