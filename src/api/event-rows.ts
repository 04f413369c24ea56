import { dropRepeats, type IdentifiedEntry, identityOf } from './event-identity'
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

interface PageEntries {
  options: string
  entries: IdentifiedEntry<SaleRow>[]
}

const entriesByItems = new WeakMap<readonly unknown[], PageEntries>()

/** A page's items read one by one into rows, once per items array. */
function entriesOf(items: readonly unknown[], options: RowOptions): IdentifiedEntry<SaleRow>[] {
  const { keyPrefix = '', ledgerDate } = options
  const optionsKey = `${keyPrefix}\n${ledgerDate ?? ''}`
  const cached = entriesByItems.get(items)
  if (cached?.options === optionsKey) return cached.entries
  const entries = items.map((raw): IdentifiedEntry<SaleRow> => {
    const { event, problems } = readSalesEvent(raw)
    if (event) {
      const identity = identityOf(event)
      return { identity, raw, row: toSaleRow(event, keyPrefix + identity, ledgerDate) }
    }
    const fields = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
    const identity = `unreadable:${String(fields.reference ?? '')}|${String(fields.time ?? '')}`
    const key = `${keyPrefix}${ledgerDate ? `${ledgerDate}|` : ''}${identity}`
    return { identity, raw, row: unreadableSaleRow(raw, problems, key, ledgerDate) }
  })
  entriesByItems.set(items, { options: optionsKey, entries })
  return entries
}

/**
 * Rows of a source's pages, in the order they arrived: every event that can be read, a flagged row
 * for each one that cannot, and repeats dropped by the one rule, inside and across pages alike.
 */
export function readSourceRows(pages: readonly (readonly unknown[])[], options: RowOptions = {}): SourceRows {
  const { rows, repeated } = dropRepeats(pages.flatMap((items) => entriesOf(items, options)))
  let unreadable = 0
  for (const row of rows) if (row.invalid) unreadable++
  return { rows, repeated, unreadable }
}
