import { MAX_PAGE_SIZE } from './endpoints'
import { isCalendarDate } from './oslo-time'

/**
 * Parameter rules shared by the proxy (which checks before going upstream) and the simulator
 * (which answers like the real API). Each check returns null when the value is fine, or a short
 * sentence saying what is wrong.
 */
export type Check = (value: string) => string | null

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/

export const MAX_REFERENCE_LENGTH = 256
export const MAX_CURSOR_LENGTH = 2048

export const checkLedgerId: Check = (value) =>
  /^[A-Za-z0-9_-]{1,64}$/.test(value) ? null : 'ledgerId must be 1–64 letters, digits, "-" or "_"'

export const checkLedgerDate: Check = (value) =>
  isCalendarDate(value) ? null : 'ledgerDate must be a real calendar date written YYYY-MM-DD'

function checkFreeText(name: string): Check {
  return (value) => {
    if (value.length === 0) return `${name} must not be empty`
    if (value.length > MAX_REFERENCE_LENGTH)
      return `${name} must be at most ${MAX_REFERENCE_LENGTH} characters`
    if (CONTROL_CHARS.test(value)) return `${name} must not contain control characters`
    if (value.trim() === '') return `${name} must not be blank`
    return null
  }
}

export const checkReference = checkFreeText('reference')
export const checkPspReference = checkFreeText('pspReference')

export const checkPageSize: Check = (value) => {
  if (!/^[0-9]{1,4}$/.test(value)) return `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`
  const size = Number(value)
  return size >= 1 && size <= MAX_PAGE_SIZE
    ? null
    : `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`
}

export const checkCursor: Check = (value) => {
  if (value.length === 0) return 'cursor must not be empty'
  if (value.length > MAX_CURSOR_LENGTH) return `cursor must be at most ${MAX_CURSOR_LENGTH} characters`
  return /^[\x21-\x7e]+$/.test(value) ? null : 'cursor must be printable ASCII without spaces'
}

export const PAGED_QUERY_CHECKS: Record<string, Check> = {
  cursor: checkCursor,
  pageSize: checkPageSize,
}

export interface QueryProblem {
  parameter: string
  message: string
}

/**
 * Checks a query string against the allowed parameters: unknown or repeated parameters are
 * refused, so nothing unexpected travels upstream.
 */
export function checkQuery(params: URLSearchParams, allowed: Record<string, Check>): QueryProblem | null {
  const seen = new Set<string>()
  for (const [name, value] of params) {
    const check = allowed[name]
    if (!check || !Object.hasOwn(allowed, name))
      return { parameter: name, message: `unknown query parameter "${name.slice(0, 40)}"` }
    if (seen.has(name))
      return { parameter: name, message: `query parameter "${name}" is given more than once` }
    seen.add(name)
    const message = check(value)
    if (message) return { parameter: name, message }
  }
  return null
}
