import { hashSeed } from './rng'

/**
 * The simulator's cursors: a position (date + index into that date's events) wrapped so that
 * clients cannot read or forge it, like the real API's opaque cursors.
 */
export interface CursorPosition {
  kind: 'date' | 'feed'
  ledgerId: string
  date: string
  index: number
}

function checksum(payload: string): string {
  return hashSeed('cursor', payload).toString(36)
}

export function encodeCursor(position: CursorPosition): string {
  const payload = [position.kind, position.ledgerId, position.date, position.index].join('|')
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${checksum(payload)}`
}

export function decodeCursor(cursor: string): CursorPosition | null {
  const [encoded, sum, extra] = cursor.split('.')
  if (!encoded || !sum || extra !== undefined) return null
  const payload = Buffer.from(encoded, 'base64url').toString('utf8')
  if (checksum(payload) !== sum) return null
  const [kind, ledgerId, date, index] = payload.split('|')
  if ((kind !== 'date' && kind !== 'feed') || !ledgerId || !date || !/^\d+$/.test(index ?? '')) return null
  return { kind, ledgerId, date, index: Number(index) }
}
