/**
 * The one rule for events that arrive more than once, applied the same inside a page and across
 * the pages of one source (a ledger date, the feed, one look-up).
 *
 * An event is identified by its pspReference (the transaction id) or, for sales without one (cash),
 * by reference + time + entry type. When a second event with the same identity arrives:
 *
 * - identical in every field, as sent: the upstream sent the same event twice (a page overlap after
 *   a cursor shift, a page served twice). It is counted once and the repeat is counted for a notice.
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

/** JSON with object keys sorted, so that two events equal in every field compare equal as text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export interface IdentifiedRow {
  key: string
  pspReference: string | null
  issues: string[]
}

export interface IdentifiedEntry<R extends IdentifiedRow> {
  /** The row, keyed by its identity (plus any prefix). */
  row: R
  /** The event as the upstream sent it: what "identical in every field" compares. */
  raw: unknown
  identity: string
}

/**
 * Applies the rule to entries in the order they arrived. Rows are returned as given, except a later
 * distinct event with a taken identity (new key) and rows sharing a pspReference (flagged).
 */
export function dropRepeats<R extends IdentifiedRow>(
  entries: Iterable<IdentifiedEntry<R>>,
): { rows: R[]; repeated: number } {
  const rows: R[] = []
  let repeated = 0
  const seen = new Map<string, { raws: unknown[]; texts: string[] | null; firstIndex: number }>()
  for (const { row, raw, identity } of entries) {
    const earlier = seen.get(identity)
    if (!earlier) {
      seen.set(identity, { raws: [raw], texts: null, firstIndex: rows.length })
      rows.push(row)
      continue
    }
    // Compared as text only when identities collide, which is rare: most events are never serialised.
    earlier.texts ??= earlier.raws.map(canonicalJson)
    const text = canonicalJson(raw)
    if (earlier.texts.includes(text)) {
      repeated++
      continue
    }
    const ordinal = earlier.raws.length
    earlier.raws.push(raw)
    earlier.texts.push(text)
    const shared = row.pspReference !== null
    rows.push({
      ...row,
      key: `${row.key}#${ordinal}`,
      issues: shared ? [...row.issues, SHARED_PSP_ISSUE] : row.issues,
    })
    const first = rows[earlier.firstIndex]
    if (shared && first && !first.issues.includes(SHARED_PSP_ISSUE)) {
      rows[earlier.firstIndex] = { ...first, issues: [...first.issues, SHARED_PSP_ISSUE] }
    }
  }
  return { rows, repeated }
}
