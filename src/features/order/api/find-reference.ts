import type { QueryClient } from '@tanstack/react-query'
import { createLimiter } from '../../../shared/period/limiter'
import { orderByReferenceOptions, transactionByPspOptions } from './lookups'

export interface ReferenceHit {
  ledgerId: string
  /** Found as an order reference, or as a transaction's pspReference. */
  kind: 'order' | 'transaction'
  reference: string
  pspReference: string | null
}

export interface ReferenceSearch {
  hits: ReferenceHit[]
  /** Ledgers searched, and those whose look-up failed (so "not found" is not said of them). */
  searched: number
  failed: string[]
}

/** Ledgers looked up at once: each look-up is one or two calls upstream. */
const LEDGER_CONCURRENCY = 4

async function findInLedger(
  client: QueryClient,
  ledgerId: string,
  text: string,
): Promise<ReferenceHit | null> {
  const order = await client.fetchQuery(orderByReferenceOptions(ledgerId, text))
  if (order.rows.length > 0) return { ledgerId, kind: 'order', reference: text, pspReference: null }
  const [row] = (await client.fetchQuery(transactionByPspOptions(ledgerId, text))).rows
  return row ? { ledgerId, kind: 'transaction', reference: row.reference, pspReference: text } : null
}

/**
 * Looks a text up as an order reference, then as a pspReference, on every date: in the first
 * ledger given, and when it is not there, in the others (a few at a time). The API's look-ups
 * match the exact text only (case and all): the text is trimmed, nothing else is guessed.
 */
export async function findReference(
  client: QueryClient,
  text: string,
  ledgerIds: readonly string[],
): Promise<ReferenceSearch> {
  const query = text.trim()
  const failed: string[] = []
  const tryLedger = (ledgerId: string) =>
    findInLedger(client, ledgerId, query).catch(() => {
      failed.push(ledgerId)
      return null
    })
  const [first, ...others] = ledgerIds
  if (!first) return { hits: [], searched: 0, failed }
  const own = await tryLedger(first)
  if (own) return { hits: [own], searched: 1, failed }
  const run = createLimiter(LEDGER_CONCURRENCY)
  const found = await Promise.all(others.map((ledgerId) => run(() => tryLedger(ledgerId))))
  return { hits: found.filter((hit) => hit !== null), searched: ledgerIds.length, failed }
}

/** The ledger the user is in first, then every other ledger the keys may read. */
export function ledgersInSearchOrder(current: string | null, all: readonly { ledgerId: string }[]): string[] {
  const ids = all.map((l) => l.ledgerId)
  return current ? [current, ...ids.filter((id) => id !== current)] : ids
}
