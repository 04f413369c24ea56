import { HISTORICAL_FLOOR, type ReportTopic } from '../../api/endpoints'
import { addDays, osloDateOf } from '../../api/oslo-time'
import type { SalesEvent } from '../../api/schemas'
import type { Merchant } from '../catalog'
import { eventDate, generateOrdersOfDay } from '../generate-orders'
import type { SalesStore } from '../sales-store'
import { buildReportDay, type ReportDay, type Settlements, type SimEntry, settlementsOf } from './report-day'
import type { ReportKnobs } from './report-knobs'
import { isPayoutDate, planOf } from './settlement-plan'

/** Refunds land at most this many days after their capture (as in the sales store). */
const REFUND_HORIZON_DAYS = 8
/** Ledger dates kept built at once; older ones are rebuilt on demand. */
const DAY_CACHE_SIZE = 64
const SETTLEMENT_CACHE_SIZE = 16

/**
 * The simulated Report API's data, derived from the sales store: every ledger date from the start
 * of the history window on, with balances running from date to date up to each payout date. Entries later than `now()`
 * exist but are not yet visible, like the sales. The window is not cut at the Sales API's data
 * floor, so with a long history the funds hold settlements of sales the Sales API does not have.
 */
export class ReportStore {
  private readonly days = new Map<string, ReportDay>()
  private readonly preFloorOrders = new Map<string, SalesEvent[]>()
  private readonly settlements = new Map<string, Settlements>()

  constructor(
    private readonly sales: SalesStore,
    private readonly knobs: ReportKnobs,
  ) {}

  private now(): number {
    return this.sales.options.now()
  }

  today(): string {
    return this.sales.today()
  }

  /** First ledger date with report data. */
  windowStart(): string {
    return addDays(this.today(), -this.sales.options.historyDays)
  }

  /** True while more entries may come for the date (its closing entries are not yet booked). */
  isOpen(merchant: Merchant, date: string): boolean {
    if (date < this.windowStart()) return false
    if (date > this.today()) return true
    return this.now() < this.day(merchant, date).closesAtMs
  }

  /** Entries of a ledger date that have happened by now, in the API's order. */
  visibleEntries(merchant: Merchant, topic: ReportTopic, date: string): SimEntry[] {
    if (date < this.windowStart() || date > this.today()) return []
    return visible(this.day(merchant, date)[topic], this.now())
  }

  /**
   * Entries booked (by time) on an Oslo date, whatever their ledger date: the feed's order. A
   * date's closing entries are booked after midnight, so they come in the next date's bucket.
   */
  visibleBookedOn(merchant: Merchant, topic: ReportTopic, date: string): SimEntry[] {
    const entries = [date, addDays(date, -1)]
      .filter((d) => d >= this.windowStart() && d <= this.today())
      .flatMap((d) => this.day(merchant, d)[topic])
      .filter((e) => osloDateOf(e.timeMs) === date)
    entries.sort((a, b) => a.timeMs - b.timeMs)
    return visible(entries, this.now())
  }

  private day(merchant: Merchant, date: string): ReportDay {
    const key = `${merchant.ledgerId}|${date}`
    let day = this.days.get(key)
    if (day) {
      this.days.delete(key)
    } else {
      day = this.build(merchant, date, this.openingBalance(merchant, date))
    }
    this.days.set(key, day)
    if (this.days.size > DAY_CACHE_SIZE) {
      const oldest = this.days.keys().next().value
      if (oldest !== undefined) this.days.delete(oldest)
    }
    return day
  }

  private build(merchant: Merchant, date: string, openingBalance: number): ReportDay {
    const settlements = [addDays(date, -2), addDays(date, -1), date].map((d) =>
      this.settlementsOn(merchant, d),
    )
    const seed = this.sales.options.seed
    return buildReportDay({ merchant, date, seed, knobs: this.knobs, settlements, openingBalance })
  }

  /** What one date's sales settle as; kept for the few dates a forward walk needs at once. */
  private settlementsOn(merchant: Merchant, salesDate: string): Settlements {
    const key = `${merchant.ledgerId}|${salesDate}`
    let found = this.settlements.get(key)
    if (!found) {
      found = settlementsOf(merchant, this.sales.options.seed, this.salesOf(merchant, salesDate))
      this.settlements.set(key, found)
      if (this.settlements.size > SETTLEMENT_CACHE_SIZE) {
        const oldest = this.settlements.keys().next().value
        if (oldest !== undefined) this.settlements.delete(oldest)
      }
    }
    return found
  }

  /**
   * The funds balance a date opens with: zero after a payout date (which always closes at zero) or
   * at the start of the window, else the previous date's closing balance.
   */
  private openingBalance(merchant: Merchant, date: string): number {
    const previous = addDays(date, -1)
    if (previous < this.windowStart() || isPayoutDate(planOf(merchant), previous)) return 0
    return this.day(merchant, previous).funds.at(-1)?.balanceAfter ?? this.openingBalance(merchant, previous)
  }

  /** Sales events of an Oslo date, visible or not, including those before the Sales API's floor. */
  private salesOf(merchant: Merchant, date: string): readonly SalesEvent[] {
    if (date < this.windowStart()) return []
    const events = this.sales.allEventsOf(merchant, date)
    const floorMs = Date.parse(HISTORICAL_FLOOR[merchant.solution])
    if (date > osloDateOf(floorMs)) return events
    const earlier: SalesEvent[] = []
    for (let back = REFUND_HORIZON_DAYS; back >= 0; back--) {
      const orderDate = addDays(date, -back)
      if (orderDate < this.windowStart()) continue
      for (const event of this.ordersOf(merchant, orderDate)) {
        if (Date.parse(event.time) < floorMs && eventDate(event) === date) earlier.push(event)
      }
    }
    return [...earlier, ...events]
  }

  private ordersOf(merchant: Merchant, date: string): SalesEvent[] {
    const key = `${merchant.ledgerId}|${date}`
    let orders = this.preFloorOrders.get(key)
    if (!orders) {
      orders = generateOrdersOfDay(merchant, date, this.sales.options)
      this.preFloorOrders.set(key, orders)
    }
    return orders
  }
}

/** The prefix of time-ordered entries that has happened by `now`. */
function visible(entries: readonly SimEntry[], now: number): SimEntry[] {
  let end = 0
  while (end < entries.length && (entries[end]?.timeMs ?? 0) <= now) end++
  return entries.slice(0, end)
}
