import { dropRepeats, fingerprintOf, identityOf } from './event-identity'
import { type RowOptions, type SaleRow, toSaleRow, unreadableSaleRow } from './sale-row'
import { readSalesEvent } from './schemas'

/** The rows of one source (a ledger date, the feed, a look-up), and what the upstream got wrong. */
export interface SourceRows {
  rows: SaleRow[]
  /** Events the upstream sent again, identical in every field: counted once (event-identity.ts). */
  repeated: number
  /** Events that could not be read: kept as flagged rows (`invalid`), never summed. */
  unreadable: number
}

/**
 * One page read: a row for each of its events (flagged when it could not be read), in order, and
 * each event's fingerprint. The repeat rule is applied later, across all pages of the source
 * (readPagesRows); the events themselves are not kept.
 */
export interface ReadItems {
  items: SaleRow[]
  prints: number[]
}

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

/**
 * Rows of a source's read pages, in the order they arrived: every event that can be read, a flagged
 * row for each one that cannot, and repeats dropped by the one rule, inside and across pages alike.
 */
export function readPagesRows(pages: readonly ReadItems[]): SourceRows {
  const { rows, repeated } =
    pages.length === 1
      ? dropRepeats(pages[0]?.items ?? [], pages[0]?.prints ?? [])
      : dropRepeats(
          pages.flatMap((page) => page.items),
          pages.flatMap((page) => page.prints),
        )
  let unreadable = 0
  for (const row of rows) if (row.invalid) unreadable++
  return { rows, repeated, unreadable }
}

/** Rows of a source's pages of events as sent (readItems, then readPagesRows). */
export function readSourceRows(pages: readonly (readonly unknown[])[], options: RowOptions = {}): SourceRows {
  return readPagesRows(pages.map((items) => readItems(items, options)))
}
