import { delay, HttpResponse, http } from 'msw'
import {
  DEFAULT_PAGE_SIZE,
  LEDGERS_PATH,
  SALES_BASE,
  salesPathSegments,
  TOKEN_PATH,
  VIPPS_PRODUCTION_BASE_URL,
} from '../api/endpoints'
import { checkCursor, checkLedgerDate, checkPageSize } from '../api/params'
import type { SalesEvent } from '../api/schemas'
import type { Merchant } from './catalog'
import { decodeCursor, encodeCursor } from './cursor'
import { walkFeed } from './feed-walk'
import type { LedgerKnobs } from './knobs'
import { createReportApiHandlers } from './report/report-handlers'
import { type Simulator, simulatedVippsProblem } from './simulator'
import { eventsOnTheWire } from './wire-faults'

export interface HandlerOptions {
  baseUrl?: string
  /** When set, the token endpoint accepts only these keys; otherwise any non-empty pair. */
  credentials?: { clientId: string; clientSecret: string }
}

function pageParams(url: URL): { pageSize: number; cursor: string | null } | Response {
  const pageSizeText = url.searchParams.get('pageSize')
  if (pageSizeText !== null) {
    const message = checkPageSize(pageSizeText)
    if (message) return simulatedVippsProblem(400, 'Invalid pageSize', message)
  }
  const cursor = url.searchParams.get('cursor')
  if (cursor !== null && cursor !== '' && checkCursor(cursor))
    return simulatedVippsProblem(400, 'Invalid cursor', checkCursor(cursor) ?? '')
  return {
    pageSize: pageSizeText === null ? DEFAULT_PAGE_SIZE : Number(pageSizeText),
    cursor: cursor || null,
  }
}

interface PageAnswer {
  items: unknown[]
  cursor: string | null
  hasMore: boolean
}

/**
 * The page as this ledger's upstream sends it: as it is, or breaking the paging contract the way
 * the pagingFault knob says. `freshCursor` is a cursor past this page that was never handed out.
 */
function withPagingFault(
  fault: LedgerKnobs['pagingFault'],
  page: PageAnswer,
  asked: string | null,
  freshCursor: () => string,
): PageAnswer {
  switch (fault) {
    case 'none':
      return page
    case 'repeat-cursor':
      // Stuck: every page says there is more, and a page asked for by cursor points back to itself.
      return { items: page.items, cursor: asked ?? page.cursor, hasMore: true }
    case 'more-without-cursor':
      return { items: page.items, cursor: null, hasMore: true }
    case 'endless-empty-pages':
      // At the real end it says there is more, with a new cursor to nothing, again and again.
      return page.hasMore ? page : { items: page.items, cursor: freshCursor(), hasMore: true }
  }
}

function datePage(sim: Simulator, merchant: Merchant, date: string, url: URL): Response {
  const params = pageParams(url)
  if (params instanceof Response) return params
  let start = 0
  if (params.cursor) {
    const position = decodeCursor(params.cursor)
    if (position?.kind !== 'date' || position.ledgerId !== merchant.ledgerId || position.date !== date) {
      return simulatedVippsProblem(
        400,
        'Invalid cursor',
        'The cursor does not belong to this ledger and date',
      )
    }
    start = position.index
  }
  const knobs = sim.knobsFor(merchant)
  const events = eventsOnTheWire(
    sim.store.visibleEventsOf(merchant, date),
    knobs,
    knobs.seed,
    merchant.ledgerId,
    date,
  )
  const items = events.slice(start, start + params.pageSize)
  const end = start + items.length
  const cursorAt = (index: number) => encodeCursor({ kind: 'date', ledgerId: merchant.ledgerId, date, index })
  return HttpResponse.json(
    withPagingFault(
      knobs.pagingFault,
      { items, cursor: cursorAt(end), hasMore: end < events.length },
      params.cursor,
      () => cursorAt(Math.max(end, events.length) + 1),
    ),
  )
}

function feedPage(sim: Simulator, merchant: Merchant, url: URL): Response {
  const params = pageParams(url)
  if (params instanceof Response) return params
  let date = sim.store.firstDate(merchant)
  let index = 0
  if (params.cursor) {
    const position = decodeCursor(params.cursor)
    if (position?.kind !== 'feed' || position.ledgerId !== merchant.ledgerId) {
      return simulatedVippsProblem(400, 'Invalid cursor', 'The cursor does not belong to this ledger feed')
    }
    date = position.date
    index = position.index
  }
  const today = sim.store.today()
  const knobs = sim.knobsFor(merchant)
  const wire = (day: string) =>
    eventsOnTheWire(sim.store.visibleEventsOf(merchant, day), knobs, knobs.seed, merchant.ledgerId, day)
  const step = walkFeed({ date, index }, today, params.pageSize, wire)
  const cursorAt = (at: number) =>
    encodeCursor({ kind: 'feed', ledgerId: merchant.ledgerId, date: step.date, index: at })
  return HttpResponse.json(
    withPagingFault(
      knobs.pagingFault,
      { items: step.items, cursor: cursorAt(step.index), hasMore: step.more },
      params.cursor,
      () => cursorAt(Math.max(step.index, wire(step.date).length) + 1),
    ),
  )
}

/**
 * A look-up's answer: a page of the matching events. The docs show no 404 for an unknown
 * reference, so by default it is an empty page; the lookupMiss knob gives the 404 reading.
 */
function lookupAnswer(sim: Simulator, merchant: Merchant, items: SalesEvent[], what: string): Response {
  if (items.length === 0 && sim.knobsFor(merchant).lookupMiss === '404')
    return simulatedVippsProblem(404, `${what} not found`, `No sales with this ${what}`)
  return HttpResponse.json({ items, cursor: null, hasMore: false })
}

/**
 * msw handlers that speak the upstream Vipps MobilePay API exactly: the token endpoint, the
 * Report API's ledgers list and the four Sales API endpoints. The same handlers answer unit
 * tests (msw/node), e2e runs and the demo mode of the proxy.
 */
export function createSalesApiHandlers(sim: Simulator, options: HandlerOptions = {}) {
  const base = options.baseUrl ?? VIPPS_PRODUCTION_BASE_URL

  const guarded = async (request: Request, answer: () => Response): Promise<Response> => {
    const wait = sim.latencyFor()
    if (wait > 0) await delay(wait)
    let response: Response
    if (!sim.admitsCallWith(request.headers.get('authorization'))) {
      response = simulatedVippsProblem(401, 'Unauthorized', 'Missing, invalid or expired access token')
    } else {
      response = sim.injectedFault() ?? answer()
    }
    sim.requestLog.push({
      method: request.method,
      path: new URL(request.url).pathname + new URL(request.url).search,
      status: response.status,
      headers: Object.fromEntries(request.headers),
    })
    return response
  }

  return [
    http.post(`${base}${TOKEN_PATH}`, async ({ request }) => {
      const auth = request.headers.get('authorization') ?? ''
      const body = new URLSearchParams(await request.text())
      const [clientId, clientSecret] = auth.startsWith('Basic ')
        ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':')
        : []
      const expected = options.credentials
      const accepted = expected
        ? clientId === expected.clientId && clientSecret === expected.clientSecret
        : Boolean(clientId && clientSecret)
      sim.requestLog.push({
        method: 'POST',
        path: TOKEN_PATH,
        status: accepted ? 200 : 401,
        headers: Object.fromEntries(request.headers),
      })
      if (body.get('grant_type') !== 'client_credentials') {
        return simulatedVippsProblem(400, 'Invalid grant_type', 'grant_type must be client_credentials')
      }
      if (!accepted) return simulatedVippsProblem(401, 'Invalid client credentials')
      return HttpResponse.json(sim.issueToken())
    }),

    http.get(`${base}${LEDGERS_PATH}`, ({ request }) =>
      guarded(request, () =>
        HttpResponse.json({
          items: sim.store.merchants.map((m) => ({
            ledgerId: m.ledgerId,
            currency: 'NOK',
            payoutBankAccount: { scheme: 'BBAN:NO', id: `1234${m.ledgerId}0` },
            owner: { scheme: 'business:NO:ORG', id: m.orgNumber },
            settlesForRecipientHandles: [m.recipientHandle],
            displayName: m.displayName,
          })),
          cursor: '',
        }),
      ),
    ),

    http.get(`${base}${SALES_BASE}/*`, ({ request }) =>
      guarded(request, () => {
        const url = new URL(request.url)
        const segments = salesPathSegments(url.pathname)
        if (!segments) return simulatedVippsProblem(400, 'Malformed path')
        const [ledgerId = '', kind, value, ...rest] = segments
        const merchant = sim.store.merchant(ledgerId)
        if (!merchant)
          return simulatedVippsProblem(404, 'Ledger not found', `No ledger ${ledgerId} for these keys`)
        if (rest.length > 0) return simulatedVippsProblem(404, 'Not found')
        if (kind === undefined) return feedPage(sim, merchant, url)
        if (kind === 'dates' && value !== undefined) {
          const message = checkLedgerDate(value)
          if (message) return simulatedVippsProblem(400, 'Invalid ledgerDate', message)
          return datePage(sim, merchant, value, url)
        }
        if (kind === 'references' && value) {
          return lookupAnswer(sim, merchant, sim.store.byReference(merchant, value), 'reference')
        }
        if (kind === 'psp-references' && value) {
          const event = sim.store.byPspReference(merchant, value)
          return lookupAnswer(sim, merchant, event ? [event] : [], 'pspReference')
        }
        return simulatedVippsProblem(404, 'Not found')
      }),
    ),

    ...createReportApiHandlers(sim, base, guarded),
  ]
}
