import { isReportTopic, REPORT_BASE, reportPathSegments, reportPaths } from '../api/endpoints'
import { type Check, checkLedgerDate, checkLedgerId, PAGED_QUERY_CHECKS } from '../api/params'
import type { InvalidRequest } from './validate-request'

/** A Report API path that may go upstream, with the query parameters it accepts. */
export interface ReportRoute {
  ok: true
  path: string
  query: Record<string, Check>
}

const UNKNOWN_PATH: InvalidRequest = {
  ok: false,
  status: 404,
  title: 'Unknown API path',
  detail: 'Only the documented read endpoints are available',
}

/**
 * The payer's message, name and masked phone number are personal data that no view of this
 * dashboard shows (the join needs only pspReference, and the Sales API's customer fields are
 * already opt-in), so the proxy does not fetch them at all: refused with a reason, not ignored.
 */
const refusePersonalData: Check = () =>
  'includeGDPRSensitiveData is not forwarded: this dashboard does not fetch the payer’s message, name or phone number'

const REPORT_QUERY: Record<string, Check> = {
  ...PAGED_QUERY_CHECKS,
  includeGDPRSensitiveData: refusePersonalData,
}

/**
 * `GET /report/v2/ledgers/{ledgerId}/{funds|fees}/dates/{ledgerDate}` and `…/{funds|fees}/feed`.
 * Null when the path is not under the Report API base; a problem when it is but is not one of
 * these two; otherwise the upstream path rebuilt from checked segments.
 */
export function matchReportRequest(apiPath: string): ReportRoute | InvalidRequest | null {
  if (!apiPath.startsWith(`${REPORT_BASE}/`)) return null
  const segments = reportPathSegments(apiPath)
  if (!segments)
    return {
      ok: false,
      status: 400,
      title: 'Malformed path',
      detail: 'The path contains invalid percent-encoding',
    }
  const [ledgerId = '', topic, kind, value, ...rest] = segments
  const ledgerProblem = checkLedgerId(ledgerId)
  if (ledgerProblem) return { ok: false, status: 400, title: 'Invalid ledgerId', detail: ledgerProblem }
  if (!isReportTopic(topic) || rest.length > 0) return UNKNOWN_PATH
  if (kind === 'feed' && value === undefined)
    return { ok: true, path: reportPaths.feed(ledgerId, topic), query: REPORT_QUERY }
  if (kind === 'dates' && value !== undefined) {
    const message = checkLedgerDate(value)
    if (message) return { ok: false, status: 400, title: 'Invalid ledgerDate', detail: message }
    return { ok: true, path: reportPaths.date(ledgerId, topic, value), query: REPORT_QUERY }
  }
  return UNKNOWN_PATH
}
