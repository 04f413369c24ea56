/**
 * A fingerprint of a value as sent: equal for values equal in every field, whatever the order of
 * their keys (an `undefined` field counts as absent, as in JSON). Rows keep this instead of the
 * event itself, so the repeat rule (event-identity.ts) can still tell a repeat from a different event after the page
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
