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
 * Ways an event can arrive readable but odd, taken in turn: in another currency than the ledger's,
 * with the pspReference of the event before it (a different event under the same transaction id),
 * or a sale (capture) written with negative amounts. `before` is the event sent just before.
 */
const ODDITIES: ((event: SalesEvent, before: SalesEvent | undefined) => SalesEvent)[] = [
  (event) => ({ ...event, currency: 'EUR' }),
  (event, before) =>
    before?.pspReference && event.pspReference ? { ...event, pspReference: before.pspReference } : event,
  (event) =>
    event.entryType === 'capture' && event.amounts
      ? {
          ...event,
          amounts: {
            gross: negate(event.amounts.gross),
            net: negate(event.amounts.net),
            vat: negate(event.amounts.vat),
          },
        }
      : event,
]

const negate = (value: number | null | undefined) => (typeof value === 'number' ? -Math.abs(value) : value)

/** Some events made odd (ODDITIES), deterministic per seed, ledger and date. */
function withOddities(events: SalesEvent[], rate: number, rng: Rng): SalesEvent[] {
  let odd = 0
  return events.map((event, i) => {
    if (!rng.chance(rate)) return event
    return (ODDITIES[odd++ % ODDITIES.length] as (typeof ODDITIES)[number])(event, events[i - 1])
  })
}

/**
 * The events of one ledger date as a faulty upstream sends them: some odd but readable, some with a
 * field that cannot be read, some twice in a row (a repeat can straddle a page boundary). Deterministic per seed, ledger
 * and date, and stable as the day grows, so cursors (positions in this list) stay valid.
 */
export function eventsOnTheWire(
  sent: SalesEvent[],
  knobs: Pick<LedgerKnobs, 'unreadableRate' | 'repeatRate' | 'oddEventRate'>,
  seed: string,
  ledgerId: string,
  date: string,
): unknown[] {
  const events =
    knobs.oddEventRate > 0
      ? withOddities(sent, knobs.oddEventRate, new Rng(hashSeed(seed, 'odd', ledgerId, date)))
      : sent
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
