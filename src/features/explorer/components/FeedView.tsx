import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { currentLocale } from '../../../api/locale'
import { type PageParam, paramAfter } from '../../../api/paging-guard'
import type { SalesPageEnvelope } from '../../../api/schemas'
import type { ColumnId, SortSpec } from '../../../shared/filters/sort-rows'
import { defineText } from '../../../shared/i18n/language'
import { rowsOfPages } from '../../../shared/period/page-reading'
import { fetchFeedPage, salesFeedKey, salesFeedOptions } from '../../../shared/period/sales-feed'
import { ProblemMessage } from '../../../shared/ui/ProblemMessage'
import { ReadingNotice } from '../../../shared/ui/ReadingNotice'
import { EMPTY_SOURCE } from '../../../shared/view/sales-view'
import { useSalesView } from '../../../shared/view/use-sales-view'
import type { ViewState, ViewUpdate } from '../../../shared/view-state'
import { ColumnChooser } from './ColumnChooser'
import { ResponsiveFilters } from './ResponsiveFilters'
import { ResponsiveSales } from './ResponsiveSales'
import { TotalsBar } from './TotalsBar'

const TEXT = defineText('explorer.FeedView', {
  fetched: (count: string) => `${count} transaksjoner hentet fra salgsloggen`,
  fetching: ' · henter …',
  caughtUp: ' · alt er hentet',
  scroll: ' · bla ned for å hente flere',
  checked: (time: string) => ` · sist sjekket ${time}`,
  more: 'Hent flere',
  follow: 'Følg nye salg (nyeste øverst)',
  totalsNote: 'Totalene gjelder transaksjonene som er hentet så langt, ikke en periode.',
  newSales: 'nye salg',
  loading: 'Henter salg …',
  noMatch: 'Ingen hentede transaksjoner passer filtrene.',
  none: 'Ingen salg ennå.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.FeedView': typeof TEXT
  }
}

const FOLLOW_INTERVAL_MS = 5_000
const NO_PAGES: SalesPageEnvelope[] = []

interface FeedEnd {
  page: SalesPageEnvelope
  param: PageParam
}

/** At the end of the feed, asks again with the last cursor and appends whatever arrived since. */
function useFollowFeed(ledgerId: string | null, enabled: boolean, end: FeedEnd | null) {
  const client = useQueryClient()
  const [checkedAt, setCheckedAt] = useState<Date | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    const lastCursor = end?.page.cursor
    if (!enabled || !ledgerId || !end || !lastCursor) return
    // The same paging guards as the feed's own pages: a follow answer that loops is refused too.
    const param = paramAfter(end.param, end.page)
    const controller = new AbortController()
    const timer = setInterval(async () => {
      try {
        const page = await fetchFeedPage(ledgerId, param, controller.signal)
        setCheckedAt(new Date())
        setError(null)
        if (page.items.length === 0 && page.cursor === lastCursor) return
        client.setQueryData(
          salesFeedKey(ledgerId),
          (old: { pages: SalesPageEnvelope[]; pageParams: PageParam[] } | undefined) =>
            old && old.pages.at(-1) === end.page
              ? { pages: [...old.pages, page], pageParams: [...old.pageParams, param] }
              : old,
        )
      } catch (caught) {
        if (!controller.signal.aborted) setError(caught)
      }
    }, FOLLOW_INTERVAL_MS)
    return () => {
      controller.abort()
      clearInterval(timer)
    }
  }, [client, ledgerId, enabled, end])
  return { checkedAt, error }
}

export function FeedView({
  state,
  update,
  onSort,
  onSortTo,
  onHide,
  extras,
}: {
  state: ViewState
  update: ViewUpdate
  onSort: (column: ColumnId) => void
  onSortTo: (sort: SortSpec) => void
  onHide: (hidden: ColumnId[]) => void
  /** The toolbar's less-used controls, shown in the filter sheet on a phone. */
  extras?: ReactNode
}) {
  const ledgerId = state.ledger
  const feed = useInfiniteQuery({ ...salesFeedOptions(ledgerId ?? ''), enabled: Boolean(ledgerId) })
  const pages = feed.data?.pages ?? NO_PAGES
  const { rows, unreadable, repeated } = useMemo(() => rowsOfPages(pages), [pages])
  // The feed has no period to complete: its totals cover what has been fetched so far.
  const source = useMemo(() => ({ ...EMPTY_SOURCE, rows }), [rows])
  const view = useSalesView(source, state)
  const { rows: filtered, isFiltered } = view
  const caughtUp = Boolean(feed.data) && !feed.hasNextPage
  const lastPage = pages.at(-1)
  // useInfiniteQuery widens the page parameter to unknown; the feed's options set PageParam.
  const lastParam = feed.data?.pageParams.at(-1) as PageParam | undefined
  const end = useMemo(
    () => (lastPage && lastParam ? { page: lastPage, param: lastParam } : null),
    [lastPage, lastParam],
  )
  const follow = useFollowFeed(ledgerId, state.follow && caughtUp, end)
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = feed
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage])

  return (
    <>
      <ResponsiveFilters state={state} update={update} facets={view.facets} extras={extras} />
      <TotalsBar view={view} />
      <div className="table-header">
        <div className="progress">
          <div className="progress__line" role="status" aria-live="polite">
            <span data-testid="feed-progress">
              {TEXT.fetched(rows.length.toLocaleString(currentLocale()))}
              {feed.isFetching ? TEXT.fetching : caughtUp ? TEXT.caughtUp : TEXT.scroll}
              {state.follow && follow.checkedAt
                ? TEXT.checked(follow.checkedAt.toLocaleTimeString(currentLocale()))
                : ''}
            </span>
            {feed.hasNextPage ? (
              <button
                type="button"
                className="button button--small"
                onClick={loadMore}
                disabled={feed.isFetchingNextPage}
              >
                {TEXT.more}
              </button>
            ) : null}
            <label className="check">
              <input
                type="checkbox"
                checked={state.follow}
                onChange={(e) =>
                  update((s) => ({
                    ...s,
                    follow: e.target.checked,
                    sort: { column: 'time', desc: e.target.checked },
                  }))
                }
              />
              {TEXT.follow}
            </label>
          </div>
          <p className="muted small">{TEXT.totalsNote}</p>
          <ReadingNotice unreadable={unreadable} repeated={repeated} />
        </div>
        <ColumnChooser hidden={state.hiddenColumns} onChange={onHide} />
      </div>
      {feed.isError ? (
        <ProblemMessage
          error={feed.error}
          what="salgsloggen"
          onRetry={() => (feed.data ? feed.fetchNextPage() : feed.refetch())}
        />
      ) : null}
      {follow.error ? <ProblemMessage error={follow.error} what={TEXT.newSales} /> : null}
      {filtered.length > 0 ? (
        <ResponsiveSales
          onSortTo={onSortTo}
          oneDay={false}
          rows={filtered}
          sort={state.sort}
          hiddenColumns={state.hiddenColumns}
          onSort={onSort}
          onEndReached={loadMore}
          ledgerId={ledgerId ?? ''}
        />
      ) : feed.isPending ? (
        <p className="empty">{TEXT.loading}</p>
      ) : (
        <p className="empty">{isFiltered ? TEXT.noMatch : TEXT.none}</p>
      )}
    </>
  )
}
