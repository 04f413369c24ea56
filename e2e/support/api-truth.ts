import type { APIRequestContext } from '@playwright/test'

/**
 * Ground truth for the e2e journeys, straight from the API's JSON with a few rules of our own.
 * Nothing here comes from src/: if the app's reading of an event goes wrong (a refund's sign, a
 * missing amount, an unknown type), these figures do not go wrong with it.
 *
 * The rules, from the API docs: a refund reduces totals whichever sign it is written with; an
 * entry type other than capture/refund is not a sale and not summed; a missing amount is missing
 * (counted apart, never zero); net and VAT count only when the event has a VAT breakdown.
 */

export interface RawLine {
  name?: string | null
  category?: string | null
  quantity?: number | null
  lineTotalGross?: number | null
  lineTotalNet?: number | null
  vatAmount?: number | null
  vatRate?: number | null
  discountTotal?: number | null
}

export interface RawEvent {
  entryType: string
  time: string
  reference: string
  pspReference?: string | null
  paymentType?: string | null
  amounts?: { gross?: number | null; net?: number | null; vat?: number | null } | null
  lines?: RawLine[] | null
  classification?: { solution?: string | null; salesCategory?: string | null } | null
  completeness?: { hasVatBreakdown?: boolean | null } | null
}

export interface RawPage {
  items: RawEvent[]
  cursor?: string | null
  hasMore: boolean
}

// ——— dates (Oslo), without the app's helpers ———

/** The Oslo date of the run's frozen moment (SIM_NOW), unless told another. */
export function osloToday(now = Date.parse(process.env.SIM_NOW ?? '') || Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(now)
}

export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** A date as typed into the date fields: dd.mm.åååå. */
export const typed = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`

export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = []
  for (let date = from; date <= to; date = shiftDate(date, 1)) dates.push(date)
  return dates
}

// ——— reading the API ———

export const datePath = (ledgerId: string, date: string) =>
  `/api/sales/report/v1/ledgers/${encodeURIComponent(ledgerId)}/dates/${date}`

/** Every event of a period, day by day and page by page, in the API's order. */
export async function eventsOfPeriod(
  request: APIRequestContext,
  ledgerId: string,
  from: string,
  to: string,
): Promise<RawEvent[]> {
  const events: RawEvent[] = []
  for (const date of datesBetween(from, to)) {
    let cursor = ''
    for (;;) {
      const query = new URLSearchParams({ pageSize: '1000', ...(cursor ? { cursor } : {}) })
      const response = await request.get(`${datePath(ledgerId, date)}?${query}`)
      if (!response.ok()) throw new Error(`${response.status()} for ${date}`)
      const page = (await response.json()) as RawPage
      events.push(...page.items)
      cursor = page.cursor ?? ''
      if (!page.hasMore) break
    }
  }
  return events
}

export async function orderEvents(request: APIRequestContext, ledgerId: string, reference: string) {
  const path = `/api/sales/report/v1/ledgers/${encodeURIComponent(ledgerId)}/references/${encodeURIComponent(reference)}`
  return ((await (await request.get(path)).json()) as { items: RawEvent[] }).items
}

// ——— the rules ———

export const isRefund = (e: RawEvent) => e.entryType.toLowerCase() === 'refund'
/** Captures and refunds are summed; anything else is shown but not summed. */
export const isSummed = (e: RawEvent) => ['capture', 'refund'].includes(e.entryType.toLowerCase())

const signed = (e: RawEvent, value: number) => (isRefund(e) ? -Math.abs(value) : value)
const present = (value: number | null | undefined): value is number => value !== null && value !== undefined

export function amountsOf(e: RawEvent): { gross: number | null; net: number | null; vat: number | null } {
  const { gross, net, vat } = e.amounts ?? {}
  const vatGiven = e.completeness?.hasVatBreakdown !== false && present(net) && present(vat)
  return {
    gross: present(gross) ? signed(e, gross) : null,
    net: vatGiven ? signed(e, net) : null,
    vat: vatGiven ? signed(e, vat) : null,
  }
}

export function sums(events: readonly RawEvent[]) {
  const totals = {
    count: events.length,
    captures: 0,
    refunds: 0,
    gross: 0,
    net: 0,
    vat: 0,
    withoutGross: 0,
    withoutVat: 0,
  }
  for (const e of events) {
    if (!isSummed(e)) continue
    if (isRefund(e)) totals.refunds++
    else totals.captures++
    const { gross, net, vat } = amountsOf(e)
    if (gross === null) totals.withoutGross++
    else totals.gross += gross
    if (net === null || vat === null) totals.withoutVat++
    else {
      totals.net += net
      totals.vat += vat
    }
  }
  return totals
}

export const UNCATEGORISED = '(uten kategori)'

/** The categories an event's money is in: its lines' (or its sales category without lines). */
export function categoriesOf(e: RawEvent): string[] {
  const salesCategory = e.classification?.salesCategory || null
  const lines = e.lines ?? []
  if (lines.length === 0) return [salesCategory ?? UNCATEGORISED]
  return [...new Set(lines.map((l) => l.category || salesCategory || UNCATEGORISED))]
}

/** Whether the lines carry every amount of the event and add up to it exactly. */
export function linesAddUp(e: RawEvent): boolean {
  const lines = e.lines ?? []
  const { gross, net, vat } = amountsOf(e)
  const total = (pick: (l: RawLine) => number | null | undefined) =>
    lines.every((l) => present(pick(l))) ? lines.reduce((s, l) => s + signed(e, pick(l) as number), 0) : null
  if (lines.length === 0 || gross === null || total((l) => l.lineTotalGross) !== gross) return false
  return net === null || (total((l) => l.lineTotalNet) === net && total((l) => l.vatAmount) === vat)
}

/** A category's own gross in a set of events: its lines where they add up, a whole one-category event otherwise. */
export function categoryGross(events: readonly RawEvent[], category: string): number {
  let gross = 0
  for (const e of events) {
    if (!isSummed(e)) continue
    if (linesAddUp(e)) {
      for (const l of e.lines ?? []) {
        if ((l.category || e.classification?.salesCategory || UNCATEGORISED) === category) {
          gross += signed(e, l.lineTotalGross as number)
        }
      }
    } else if (categoriesOf(e).join() === category) gross += amountsOf(e).gross ?? 0
  }
  return gross
}

/** Gross, largest first, missing last; equal amounts keep the API's order (Array.sort is stable). */
export const byGrossDescending = (a: RawEvent, b: RawEvent) => {
  const ga = amountsOf(a).gross
  const gb = amountsOf(b).gross
  if (ga === null || gb === null) return ga === gb ? 0 : ga === null ? 1 : -1
  return gb - ga
}

// ——— what the page shows ———

/** "1 234,50 kr" as the page shows it (nb-NO, narrow no-break spaces normalised). */
export function kroner(minor: number): string {
  return normaliseSpaces(
    new Intl.NumberFormat('nb-NO', {
      style: 'currency',
      currency: 'NOK',
      currencyDisplay: 'narrowSymbol',
    }).format(minor / 100),
  )
}

export const normaliseSpaces = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

/** A CSV cell in kroner with a decimal comma ("-1234,50") → øre; empty → 0. */
export function parseKroner(text: string): number {
  if (text.trim() === '') return 0
  const match = /^(-?)(\d+),(\d{2})$/.exec(text.trim())
  if (!match) throw new Error(`not an amount in kroner: ${text}`)
  const minor = Number(match[2]) * 100 + Number(match[3])
  return match[1] ? -minor : minor
}
