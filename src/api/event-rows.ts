import * as v from 'valibot'
import {
  type ReadItems as IdentityReadItems,
  type SourceRows as IdentitySourceRows,
  identityOf,
  readPagesRows,
} from './event-identity'
import { fingerprintOf } from './fingerprint'
import { issueText } from './issue-text'
import { type RowOptions, type SaleRow, toSaleRow, unreadableSaleRow } from './sale-row'
import { type SalesEvent, SalesEventSchema } from './schemas'

export type EventReading = { event: SalesEvent; problems: null } | { event: null; problems: string[] }

/** Reads one event on its own; when it cannot be read, every problem is named by its field path, in Norwegian. */
export function readSalesEvent(item: unknown): EventReading {
  const result = v.safeParse(SalesEventSchema, item, { abortPipeEarly: true })
  if (result.success) return { event: result.output, problems: null }
  return {
    event: null,
    problems: result.issues.map(issueText),
  }
}

/** The rows of one source (a ledger date, the feed, a look-up), and what the upstream got wrong. */
export type SourceRows = IdentitySourceRows<SaleRow>

/**
 * One page read: a row for each of its events (flagged when it could not be read), in order, and
 * each event's fingerprint. The repeat rule is applied later, across all pages of the source
 * (readPagesRows); the events themselves are not kept.
 */
export type ReadItems = IdentityReadItems<SaleRow>

/** A page's items read one by one into rows. */
export function readItems(items: readonly unknown[], options: RowOptions = {}): ReadItems {
  const { keyPrefix = '', ledgerDate } = options
  const rows: SaleRow[] = new Array(items.length)
  const prints: number[] = new Array(items.length)
  for (let i = 0; i < items.length; i++) {
    const raw = items[i]
    prints[i] = fingerprintOf(raw)
    const { event, problems } = readSalesEvent(raw)
    if (event) {
      rows[i] = toSaleRow(event, keyPrefix + identityOf(event), ledgerDate)
      continue
    }
    const row = unreadableSaleRow(raw, problems, '', ledgerDate)
    const identity = `unreadable:${row.reference}|${row.time}`
    row.key = `${keyPrefix}${ledgerDate ? `${ledgerDate}|` : ''}${identity}`
    rows[i] = row
  }
  return { items: rows, prints }
}

/** Rows of a source's pages of events as sent (readItems, then readPagesRows). */
export { readPagesRows }

export function readSourceRows(pages: readonly (readonly unknown[])[], options: RowOptions = {}): SourceRows {
  return readPagesRows(pages.map((items) => readItems(items, options)))
}
