/**
 * The one rule for events that arrive more than once, applied the same inside a page and across
 * the pages of one source (a ledger date, the feed, one look-up).
 *
 * An event is identified by its pspReference (the transaction id) or, for sales without one (cash),
 * by reference + time + entry type. When a second event with the same identity arrives:
 *
 * - identical in every field, as sent (in any key order; compared by fingerprint, fingerprintOf):
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

/**
 * A fingerprint of a value as sent: equal for values equal in every field, whatever the order of
 * their keys (an `undefined` field counts as absent, as in JSON). Rows keep this instead of the
 * event itself, so the rule above can still tell a repeat from a different event after the page
 * is gone. 52 bits from two independent 32-bit hashes: two different events would have to share
 * an identity and all 52 bits to be taken for a repeat (about one chance in 4·10^15 per such pair).
 */
export function fingerprintOf(value: unknown): number {
  hashValue(value)
  return (outA >>> 0) * 2 ** 20 + (outB >>> 12)
}

// The hash of the last value hashed, in two 32-bit lanes (module registers: no allocation per value).
let outA = 0
let outB = 0

function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

function hashText(text: string, seed: number): void {
  let a = 0xdeadbeef ^ seed ^ text.length
  let b = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 2654435761)
    b = Math.imul(b ^ c, 1597334677)
  }
  outA = mix(a ^ Math.imul(b ^ (b >>> 15), 0x735a2d97))
  outB = mix(b ^ Math.imul(a ^ (a >>> 15), 0xcaf649a9))
}

const numberBits = new Float64Array(1)
const numberWords = new Uint32Array(numberBits.buffer)

const SEED = { text: 1, number: 2, true: 3, false: 4, null: 5, array: 6, object: 7, key: 8, other: 9 }

function hashValue(value: unknown): void {
  if (typeof value === 'string') hashText(value, SEED.text)
  else if (typeof value === 'number') {
    numberBits[0] = value === 0 ? 0 : value
    outA = mix((numberWords[0] as number) ^ Math.imul(SEED.number, 0x9e3779b1))
    outB = mix((numberWords[1] as number) ^ Math.imul(outA, 0x85ebca6b))
  } else if (value === null) hashText('', SEED.null)
  else if (value === true || value === false) hashText('', value ? SEED.true : SEED.false)
  else if (Array.isArray(value)) hashList(value)
  else if (typeof value === 'object') hashRecord(value as Record<string, unknown>)
  else hashText(String(value), SEED.other)
}

/** In order: [a, b] is not [b, a]. */
function hashList(list: readonly unknown[]): void {
  let a = SEED.array
  let b = ~SEED.array
  for (const item of list) {
    hashValue(item)
    a = mix(Math.imul(a, 31) ^ outA)
    b = mix(Math.imul(b, 37) ^ outB)
  }
  outA = mix(a ^ list.length)
  outB = mix(b ^ Math.imul(list.length, 0x9e3779b1))
}

/** In any key order: the fields' hashes are added up, and a sum does not depend on the order. */
function hashRecord(record: Record<string, unknown>): void {
  let a = 0
  let b = 0
  let fields = 0
  for (const key of Object.keys(record)) {
    const field = record[key]
    if (field === undefined) continue
    hashValue(field)
    const valueA = outA
    const valueB = outB
    hashText(key, SEED.key)
    a = (a + mix(outA ^ Math.imul(valueA, 0x9e3779b1))) | 0
    b = (b + mix(outB ^ Math.imul(valueB, 0x85ebca6b))) | 0
    fields++
  }
  outA = mix(a ^ Math.imul(SEED.object, 0x27d4eb2d) ^ fields)
  outB = mix(b ^ Math.imul(fields + SEED.object, 0x165667b1))
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
