import { addDays, datesBetween } from '../../../api/oslo-time'
import type { ExportedDate } from '../../../api/voucher-settings'

/** "Nye siden siste eksport" loads at most a month at a time: the oldest first, the rest next time. */
export const NEW_SINCE_MAX_DATES = 31

export interface NewSinceWindow {
  /** The dates to load, oldest first; empty when nothing can be new yet. */
  dates: string[]
  /** The latest date exported as closed, or null before the first export. */
  lastExported: string | null
  /** There are dates after the window, up to today: offered once these are exported. */
  capped: boolean
}

const firstOfPreviousMonth = (today: string) => `${addDays(`${today.slice(0, 8)}01`, -1).slice(0, 8)}01`

/**
 * The dates "Nye siden siste eksport" looks at: from the day after the latest date exported as
 * closed, or from an earlier date exported while it was open (it may have closed since), up to
 * today and NEW_SINCE_MAX_DATES at most. Before the first export: from the first of last month.
 */
export function newSinceWindow(exported: readonly ExportedDate[], today: string): NewSinceWindow {
  const closed = exported.filter((e) => !e.provisional).map((e) => e.date)
  const open = exported.filter((e) => e.provisional).map((e) => e.date)
  const lastExported = closed.length > 0 ? closed.reduce((a, b) => (a > b ? a : b)) : null
  const earliestOpen = open.length > 0 ? open.reduce((a, b) => (a < b ? a : b)) : null
  const afterLast = lastExported === null ? null : addDays(lastExported, 1)
  const from =
    [afterLast, earliestOpen].filter((d): d is string => d !== null).sort()[0] ?? firstOfPreviousMonth(today)
  if (from > today) return { dates: [], lastExported, capped: false }
  const last = addDays(from, NEW_SINCE_MAX_DATES - 1)
  const to = last < today ? last : today
  return { dates: datesBetween(from, to), lastExported, capped: to < today }
}
