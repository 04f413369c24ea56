/**
 * The one rule for events that arrive more than once, applied the same inside a page and across
 * the pages of one source (a ledger date, the feed, one look-up).
 *
 * An event is identified by its pspReference (the transaction id) or, for sales without one (cash),
 * by reference + time + entry type. When a second event with the same identity arrives:
 *
 * - identical in every field, as sent (in any key order; compared by fingerprint, fingerprint.ts):
 *   the upstream sent the same event twice (a page overlap after a cursor shift, a page served
 *   twice). It is counted once and the repeat is counted for a notice.
 *   Two genuine sales cannot look like this: they would share the order reference, the millisecond
 *   and every line, which one till does not produce; counting both would double a real sale.
 * - different in any field: two different events. Both are kept and summed (dropping one could lose
 *   a real sale silently) under unique keys (`#1`, `#2`…). When they share a pspReference both are
 *   flagged, because a transaction id should name one event: one of them may be a corrected copy of
 *   the other, which only the reader can tell. Cash sales of one order in the same millisecond are
 *   not flagged: their identity is ours, not the API's.
 */

export const SHARED_PSP_ISSUE =
  'En annen, ulik hendelse har samme pspReference; begge er tatt med i summene – sjekk om det er samme salg'

interface Identifiable {
  pspReference?: string | null
  reference: string
  time: string
  entryType: string
}

/** The identity of an event, as a key (see the rule above). */
export function identityOf(event: Identifiable): string {
  return event.pspReference
    ? `psp:${event.pspReference}`
    : `ref:${event.reference}|${event.time}|${event.entryType}`
}

export interface IdentifiedRow {
  key: string
  pspReference: string | null
  reference: string
  time: string
  entryType: string
  /** Set on a row whose event could not be read: its identity is built from what could be. */
  invalid: readonly string[] | null
  issues: readonly string[]
}

/** A row's identity (the rule above): a row of an event that could not be read by its reference and time as read. */
export function identityOfRow(row: IdentifiedRow): string {
  return row.invalid ? `unreadable:${row.reference}|${row.time}` : identityOf(row)
}

/**
 * Applies the rule to rows in the order they arrived, each with the fingerprint of its event as sent.
 * Rows are returned as given, except a later distinct event with a taken identity (new key) and
 * rows sharing a pspReference (flagged).
 */
export function dropRepeats<R extends IdentifiedRow>(
  arrived: readonly R[],
  prints: readonly number[],
): { rows: R[]; repeated: number } {
  const rows: R[] = []
  let repeated = 0
  // Per identity, where its first row went; the fingerprints seen only once an identity recurs (rare).
  const first = new Map<string, number>()
  const printsOf = new Map<string, number[]>()
  const keptPrints: number[] = []
  for (let i = 0; i < arrived.length; i++) {
    const row = arrived[i] as R
    const print = prints[i] as number
    const identity = identityOfRow(row)
    const firstIndex = first.get(identity)
    if (firstIndex === undefined) {
      first.set(identity, rows.length)
      keptPrints.push(print)
      rows.push(row)
      continue
    }
    let seen = printsOf.get(identity)
    if (!seen) {
      seen = [keptPrints[firstIndex] as number]
      printsOf.set(identity, seen)
    }
    if (seen.includes(print)) {
      repeated++
      continue
    }
    const ordinal = seen.length
    seen.push(print)
    const shared = row.pspReference !== null
    keptPrints.push(print)
    rows.push({
      ...row,
      key: `${row.key}#${ordinal}`,
      issues: shared ? [...row.issues, SHARED_PSP_ISSUE] : row.issues,
    })
    const firstRow = rows[firstIndex]
    if (shared && firstRow && !firstRow.issues.includes(SHARED_PSP_ISSUE)) {
      rows[firstIndex] = { ...firstRow, issues: [...firstRow.issues, SHARED_PSP_ISSUE] }
    }
  }
  return { rows, repeated }
}

/** The rows of one source (a ledger date, the feed, a look-up), and what the upstream got wrong. */
export interface SourceRows<R = IdentifiedRow> {
  rows: R[]
  /** Events the upstream sent again, identical in every field: counted once. */
  repeated: number
  /** Events that could not be read: kept as flagged rows (`invalid`), never summed. */
  unreadable: number
}

/** A page read into rows, one per event in order, with each event's fingerprint (event-rows.ts). */
export interface ReadItems<R extends IdentifiedRow = IdentifiedRow> {
  items: R[]
  prints: number[]
}

/**
 * Rows of a source's read pages, in the order they arrived: every event that can be read, a flagged
 * row for each one that cannot, and repeats dropped by the one rule, inside and across pages alike.
 */
export function readPagesRows<R extends IdentifiedRow>(pages: readonly ReadItems<R>[]): SourceRows<R> {
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
