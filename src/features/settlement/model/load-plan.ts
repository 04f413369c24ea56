import { addDays, datesBetween } from '../../../api/oslo-time'
import type { FundsRow } from '../../../api/report-entry'

/**
 * Which dates the settlement of a period needs besides the period's own, and in what order.
 *
 * - One sales date before the period: the first date's funds rows settle sales made before
 *   midnight (a late settlement lands on the next ledger date).
 * - Report dates up to two after the period (never after today): the period's last sales settle
 *   on the next date at the latest, and a capture fee can be booked the date after its capture.
 * - Report dates back to the previous payout, a week at a time and five weeks at most, so that the
 *   first payout of the period covers known dates; then the sales of those dates, so its walk
 *   starts from sales. Beyond the bound, the coverage is said to be unknown.
 */
export const REPORT_DATES_AFTER = 2
export const LOOKBACK_STEP_DATES = 7
export const MAX_LOOKBACK_DATES = 35

const earlier = (a: string, b: string) => (a < b ? a : b)

export interface PeriodDates {
  salesDates: string[]
  reportDates: string[]
}

/** The dates to load at once for a period (from ≤ to ≤ today). */
export function settlementDates(from: string, to: string, today: string): PeriodDates {
  const before = addDays(from, -1)
  return {
    salesDates: datesBetween(before, to),
    reportDates: datesBetween(before, earlier(addDays(to, REPORT_DATES_AFTER), today)),
  }
}

/** What is known of one report date: not asked for, on its way, failed, or its funds rows. */
export type DateState = 'not-requested' | 'loading' | 'failed' | readonly FundsRow[]

export const hasPayout = (rows: readonly FundsRow[]) => rows.some((row) => row.kind === 'payout-scheduled')

/** The search for the previous payout, one step at a time. */
export type Lookback =
  /** The latest payout before the period is on this date (its sales from here on are needed). */
  | { kind: 'found'; payoutDate: string }
  /** Load these report dates next (oldest first). */
  | { kind: 'load'; dates: string[] }
  /** A date it depends on is still loading. */
  | { kind: 'wait' }
  /** No payout within the bound, or a date that could not be read: the coverage is unknown. */
  | { kind: 'unknown'; searchedFrom: string; reason: 'bound' | 'failed' }

/** Funds rows of a date already in the cache from an earlier load, read to the end; null if not. */
export type CachedFunds = (date: string) => readonly FundsRow[] | null

/**
 * The next step of the search for the latest payout before `from`, given what is known of the
 * report dates: the dates before the period are read newest first, and the first that holds a
 * payout ends the search. A week is asked for at a time, but not beyond a date that the cache
 * already shows to hold a payout.
 */
export function nextLookback(
  from: string,
  stateOf: (date: string) => DateState,
  cached: CachedFunds = () => null,
): Lookback {
  const oldest = addDays(from, -MAX_LOOKBACK_DATES)
  for (let date = addDays(from, -1); date >= oldest; date = addDays(date, -1)) {
    const state = stateOf(date)
    if (state === 'not-requested') {
      const dates: string[] = []
      for (let d = date; dates.length < LOOKBACK_STEP_DATES && d >= oldest; d = addDays(d, -1)) {
        dates.unshift(d)
        if (hasPayout(cached(d) ?? [])) break
      }
      return { kind: 'load', dates }
    }
    if (state === 'loading') return { kind: 'wait' }
    if (state === 'failed') return { kind: 'unknown', searchedFrom: date, reason: 'failed' }
    if (hasPayout(state)) return { kind: 'found', payoutDate: date }
  }
  return { kind: 'unknown', searchedFrom: oldest, reason: 'bound' }
}

/** The sales dates a found previous payout adds: from its date up to the one already loaded before the period. */
export function lookbackSalesDates(from: string, lookback: Lookback): string[] {
  if (lookback.kind !== 'found') return []
  const last = addDays(from, -2)
  return lookback.payoutDate <= last ? datesBetween(lookback.payoutDate, last) : []
}

/** The search for the payout that pays a sale settled on `settledOn`, forward from its date. */
export type Lookahead =
  | { kind: 'found'; payoutDate: string }
  | { kind: 'load'; dates: string[] }
  | { kind: 'wait' }
  /** Not paid out yet as of today, or not found within the bound, or a date failed. */
  | { kind: 'not-yet'; reason: 'today' | 'bound' | 'failed' }

export function nextLookahead(
  settledOn: string,
  today: string,
  stateOf: (date: string) => DateState,
): Lookahead {
  const last = earlier(addDays(settledOn, MAX_LOOKBACK_DATES - 1), today)
  for (let date = settledOn; date <= last; date = addDays(date, 1)) {
    const state = stateOf(date)
    if (state === 'not-requested') {
      const end = addDays(date, LOOKBACK_STEP_DATES - 1)
      return { kind: 'load', dates: datesBetween(date, earlier(end, last)) }
    }
    if (state === 'loading') return { kind: 'wait' }
    if (state === 'failed') return { kind: 'not-yet', reason: 'failed' }
    if (hasPayout(state)) return { kind: 'found', payoutDate: date }
  }
  return { kind: 'not-yet', reason: last === today ? 'today' : 'bound' }
}
