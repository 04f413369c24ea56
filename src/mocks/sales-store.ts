import { HISTORICAL_FLOOR } from '../api/endpoints'
import { addDays, osloDateOf } from '../api/oslo-time'
import type { SalesEvent } from '../api/schemas'
import { MERCHANTS, type Merchant, TEST_LEDGERS } from './catalog'
import {
  eventDate,
  type GeneratorOptions,
  generateOrdersOfDay,
  orderDateOfPspReference,
  orderDateOfReference,
} from './generate-orders'

export interface StoreOptions extends GeneratorOptions {
  /** How many days of history before today the demo holds. */
  historyDays: number
  now: () => number
  merchants?: readonly Merchant[]
  /** Add the test ledgers (catalog.ts) to the demo merchants. */
  testLedgers?: boolean
}

interface TimedEvent {
  event: SalesEvent
  timeMs: number
}

/** Refunds land at most this many days after their capture (see generateOrdersOfDay). */
const REFUND_HORIZON_DAYS = 8

function byTime(a: TimedEvent, b: TimedEvent): number {
  return (
    a.timeMs - b.timeMs ||
    (a.event.pspReference ?? a.event.reference).localeCompare(b.event.pspReference ?? b.event.reference)
  )
}

/**
 * Every event the simulator holds, by ledger and Oslo date, generated lazily and cached. Events
 * later than `now()` exist but are not yet visible, so the demo keeps producing sales in real time.
 */
export class SalesStore {
  private readonly ordersCache = new Map<string, SalesEvent[]>()
  private readonly dayCache = new Map<string, TimedEvent[]>()
  readonly merchants: readonly Merchant[]

  constructor(readonly options: StoreOptions) {
    this.merchants = options.merchants ?? (options.testLedgers ? [...MERCHANTS, ...TEST_LEDGERS] : MERCHANTS)
  }

  merchant(ledgerId: string): Merchant | undefined {
    return this.merchants.find((m) => m.ledgerId === ledgerId)
  }

  today(): string {
    return osloDateOf(this.options.now())
  }

  /** First date with data: the history window, but never before the Sales API's floor for the solution. */
  firstDate(merchant: Merchant): string {
    const windowStart = addDays(this.today(), -this.options.historyDays)
    const floor = osloDateOf(Date.parse(HISTORICAL_FLOOR[merchant.solution]))
    return windowStart > floor ? windowStart : floor
  }

  private ordersOf(merchant: Merchant, date: string): SalesEvent[] {
    const key = `${merchant.ledgerId}|${date}`
    let orders = this.ordersCache.get(key)
    if (!orders) {
      const floorMs = Date.parse(HISTORICAL_FLOOR[merchant.solution])
      orders =
        date < this.firstDate(merchant)
          ? []
          : generateOrdersOfDay(merchant, date, {
              ...this.options,
              hostile: merchant.knobs?.hostile ?? this.options.hostile,
            }).filter((e) => Date.parse(e.time) >= floorMs)
      this.ordersCache.set(key, orders)
    }
    return orders
  }

  /** All events (visible or not yet) whose ledger date is `date`, in time order. */
  private dayEvents(merchant: Merchant, date: string): TimedEvent[] {
    const key = `${merchant.ledgerId}|${date}`
    let events = this.dayCache.get(key)
    if (!events) {
      events = []
      for (let back = 0; back <= REFUND_HORIZON_DAYS; back++) {
        for (const event of this.ordersOf(merchant, addDays(date, -back))) {
          if (eventDate(event) === date) events.push({ event, timeMs: Date.parse(event.time) })
        }
      }
      events.sort(byTime)
      this.dayCache.set(key, events)
    }
    return events
  }

  /** All events of a date, visible or not yet (the Report API simulator settles them as they happen). */
  allEventsOf(merchant: Merchant, date: string): SalesEvent[] {
    return this.dayEvents(merchant, date).map((e) => e.event)
  }

  /** Events of a date that have happened by now. */
  visibleEventsOf(merchant: Merchant, date: string): SalesEvent[] {
    if (date > this.today() || date < this.firstDate(merchant)) return []
    const events = this.dayEvents(merchant, date)
    const now = this.options.now()
    let low = 0
    let high = events.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((events[mid]?.timeMs ?? 0) <= now) low = mid + 1
      else high = mid
    }
    return events.slice(0, low).map((e) => e.event)
  }

  /** Visible events of the order captured on `orderDate` that match: that day and its refund horizon. */
  private eventsOfOrder(merchant: Merchant, orderDate: string, match: (event: SalesEvent) => boolean) {
    const now = this.options.now()
    const last = addDays(orderDate, REFUND_HORIZON_DAYS)
    const found: SalesEvent[] = []
    for (let date = orderDate; date <= last && date <= this.today(); date = addDays(date, 1)) {
      if (date < this.firstDate(merchant)) continue
      for (const { event, timeMs } of this.dayEvents(merchant, date)) {
        if (timeMs <= now && match(event)) found.push(event)
      }
    }
    return found
  }

  byReference(merchant: Merchant, reference: string): SalesEvent[] {
    const orderDate = orderDateOfReference(merchant, reference)
    return orderDate ? this.eventsOfOrder(merchant, orderDate, (e) => e.reference === reference) : []
  }

  byPspReference(merchant: Merchant, pspReference: string): SalesEvent | undefined {
    const orderDate = orderDateOfPspReference(pspReference)
    return orderDate
      ? this.eventsOfOrder(merchant, orderDate, (e) => e.pspReference === pspReference)[0]
      : undefined
  }
}
