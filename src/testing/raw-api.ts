import { getResponse } from 'msw'
import { type ReportTopic, reportPaths, salesPaths, VIPPS_PRODUCTION_BASE_URL } from '../api/endpoints'
import { ReportDatePageSchema, type ReportEntry, ReportFeedPageSchema } from '../api/report-schemas'
import { parseOrThrow, type SalesEvent, SalesPageSchema } from '../api/schemas'
import { createSalesApiHandlers } from '../mocks/handlers'
import type { SimulatorKnobs } from '../mocks/knobs'
import { Simulator } from '../mocks/simulator'
import { TEST_NOW } from './demo-backend'

/**
 * The simulator's upstream API, called the way Vipps MobilePay is called (token, then pages by
 * cursor), with nothing from src/features or src/shared in between: the raw truth tests compare
 * their expected figures against.
 */
export function rawApi(knobs: Partial<SimulatorKnobs> = {}) {
  const sim = new Simulator({ fixedNow: TEST_NOW, ...knobs })
  const handlers = createSalesApiHandlers(sim)
  let token = ''

  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await getResponse(handlers, new Request(`${VIPPS_PRODUCTION_BASE_URL}${path}`, init))
    if (!response) throw new Error(`no handler for ${path}`)
    return response
  }

  async function get(path: string): Promise<Response> {
    if (!token) {
      const response = await call('/miami/v1/token', {
        method: 'POST',
        headers: {
          Authorization: `Basic ${btoa('id:secret')}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      })
      token = ((await response.json()) as { access_token: string }).access_token
    }
    return call(path, { headers: { Authorization: `Bearer ${token}` } })
  }

  async function getJson(path: string): Promise<unknown> {
    const response = await get(path)
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
    return response.json()
  }

  const query = (pageSize: number, cursor: string | null | undefined) =>
    new URLSearchParams({ pageSize: String(pageSize), ...(cursor ? { cursor } : {}) }).toString()

  /** Every sales event of a ledger date. */
  async function salesDay(ledgerId: string, date: string, pageSize = 1000): Promise<SalesEvent[]> {
    const items: SalesEvent[] = []
    let cursor: string | null | undefined
    for (;;) {
      const body = await getJson(`${salesPaths.date(ledgerId, date)}?${query(pageSize, cursor)}`)
      const page = parseOrThrow(SalesPageSchema, body, 'sales page')
      items.push(...page.items)
      cursor = page.cursor
      if (!page.hasMore) return items
    }
  }

  /** Every entry of a topic's ledger date, and whether the date was still open on its last page. */
  async function reportDay(ledgerId: string, topic: ReportTopic, date: string, pageSize = 1000) {
    const items: ReportEntry[] = []
    let cursor: string | null | undefined
    for (;;) {
      const body = await getJson(`${reportPaths.date(ledgerId, topic, date)}?${query(pageSize, cursor)}`)
      const page = parseOrThrow(ReportDatePageSchema, body, 'report page')
      items.push(...page.items)
      cursor = page.cursor
      if (!page.hasMore) return { items, tryLater: page.tryLater ?? null }
    }
  }

  /** A topic's feed from its start until it says tryLater, and the cursor to resume from. */
  async function reportFeed(ledgerId: string, topic: ReportTopic, pageSize = 1000, from?: string) {
    const items: ReportEntry[] = []
    let cursor: string | null | undefined = from
    for (let pages = 1; ; pages++) {
      const body = await getJson(`${reportPaths.feed(ledgerId, topic)}?${query(pageSize, cursor)}`)
      const page = parseOrThrow(ReportFeedPageSchema, body, 'feed page')
      items.push(...page.items)
      cursor = page.cursor
      if (page.tryLater) return { items, cursor, pages }
    }
  }

  return { sim, get, salesDay, reportDay, reportFeed }
}
