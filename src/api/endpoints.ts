/**
 * Upstream paths, built in one place for the browser client, the proxy and the simulator.
 * Every merchant-chosen segment is URL-encoded.
 */
/**
 * The Vipps MobilePay API (production only: there is no test environment). The default upstream of
 * the proxy, and the address the simulator answers under, so demo mode calls the same URLs.
 */
export const VIPPS_PRODUCTION_BASE_URL = 'https://api.vipps.no'

export const TOKEN_PATH = '/miami/v1/token'
export const LEDGERS_PATH = '/settlement/v1/ledgers'
export const SALES_BASE = '/sales/report/v1/ledgers'

const seg = encodeURIComponent

export const salesPaths = {
  feed: (ledgerId: string) => `${SALES_BASE}/${seg(ledgerId)}`,
  date: (ledgerId: string, ledgerDate: string) => `${SALES_BASE}/${seg(ledgerId)}/dates/${seg(ledgerDate)}`,
  reference: (ledgerId: string, reference: string) =>
    `${SALES_BASE}/${seg(ledgerId)}/references/${seg(reference)}`,
  pspReference: (ledgerId: string, pspReference: string) =>
    `${SALES_BASE}/${seg(ledgerId)}/psp-references/${seg(pspReference)}`,
}

/**
 * The decoded segments after `/sales/report/v1/ledgers/` of a raw (still percent-encoded) path:
 * splitting before decoding keeps an encoded slash inside its segment. Null for bad encoding.
 */
export function salesPathSegments(rawPath: string): string[] | null {
  return segmentsAfter(SALES_BASE, rawPath)
}

function segmentsAfter(base: string, rawPath: string): string[] | null {
  try {
    return rawPath
      .slice(base.length + 1)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
}

/** The Report API (funds and fees): same base URL and token as the Sales API. */
export const REPORT_BASE = '/report/v2/ledgers'
export const REPORT_TOPICS = ['funds', 'fees'] as const
export type ReportTopic = (typeof REPORT_TOPICS)[number]

export const isReportTopic = (value: string | undefined): value is ReportTopic =>
  value === 'funds' || value === 'fees'

export const reportPaths = {
  date: (ledgerId: string, topic: ReportTopic, ledgerDate: string) =>
    `${REPORT_BASE}/${seg(ledgerId)}/${topic}/dates/${seg(ledgerDate)}`,
  feed: (ledgerId: string, topic: ReportTopic) => `${REPORT_BASE}/${seg(ledgerId)}/${topic}/feed`,
}

/** Like salesPathSegments, for the segments after `/report/v2/ledgers/`. */
export function reportPathSegments(rawPath: string): string[] | null {
  return segmentsAfter(REPORT_BASE, rawPath)
}

export const MAX_PAGE_SIZE = 1000
export const DEFAULT_PAGE_SIZE = 100
/** The Report API's default page size is its maximum. */
export const REPORT_DEFAULT_PAGE_SIZE = 1000

/** Oldest data the Sales API holds, per solution (UTC). Earlier periods return nothing. */
export const HISTORICAL_FLOOR = {
  MPOS: '2026-03-09T12:45:00Z',
  VARIABLE_AMOUNT: '2026-03-16T09:28:00Z',
  SHOPPING_BASKET: '2026-04-22T11:04:00Z',
} as const

export const EARLIEST_SALES_DATA = HISTORICAL_FLOOR.MPOS

/**
 * The first ledger date with any data (Oslo date of EARLIEST_SALES_DATA): days before it are not
 * asked for. The server can move it or turn it off (SALES_DATA_FROM, answered by /api/health), for
 * an API that holds older data than its documentation says.
 */
export const DOCUMENTED_SALES_DATA_FROM = '2026-03-09'
