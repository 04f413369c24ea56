import type { APIRequestContext } from '@playwright/test'
import { salesPaths } from '../../src/api/endpoints'
import { datesBetween } from '../../src/api/oslo-time'
import { type SaleRow, toSaleRows } from '../../src/api/sale-row'
import { parseOrThrow, SalesPageSchema } from '../../src/api/schemas'

/** Ground truth for e2e: every event of a period, read page by page straight from the proxy. */
export async function eventsOfPeriod(
  request: APIRequestContext,
  ledgerId: string,
  from: string,
  to: string,
): Promise<SaleRow[]> {
  const rows: SaleRow[] = []
  for (const date of datesBetween(from, to)) {
    let cursor = ''
    for (;;) {
      const query = new URLSearchParams({ pageSize: '1000', ...(cursor ? { cursor } : {}) })
      const response = await request.get(`/api${salesPaths.date(ledgerId, date)}?${query}`)
      if (!response.ok()) throw new Error(`${response.status()} for ${date}`)
      const page = parseOrThrow(SalesPageSchema, await response.json(), 'page')
      rows.push(...toSaleRows(page.items))
      cursor = page.cursor ?? ''
      if (!page.hasMore) break
    }
  }
  return rows
}

export function sums(rows: SaleRow[]) {
  let gross = 0
  let net = 0
  let vat = 0
  for (const row of rows) {
    gross += row.gross ?? 0
    if (row.net !== null && row.vat !== null) {
      net += row.net
      vat += row.vat
    }
  }
  return { count: rows.length, gross, net, vat }
}

/** "1 234,50 kr" as the page shows it (nb-NO, narrow no-break spaces normalised). */
export function kroner(minor: number): string {
  return new Intl.NumberFormat('nb-NO', {
    style: 'currency',
    currency: 'NOK',
    currencyDisplay: 'narrowSymbol',
  }).format(minor / 100)
}

export const normaliseSpaces = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')
