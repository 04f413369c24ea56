/**
 * Paging by cursor, guarded. The docs promise `{items, cursor, hasMore}` and say nothing of what to
 * do when an upstream breaks that promise, so each way it can break ends the chain with a fault
 * that says what the upstream did, instead of looping forever or ending early as if complete:
 *
 * - `hasMore: true` without a cursor: there is more, but no way to ask for it.
 * - `hasMore: true` with a cursor already asked for in this chain: following it would loop.
 * - more than MAX_EMPTY_PAGES_IN_A_ROW empty pages in a row that all say `hasMore: true`.
 *
 * A page that shows a fault is not used; the chain keeps the pages before it, and asking again
 * resumes from the last good cursor.
 */

/** What every paged endpoint answers with (Sales API date and feed pages, Report API date pages). */
export interface PagedEnvelope {
  items: readonly unknown[]
  cursor?: string | null
  hasMore: boolean
}

/** Where a page is asked from, and what the chain before it looked like. */
export interface PageParam {
  cursor: string
  /** Every cursor this chain has asked for before this one. */
  asked: readonly string[]
  /** Empty pages in a row, just before this one, that said more was coming. */
  emptyRun: number
}

export const FIRST_PAGE: PageParam = { cursor: '', asked: [], emptyRun: 0 }

/** Empty pages with `hasMore: true` tolerated in a row; the next one ends the chain as a fault. */
export const MAX_EMPTY_PAGES_IN_A_ROW = 3

export type PagingFaultKind = 'more-without-cursor' | 'repeated-cursor' | 'endless-empty-pages'

/** The upstream broke the paging contract: the chain cannot be read to its end. Asking again rarely helps. */
export class PagingFault extends Error {
  constructor(
    readonly kind: PagingFaultKind,
    readonly title: string,
    readonly detail: string,
  ) {
    super(`${title}: ${detail}`)
    this.name = 'PagingFault'
  }
}

const TITLE = 'Sidene fra Vipps MobilePay henger ikke sammen'

/** The fault this page shows, given the chain it belongs to; null when the page can be used. */
export function pagingFaultOf(param: PageParam, page: PagedEnvelope): PagingFault | null {
  if (!page.hasMore) return null
  if (!page.cursor) {
    return new PagingFault(
      'more-without-cursor',
      TITLE,
      'Svaret sa at det finnes flere sider (hasMore: true), men ga ingen cursor til neste side.',
    )
  }
  if (page.cursor === param.cursor || param.asked.includes(page.cursor)) {
    return new PagingFault(
      'repeated-cursor',
      TITLE,
      'Svaret pekte tilbake til en side som allerede er hentet (samme cursor igjen, hasMore: true). Å følge den ville gitt de samme sidene om og om igjen.',
    )
  }
  if (page.items.length === 0 && param.emptyRun >= MAX_EMPTY_PAGES_IN_A_ROW) {
    return new PagingFault(
      'endless-empty-pages',
      TITLE,
      `Svaret ga ${param.emptyRun + 1} tomme sider på rad som alle sa at det finnes flere sider (hasMore: true).`,
    )
  }
  return null
}

/** The parameter for asking with this page's cursor (also after `hasMore: false`, to follow a feed). */
export function paramAfter(param: PageParam, page: PagedEnvelope): PageParam {
  return {
    cursor: page.cursor ?? '',
    asked: [...param.asked, param.cursor],
    emptyRun: page.items.length === 0 ? param.emptyRun + 1 : 0,
  }
}

/** The next page's parameter, or undefined at the chain's real end. */
export function nextPageParam(page: PagedEnvelope, param: PageParam): PageParam | undefined {
  return page.hasMore && page.cursor ? paramAfter(param, page) : undefined
}
