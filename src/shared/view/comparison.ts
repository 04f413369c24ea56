import { osloDateOf, osloDayStart, osloLocalToUtc } from '../../api/oslo-time'
import type { SaleRow } from '../../api/sale-row'
import { mixesCurrencies, type Totals } from '../filters/totals'
import type { PreviousPeriod } from '../period/previous-period'
import type { MoneySum } from './money-sum'

/** Mean gross of the sales (captures) that have an amount, in whole øre; null without any. */
export function averageSale(captures: MoneySum): number | null {
  const withAmount = captures.count - captures.withoutGross
  return withAmount > 0 ? Math.round(captures.gross / withAmount) : null
}

/** (now − before) ÷ |before|; null when there is nothing to compare with. */
export function changeOf(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null
  return (now - before) / Math.abs(before)
}

/**
 * When the current period ends today, the previous one is compared up to the same time of day:
 * today until 14:05 against last week's day until 14:05, not against its whole day. The instant
 * the previous period is cut at, or null for a whole previous period.
 */
export function cutoffFor(previous: PreviousPeriod, currentTo: string, readAt: number | null): number | null {
  if (readAt === null || osloDateOf(readAt) !== currentTo) return null
  return osloLocalToUtc(previous.to, readAt - osloDayStart(currentTo))
}

/** The previous period's rows, its last day cut at `cutoff` (by the time of each sale). */
export function rowsUntil(
  rows: readonly SaleRow[],
  lastDate: string,
  cutoff: number | null,
): readonly SaleRow[] {
  if (cutoff === null) return rows
  return rows.filter((row) => row.ledgerDate !== lastDate || row.timeMs <= cutoff)
}

export interface PeriodComparison {
  /** This period's average sale (øre), null without sales with an amount. */
  averageSale: number | null
  previous: {
    period: PreviousPeriod
    /** The previous period was cut at this time of its last day (the current one ends now). */
    cutoff: number | null
    gross: number
    averageSale: number | null
    /** Relative change of the gross after refunds, and of the average sale. */
    grossChange: number | null
    averageChange: number | null
  } | null
  /** Both periods read to their end with the filters in use: else the figures are provisional. */
  complete: boolean
  /**
   * Either period's gross adds currencies together: the change is not final (as the gross is not),
   * whatever is loaded.
   */
  mixedCurrencies: boolean
}

/** The current totals against the previous period's, with the same filters; both from the view model's totals. */
export function comparePeriods(
  current: Totals,
  currentComplete: boolean,
  previous: { period: PreviousPeriod; cutoff: number | null; totals: Totals; complete: boolean } | null,
): PeriodComparison {
  const average = averageSale(current.captures)
  const mixedCurrencies = mixesCurrencies(current) || (previous !== null && mixesCurrencies(previous.totals))
  if (!previous) return { averageSale: average, previous: null, complete: currentComplete, mixedCurrencies }
  const previousAverage = averageSale(previous.totals.captures)
  return {
    averageSale: average,
    previous: {
      period: previous.period,
      cutoff: previous.cutoff,
      gross: previous.totals.all.gross,
      averageSale: previousAverage,
      grossChange: changeOf(current.all.gross, previous.totals.all.gross),
      averageChange: changeOf(average, previousAverage),
    },
    complete: currentComplete && previous.complete,
    mixedCurrencies,
  }
}
