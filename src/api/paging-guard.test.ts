import { describe, expect, it } from 'vitest'
import {
  FIRST_PAGE,
  MAX_EMPTY_PAGES_IN_A_ROW,
  nextPageParam,
  type PageParam,
  type PagingFault,
  pagingFaultOf,
} from './paging-guard'
import type { SalesPageEnvelope } from './schemas'

/** Walks a chain of answers as the queries do: the fault of the first page that shows one, or 'end'. */
function walk(answers: SalesPageEnvelope[]): { pages: number; end: PagingFault['kind'] | 'end' } {
  let param: PageParam | undefined = FIRST_PAGE
  let pages = 0
  for (const page of answers) {
    if (!param) break
    const fault = pagingFaultOf(param, page)
    if (fault) return { pages, end: fault.kind }
    pages++
    param = nextPageParam(page, param)
  }
  return { pages, end: 'end' }
}

const page = (items: number, cursor: string | null, hasMore: boolean): SalesPageEnvelope => ({
  items: Array.from({ length: items }, (_, i) => ({ i })),
  cursor,
  hasMore,
})

describe('paging guards', () => {
  it('follows an ordinary chain to hasMore: false', () => {
    expect(walk([page(1000, 'a', true), page(1000, 'b', true), page(3, 'c', false)])).toEqual({
      pages: 3,
      end: 'end',
    })
  })

  it(`tolerates up to ${MAX_EMPTY_PAGES_IN_A_ROW} empty pages in a row that say more is coming`, () => {
    const empties = Array.from({ length: MAX_EMPTY_PAGES_IN_A_ROW }, (_, i) => page(0, `e${i}`, true))
    expect(walk([page(1000, 'a', true), ...empties, page(10, 'z', false)])).toEqual({
      pages: MAX_EMPTY_PAGES_IN_A_ROW + 2,
      end: 'end',
    })
    const tooMany = [...empties, page(0, 'one-more', true)]
    expect(walk([page(1000, 'a', true), ...tooMany])).toEqual({
      pages: MAX_EMPTY_PAGES_IN_A_ROW + 1,
      end: 'endless-empty-pages',
    })
  })

  it('refuses hasMore without a cursor, and a cursor seen before (also one that comes back later)', () => {
    expect(walk([page(1000, 'a', true), page(1000, null, true)]).end).toBe('more-without-cursor')
    expect(walk([page(1000, 'a', true), page(1000, '', true)]).end).toBe('more-without-cursor')
    expect(walk([page(1000, 'a', true), page(1000, 'a', true)]).end).toBe('repeated-cursor')
    expect(walk([page(1000, 'a', true), page(1000, 'b', true), page(1000, 'a', true)]).end).toBe(
      'repeated-cursor',
    )
  })

  it('lets a last page repeat its cursor (a feed that is caught up answers like that)', () => {
    expect(walk([page(1000, 'a', true), page(0, 'a', false)])).toEqual({ pages: 2, end: 'end' })
  })
})
