import { replaceEqualDeep, useLocation, useMatch, useNavigate } from '@tanstack/react-router'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { parseKronerToMinor } from '../api/money'
import { EMPTY_FILTERS, type Filters } from './filters/filters'
import { type ColumnId, DEFAULT_SORT, type SortSpec } from './filters/sort-rows'
import { type Period, resolvePeriod, termId, termOf } from './period/periods'
import { parseSearch } from './url/search-codec'
import { type ExplorerSearch, explorerSearchOf, ledgerOf, type SortParam } from './url/search-schema'

/** Everything that defines what the explorer shows. It lives in the query string, nowhere else. */
export interface ViewState {
  ledger: string | null
  view: 'date' | 'feed'
  tab: 'table' | 'insights'
  /** Feed view only: poll for new sales at the end of the feed and show them on top. */
  follow: boolean
  period: Period
  filters: Filters
  sort: SortSpec
  hiddenColumns: ColumnId[]
  /** Amount bounds exactly as typed (kroner), so the inputs show what the user wrote. */
  minText: string
  maxText: string
}

const JOURNAL_SORT: SortSpec = { column: 'time', desc: false }
const NONE: never[] = []

/** The feed reads like a journal (oldest first, newer pages as you scroll) until it follows new sales. */
export function defaultSort(view: 'date' | 'feed', follow: boolean): SortSpec {
  return view === 'feed' && !follow ? JOURNAL_SORT : DEFAULT_SORT
}

/**
 * The state shown in the other view. The feed's own order (oldest first, or newest first while
 * following) and its follow mode stay in the feed: the date view opens with its default sort.
 */
export function inView(state: ViewState, view: 'date' | 'feed'): ViewState {
  if (state.view === view) return state
  return { ...state, view, follow: false, sort: defaultSort(view, false) }
}

function sortOf(param: SortParam | undefined): SortSpec | null {
  if (!param) return null
  const desc = param.startsWith('-')
  return { column: (desc ? param.slice(1) : param) as ColumnId, desc }
}

export function viewStateFromSearch(search: ExplorerSearch, now = Date.now()): ViewState {
  const view = search.view ?? 'date'
  const follow = view === 'feed' && search.follow === true
  const minText = search.min ?? ''
  const maxText = search.max ?? ''
  return {
    ledger: search.ledger ?? null,
    view,
    tab: search.tab ?? 'table',
    follow,
    period: resolvePeriod(
      search.period ?? 'today',
      search.from ?? null,
      search.to ?? null,
      now,
      search.period === 'term'
        ? (search.term ?? null)
        : search.period === 'year'
          ? (search.year ?? null)
          : null,
    ),
    filters: {
      ...EMPTY_FILTERS,
      text: search.q ?? '',
      entryTypes: search.type ?? NONE,
      solutions: search.solution ?? NONE,
      paymentTypes: search.payment ?? NONE,
      categories: search.category ?? NONE,
      vatRates: search.vat ?? NONE,
      minGross: minText ? parseKronerToMinor(minText) : null,
      maxGross: maxText ? parseKronerToMinor(maxText) : null,
      missing: search.missing ?? NONE,
    },
    sort: sortOf(search.sort) ?? defaultSort(view, follow),
    hiddenColumns: search.hide ?? NONE,
    minText,
    maxText,
  }
}

/** The explorer's search for a view state; defaults are left out, so links stay short. */
export function searchFromViewState(state: ViewState): ExplorerSearch {
  const f = state.filters
  const custom = state.period.preset === 'custom'
  const fallback = defaultSort(state.view, state.follow)
  const sorted = state.sort.column !== fallback.column || state.sort.desc !== fallback.desc
  const list = <T>(values: T[]) => (values.length > 0 ? values : undefined)
  return {
    ledger: state.ledger ?? undefined,
    view: state.view === 'feed' ? 'feed' : undefined,
    tab: state.tab === 'insights' ? 'insights' : undefined,
    follow: state.view === 'feed' && state.follow ? true : undefined,
    period: state.period.preset,
    from: custom ? state.period.from : undefined,
    to: custom ? state.period.to : undefined,
    term: state.period.preset === 'term' ? termId(termOf(state.period.from)) : undefined,
    year: state.period.preset === 'year' ? state.period.from.slice(0, 4) : undefined,
    q: f.text || undefined,
    type: list(f.entryTypes),
    solution: list(f.solutions),
    payment: list(f.paymentTypes),
    category: list(f.categories),
    vat: list(f.vatRates),
    min: state.minText || undefined,
    max: state.maxText || undefined,
    missing: list(f.missing),
    sort: sorted ? `${state.sort.desc ? '-' : ''}${state.sort.column}` : undefined,
    hide: list(state.hiddenColumns),
  }
}

/** The view state of a query string (`?ledger=…&period=…`), e.g. for a test. */
export function parseViewState(query: string, now = Date.now()): ViewState {
  return viewStateFromSearch(explorerSearchOf(parseSearch(query)), now)
}

export type ViewUpdate = (change: (state: ViewState) => ViewState, options?: { replace?: boolean }) => void

/**
 * The search of the page this hook runs on. The location changes at once (a keystroke in a
 * filter is rendered with that keystroke, as a controlled input needs), while a change of page
 * commits in a React transition: until it does, this page keeps its own last search.
 */
function usePageSearch(): Record<string, unknown> {
  const pagePath = useMatch({ strict: false, select: (match) => match.pathname })
  const pageSearch = useMatch({ strict: false, select: (match) => match.search })
  const current = useLocation({
    select: (location) => (location.pathname === pagePath ? location.search : null),
  })
  return current ?? pageSearch
}

/** The previous value where the next one equals it in part or whole, so memoised children skip. */
function useStructuralSharing<T>(next: T): T {
  const previous = useRef(next)
  const shared = replaceEqualDeep(previous.current, next)
  useEffect(() => {
    previous.current = shared
  })
  return shared
}

/** The view state of the current URL, and a way to change it (each change is a history step). */
export function useViewState(): [ViewState, ViewUpdate] {
  const search = usePageSearch()
  const state = useStructuralSharing(useMemo(() => viewStateFromSearch(explorerSearchOf(search)), [search]))
  const navigate = useNavigate()
  // One stable function for the page's lifetime, so memoised children do not re-render for it.
  const update = useCallback<ViewUpdate>(
    (change, options) =>
      void navigate({
        to: '.',
        search: (current: Record<string, unknown>) =>
          searchFromViewState(change(viewStateFromSearch(explorerSearchOf(current)))),
        replace: options?.replace,
        resetScroll: false,
      }),
    [navigate],
  )
  return [state, update]
}

/** The ledger the current URL names (every page has one), or null. */
export function useUrlLedger(): string | null {
  return useLocation({ select: (location) => ledgerOf(location.search) })
}
