import { LEDGERS_PATH, SALES_BASE, salesPathSegments, salesPaths } from '../api/endpoints'
import {
  type Check,
  checkCursor,
  checkLedgerDate,
  checkLedgerId,
  checkPspReference,
  checkQuery,
  checkReference,
  PAGED_QUERY_CHECKS,
} from '../api/params'
import { matchReportRequest } from './validate-report-request'

export interface ValidRequest {
  ok: true
  /** The upstream path and query, rebuilt from validated values only. */
  upstreamPath: string
}

export interface InvalidRequest {
  ok: false
  status: 400 | 404
  title: string
  detail: string
}

const invalid = (status: 400 | 404, title: string, detail: string): InvalidRequest => ({
  ok: false,
  status,
  title,
  detail,
})

function withQuery(
  path: string,
  params: URLSearchParams,
  allowed: Record<string, Check>,
): ValidRequest | InvalidRequest {
  const problem = checkQuery(params, allowed)
  if (problem)
    return invalid(400, `Invalid query parameter: ${problem.parameter.slice(0, 40)}`, problem.message)
  const query = new URLSearchParams()
  for (const name of Object.keys(allowed)) {
    const value = params.get(name)
    if (value !== null) query.set(name, value)
  }
  const text = query.toString()
  return { ok: true, upstreamPath: text ? `${path}?${text}` : path }
}

/**
 * Decides whether a browser request under /api may go upstream, and to which path. Works on the
 * raw (still percent-encoded) path so that an encoded slash in a reference stays inside its segment.
 */
export function validateApiRequest(apiPath: string, params: URLSearchParams): ValidRequest | InvalidRequest {
  if (apiPath === LEDGERS_PATH) return withQuery(LEDGERS_PATH, params, { cursor: checkCursor })
  const report = matchReportRequest(apiPath)
  if (report) return report.ok ? withQuery(report.path, params, report.query) : report
  if (!apiPath.startsWith(`${SALES_BASE}/`))
    return invalid(404, 'Unknown API path', 'Only the documented read endpoints are available')

  const segments = salesPathSegments(apiPath)
  if (!segments) return invalid(400, 'Malformed path', 'The path contains invalid percent-encoding')
  const [ledgerId = '', kind, value, ...rest] = segments
  const ledgerProblem = checkLedgerId(ledgerId)
  if (ledgerProblem) return invalid(400, 'Invalid ledgerId', ledgerProblem)
  if (rest.length > 0)
    return invalid(404, 'Unknown API path', 'Only the documented read endpoints are available')

  if (kind === undefined) return withQuery(salesPaths.feed(ledgerId), params, PAGED_QUERY_CHECKS)
  if (value === undefined)
    return invalid(404, 'Unknown API path', 'Only the documented read endpoints are available')
  if (kind === 'dates') {
    const message = checkLedgerDate(value)
    if (message) return invalid(400, 'Invalid ledgerDate', message)
    return withQuery(salesPaths.date(ledgerId, value), params, PAGED_QUERY_CHECKS)
  }
  if (kind === 'references') {
    const message = checkReference(value)
    if (message) return invalid(400, 'Invalid reference', message)
    return withQuery(salesPaths.reference(ledgerId, value), params, {})
  }
  if (kind === 'psp-references') {
    const message = checkPspReference(value)
    if (message) return invalid(400, 'Invalid pspReference', message)
    return withQuery(salesPaths.pspReference(ledgerId, value), params, {})
  }
  return invalid(404, 'Unknown API path', 'Only the documented read endpoints are available')
}
