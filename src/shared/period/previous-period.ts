import { EARLIEST_SALES_DATA } from '../../api/endpoints'
import { addDays, datesBetween, osloDateOf } from '../../api/oslo-time'
import type { Period } from './periods'

/** What the previous period is to the current one, which says how it reads. */
export type PreviousKind = 'sameWeekday' | 'sameDaysLastMonth' | 'monthBefore' | 'daysBefore'

export interface PreviousPeriod {
  from: string
  to: string
  kind: PreviousKind
}

const FLOOR_DATE = osloDateOf(Date.parse(EARLIEST_SALES_DATA))
const lastDayOfMonth = (date: string) => addDays(`${addDays(`${date.slice(0, 8)}28`, 4).slice(0, 8)}01`, -1)

/**
 * The period a view is compared with: one day with the same weekday a week before; this month
 * (so far) with the same days of last month; a whole month with the month before; any other
 * period with as many days just before it. Null when that period starts before the Sales API
 * has data (a comparison with nothing would read as growth).
 */
export function previousPeriodOf(period: Period): PreviousPeriod | null {
  const { from, to } = period
  let previous: PreviousPeriod
  if (from === to) {
    previous = { from: addDays(from, -7), to: addDays(to, -7), kind: 'sameWeekday' }
  } else if (from.endsWith('-01') && to === lastDayOfMonth(from) && from.slice(0, 7) === to.slice(0, 7)) {
    const start = `${addDays(from, -1).slice(0, 8)}01`
    previous = { from: start, to: lastDayOfMonth(start), kind: 'monthBefore' }
  } else if (from.endsWith('-01') && from.slice(0, 7) === to.slice(0, 7)) {
    const start = `${addDays(from, -1).slice(0, 8)}01`
    const sameDay = `${start.slice(0, 8)}${to.slice(8, 10)}`
    const end = sameDay > lastDayOfMonth(start) ? lastDayOfMonth(start) : sameDay
    previous = { from: start, to: end, kind: 'sameDaysLastMonth' }
  } else {
    const days = datesBetween(from, to).length
    const end = addDays(from, -1)
    previous = { from: addDays(end, -(days - 1)), to: end, kind: 'daysBefore' }
  }
  return previous.from < FLOOR_DATE ? null : previous
}
