import type { SalesEvent } from '../api/schemas'
import type { LedgerKnobs } from './knobs'
import { hashSeed, Rng } from './rng'

/** Ways an event can arrive unreadable, taken in turn. */
const BREAKAGES: ((event: SalesEvent) => unknown)[] = [
  (event) => ({ ...event, amounts: { ...event.amounts, gross: '125,00' } }),
  (event) => ({
    ...event,
    lines: event.lines?.length
      ? [{ ...event.lines[0], vatRate: 1500.5 }, ...event.lines.slice(1)]
      : [{ vatRate: 1500.5 }],
  }),
  (event) => ({ ...event, time: 'i går kl. 12' }),
  (event) => ({ ...event, amounts: { ...event.amounts, gross: 1e300 } }),
]

/**
 * The events of one ledger date as a faulty upstream sends them: some with a field that cannot be
 * read, some twice in a row (a repeat can straddle a page boundary). Deterministic per seed, ledger
 * and date, and stable as the day grows, so cursors (positions in this list) stay valid.
 */
export function eventsOnTheWire(
  events: SalesEvent[],
  knobs: Pick<LedgerKnobs, 'unreadableRate' | 'repeatRate'>,
  seed: string,
  ledgerId: string,
  date: string,
): unknown[] {
  if (knobs.unreadableRate <= 0 && knobs.repeatRate <= 0) return events
  const rng = new Rng(hashSeed(seed, 'wire', ledgerId, date))
  const wire: unknown[] = []
  let broken = 0
  for (const event of events) {
    const unreadable = rng.chance(knobs.unreadableRate)
    const repeated = rng.chance(knobs.repeatRate)
    const item = unreadable
      ? (BREAKAGES[broken++ % BREAKAGES.length] as (e: SalesEvent) => unknown)(event)
      : event
    wire.push(item)
    if (repeated) wire.push(structuredClone(item))
  }
  return wire
}
