import { HttpResponse, http } from 'msw'
import {
  isReportTopic,
  REPORT_BASE,
  REPORT_DEFAULT_PAGE_SIZE,
  type ReportTopic,
  reportPathSegments,
} from '../../api/endpoints'
import { checkCursor, checkLedgerDate, checkPageSize } from '../../api/params'
import type { ReportEntry } from '../../api/report-schemas'
import type { Merchant } from '../catalog'
import { decodeCursor, encodeCursor } from '../cursor'
import { walkFeed } from '../feed-walk'
import { type Simulator, simulatedVippsProblem } from '../simulator'
import type { SimEntry } from './report-day'

/** The sales handlers' wrapper: latency, token check, injected faults and the request log. */
export type Guard = (request: Request, answer: () => Response) => Promise<Response>

const toWire = ({ timeMs: _, ...entry }: SimEntry): ReportEntry => entry

function pageParams(url: URL): { pageSize: number; cursor: string | null } | Response {
  const pageSizeText = url.searchParams.get('pageSize')
  const sizeProblem = pageSizeText === null ? null : checkPageSize(pageSizeText)
  if (sizeProblem) return simulatedVippsProblem(400, 'Invalid pageSize', sizeProblem)
  const cursor = url.searchParams.get('cursor') || null
  const cursorProblem = cursor === null ? null : checkCursor(cursor)
  if (cursorProblem) return simulatedVippsProblem(400, 'Invalid cursor', cursorProblem)
  return { pageSize: pageSizeText === null ? REPORT_DEFAULT_PAGE_SIZE : Number(pageSizeText), cursor }
}

/** The page answer, with the page size used in the header the real API sends. */
const pageResponse = (body: object, pageSize: number) =>
  HttpResponse.json(body, { headers: { 'Vipps-Feed-Page-Size': String(pageSize) } })

/** Cursors name the topic too, so a funds cursor cannot be used on fees (or on the Sales API). */
const cursorLedger = (merchant: Merchant, topic: ReportTopic) => `${merchant.ledgerId}/${topic}`

function datePage(sim: Simulator, merchant: Merchant, topic: ReportTopic, date: string, url: URL) {
  const params = pageParams(url)
  if (params instanceof Response) return params
  let start = 0
  if (params.cursor) {
    const position = decodeCursor(params.cursor)
    if (
      position?.kind !== 'date' ||
      position.ledgerId !== cursorLedger(merchant, topic) ||
      position.date !== date
    )
      return simulatedVippsProblem(
        400,
        'Invalid cursor',
        'The cursor does not belong to this ledger, topic and date',
      )
    start = position.index
  }
  const entries = sim.report.visibleEntries(merchant, topic, date)
  const items = entries.slice(start, start + params.pageSize)
  const end = start + items.length
  return pageResponse(
    {
      items: items.map(toWire),
      cursor: encodeCursor({ kind: 'date', ledgerId: cursorLedger(merchant, topic), date, index: end }),
      hasMore: end < entries.length,
      tryLater: sim.report.isOpen(merchant, date),
    },
    params.pageSize,
  )
}

function feedPage(sim: Simulator, merchant: Merchant, topic: ReportTopic, url: URL) {
  const params = pageParams(url)
  if (params instanceof Response) return params
  let date = sim.report.windowStart()
  let index = 0
  if (params.cursor) {
    const position = decodeCursor(params.cursor)
    if (position?.kind !== 'feed' || position.ledgerId !== cursorLedger(merchant, topic))
      return simulatedVippsProblem(
        400,
        'Invalid cursor',
        'The cursor does not belong to this ledger and topic feed',
      )
    date = position.date
    index = position.index
  }
  const step = walkFeed({ date, index }, sim.report.today(), params.pageSize, (d) =>
    sim.report.visibleBookedOn(merchant, topic, d),
  )
  return pageResponse(
    {
      items: step.items.map(toWire),
      cursor: encodeCursor({
        kind: 'feed',
        ledgerId: cursorLedger(merchant, topic),
        date: step.date,
        index: step.index,
      }),
      tryLater: !step.more,
    },
    params.pageSize,
  )
}

/** The keys' access to the Report API: the simulator's, or a test ledger's own (catalog.ts). */
function accessOf(sim: Simulator, url: URL) {
  const ledgerId = reportPathSegments(url.pathname)?.[0]
  const merchant = ledgerId === undefined ? undefined : sim.store.merchant(ledgerId)
  return merchant ? sim.knobsFor(merchant).reportAccess : sim.knobs.reportAccess
}

function answer(sim: Simulator, url: URL): Response {
  const access = accessOf(sim, url)
  if (access === 'forbidden')
    return simulatedVippsProblem(403, 'Forbidden', 'These keys may not read the Report API')
  const segments = reportPathSegments(url.pathname)
  if (!segments) return simulatedVippsProblem(400, 'Malformed path')
  const [ledgerId = '', topic, kind, value, ...rest] = segments
  const merchant = sim.store.merchant(ledgerId)
  if (!merchant || access === 'not-found') return simulatedVippsProblem(404, 'Not found', 'No such ledgerId')
  if (!isReportTopic(topic) || rest.length > 0) return simulatedVippsProblem(404, 'Not found')
  if (kind === 'feed' && value === undefined) return feedPage(sim, merchant, topic, url)
  if (kind === 'dates' && value !== undefined) {
    const message = checkLedgerDate(value)
    if (message) return simulatedVippsProblem(400, 'Invalid ledgerDate', message)
    return datePage(sim, merchant, topic, value, url)
  }
  return simulatedVippsProblem(404, 'Not found')
}

/** msw handlers for the Report API's funds and fees, per ledger date and as a feed. */
export function createReportApiHandlers(sim: Simulator, base: string, guarded: Guard) {
  return [
    http.get(`${base}${REPORT_BASE}/*`, ({ request }) =>
      guarded(request, () => answer(sim, new URL(request.url))),
    ),
  ]
}
