import { addDays } from '../api/oslo-time'

export interface FeedStep<T> {
  items: T[]
  /** Where the next page starts. */
  date: string
  index: number
  /** Something visible is left after this page. */
  more: boolean
}

/**
 * One page of a feed that runs through dated buckets (a date's visible entries, in order) from a
 * position up to today: fills the page across dates, and tells whether anything is left.
 */
export function walkFeed<T>(
  start: { date: string; index: number },
  today: string,
  pageSize: number,
  entriesOn: (date: string) => readonly T[],
): FeedStep<T> {
  let { date, index } = start
  const items: T[] = []
  let entries = entriesOn(date)
  while (items.length < pageSize) {
    if (index < entries.length) {
      const taken = entries.slice(index, index + pageSize - items.length)
      items.push(...taken)
      index += taken.length
      continue
    }
    if (date >= today) break
    date = addDays(date, 1)
    index = 0
    entries = entriesOn(date)
  }
  let more = index < entries.length
  for (let d = date; !more && d < today; ) {
    d = addDays(d, 1)
    more = entriesOn(d).length > 0
  }
  return { items, date, index, more }
}
