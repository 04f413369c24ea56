import { delay, HttpResponse, http } from 'msw'
import { DEFAULT_PAGE_SIZE, LEDGERS_PATH, SALES_BASE, salesPathSegments, TOKEN_PATH } from '../api/endpoints'
import { addDays } from '../api/oslo-time'
import { checkCursor, checkLedgerDate, checkPageSize } from '../api/params'
import type { SalesEvent } from '../api/schemas'
import type { Merchant } from './catalog'
import { decodeCursor, encodeCursor } from './cursor'
import { createReportApiHandlers } from './report/report-handlers'
import { problemResponse, type Simulator } from './simulator'

export const VIPPS_BASE_URL = 'https://api.vipps.no'

export interface HandlerOptions {
  baseUrl?: string
  /** When set, the token endpoint accepts only these keys; otherwise any non-empty pair. */
  credentials?: { clientId: string; clientSecret: string }
}

function pageParams(url: URL): { pageSize: number; cursor: string | null } | Response {
  const pageSizeText = url.searchParams.get('pageSize')
  if (pageSizeText !== null) {
    const message = checkPageSize(pageSizeText)
    if (message) return problemResponse(400, 'Invalid pageSize', message)
  }
  const cursor = url.searchParams.get('cursor')
  if (cursor !== null && cursor !== '' && checkCursor(cursor))
    return problemResponse(400, 'Invalid cursor', checkCursor(cursor) ?? '')
  return {
    pageSize: pageSizeText === null ? DEFAULT_PAGE_SIZE : Number(pageSizeText),
    cursor: cursor || null,
  }
}

function datePage(sim: Simulator, merchant: Merchant, date: string, url: URL): Response {
  const params = pageParams(url)
  if (params instanceof Response) return params
  let start = 0
  if (params.cursor) {
    const position = decodeCursor(params.cursor)
    if (position?.kind !== 'date' || position.ledgerId !== merchant.ledgerId || position.date !== date) {
      return problemResponse(400, 'Invalid cursor', 'The cursor does not belong to this ledger and date')
    }
    start = position.index
  }
  const events = sim.store.visibleEventsOf(merchant, date)
  const items = events.slice(start, start + params.pageSize)
  const end = start + items.length
  return HttpResponse.json({
    items,
    cursor: encodeCursor({ kind: 'date', ledgerId: merchant.ledgerId, date, index: end }),
    hasMore: end < events.length,
  })
}

function feedPage(sim: Simulator, merchant: Merchant, url: URL): Response {
  const params = pageParams(url)
  if (params instanceof Response) return params
  let date = sim.store.firstDate(merchant)
  let index = 0
  if (params.cursor) {
    const position = decodeCursor(params.cursor)
    if (position?.kind !== 'feed' || position.ledgerId !== merchant.ledgerId) {
      return problemResponse(400, 'Invalid cursor', 'The cursor does not belong to this ledger feed')
    }
    date = position.date
    index = position.index
  }
  const today = sim.store.today()
  const items: SalesEvent[] = []
  let dayEvents = sim.store.visibleEventsOf(merchant, date)
  while (items.length < params.pageSize) {
    if (index < dayEvents.length) {
      const taken = dayEvents.slice(index, index + params.pageSize - items.length)
      items.push(...taken)
      index += taken.length
      continue
    }
    if (date >= today) break
    date = addDays(date, 1)
    index = 0
    dayEvents = sim.store.visibleEventsOf(merchant, date)
  }
  // More exists if this day has more, or any later day (up to today) has any.
  let hasMore = index < dayEvents.length
  for (let d = date; !hasMore && d < today; ) {
    d = addDays(d, 1)
    hasMore = sim.store.visibleEventsOf(merchant, d).length > 0
  }
  return HttpResponse.json({
    items,
    cursor: encodeCursor({ kind: 'feed', ledgerId: merchant.ledgerId, date, index }),
    hasMore,
  })
}

/**
 * msw handlers that speak the upstream Vipps MobilePay API exactly: the token endpoint, the
 * Report API's ledgers list and the four Sales API endpoints. The same handlers answer unit
 * tests (msw/node), e2e runs and the demo mode of the proxy.
 */
export function createSalesApiHandlers(sim: Simulator, options: HandlerOptions = {}) {
  const base = options.baseUrl ?? VIPPS_BASE_URL

  const guarded = async (request: Request, answer: () => Response): Promise<Response> => {
    const wait = sim.latencyFor()
    if (wait > 0) await delay(wait)
    let response: Response
    if (!sim.isTokenValid(request.headers.get('authorization'))) {
      response = problemResponse(401, 'Unauthorized', 'Missing, invalid or expired access token')
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
        return problemResponse(400, 'Invalid grant_type', 'grant_type must be client_credentials')
      }
      if (!accepted) return problemResponse(401, 'Invalid client credentials')
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
        if (!segments) return problemResponse(400, 'Malformed path')
        const [ledgerId = '', kind, value, ...rest] = segments
        const merchant = sim.store.merchant(ledgerId)
        if (!merchant) return problemResponse(404, 'Ledger not found', `No ledger ${ledgerId} for these keys`)
        if (rest.length > 0) return problemResponse(404, 'Not found')
        if (kind === undefined) return feedPage(sim, merchant, url)
        if (kind === 'dates' && value !== undefined) {
          const message = checkLedgerDate(value)
          if (message) return problemResponse(400, 'Invalid ledgerDate', message)
          return datePage(sim, merchant, value, url)
        }
        if (kind === 'references' && value) {
          const items = sim.store.byReference(merchant, value)
          if (items.length === 0)
            return problemResponse(404, 'Reference not found', 'No sales with this reference')
          return HttpResponse.json({ items })
        }
        if (kind === 'psp-references' && value) {
          const event = sim.store.byPspReference(merchant, value)
          if (!event)
            return problemResponse(404, 'pspReference not found', 'No transaction with this pspReference')
          return HttpResponse.json({ items: [event] })
        }
        return problemResponse(404, 'Not found')
      }),
    ),

    ...createReportApiHandlers(sim, base, guarded),
  ]
}
