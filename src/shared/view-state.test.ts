import { describe, expect, it } from 'vitest'
import { parseSearch, stringifySearch } from './url/search-codec'
import { inView, parseViewState, searchFromViewState } from './view-state'

const query = (state: ReturnType<typeof parseViewState>) =>
  stringifySearch(searchFromViewState(state) as Record<string, unknown>)

describe('switching between the feed and the date view', () => {
  it('the feed’s oldest-first order does not follow into the date view', () => {
    const feed = parseViewState('?ledger=302321&view=feed')
    expect(feed.sort).toEqual({ column: 'time', desc: false })
    const date = inView(feed, 'date')
    expect(date.sort).toEqual({ column: 'time', desc: true })
    expect(parseSearch(query(date))).not.toHaveProperty('sort')
  })

  it('nor does a sort chosen in the feed, or its follow mode', () => {
    const feed = parseViewState('?ledger=302321&view=feed&follow=1&sort=-gross')
    const date = inView(feed, 'date')
    expect(date.follow).toBe(false)
    expect(query(date)).toBe('?ledger=302321&period=today')
  })

  it('a sort of the date view does not follow into the feed either', () => {
    const feed = inView(parseViewState('?ledger=302321&sort=-gross'), 'feed')
    expect(feed.sort).toEqual({ column: 'time', desc: false })
  })
})
