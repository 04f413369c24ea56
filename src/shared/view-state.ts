import { useCallback, useMemo, useRef } from 'react'
import { parseKronerToMinor } from '../api/money'
import { EMPTY_FILTERS, type Filters } from './filters/filters'
import { type ColumnId, DEFAULT_SORT, SORTABLE_COLUMNS, type SortSpec } from './filters/sort-rows'
import { PERIOD_PRESETS, type Period, type PeriodPreset, resolvePeriod } from './period/periods'
import { navigate, useLocation } from './router'

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

const list = (params: URLSearchParams, name: string) => params.getAll(name).filter(Boolean)

/** The feed reads like a journal (oldest first, newer pages as you scroll) until it follows new sales. */
export function defaultSort(view: 'date' | 'feed', follow: boolean): SortSpec {
  return view === 'feed' && !follow ? { column: 'time', desc: false } : DEFAULT_SORT
}

function parseSort(text: string | null, fallback: SortSpec): SortSpec {
  if (!text) return fallback
  const desc = text.startsWith('-')
  const column = (desc ? text.slice(1) : text) as ColumnId
  return SORTABLE_COLUMNS.includes(column) ? { column, desc } : fallback
}

export function parseViewState(params: URLSearchParams, now = Date.now()): ViewState {
  const presetText = params.get('period') as PeriodPreset | null
  const preset = presetText && PERIOD_PRESETS.includes(presetText) ? presetText : 'today'
  const minText = params.get('min') ?? ''
  const maxText = params.get('max') ?? ''
  const filters: Filters = {
    ...EMPTY_FILTERS,
    text: params.get('q') ?? '',
    entryTypes: list(params, 'type'),
    solutions: list(params, 'solution'),
    paymentTypes: list(params, 'payment'),
    categories: list(params, 'category'),
    vatRates: list(params, 'vat')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 0),
    minGross: minText ? parseKronerToMinor(minText) : null,
    maxGross: maxText ? parseKronerToMinor(maxText) : null,
    missing: list(params, 'missing').filter((m): m is 'lines' | 'vat' => m === 'lines' || m === 'vat'),
  }
  const view = params.get('view') === 'feed' ? 'feed' : 'date'
  const follow = view === 'feed' && params.get('follow') === '1'
  return {
    ledger: params.get('ledger'),
    view,
    tab: params.get('tab') === 'insights' ? 'insights' : 'table',
    follow,
    period: resolvePeriod(preset, params.get('from'), params.get('to'), now),
    filters,
    sort: parseSort(params.get('sort'), defaultSort(view, follow)),
    hiddenColumns: (params.get('hide') ?? '')
      .split(',')
      .filter((c): c is ColumnId => (SORTABLE_COLUMNS as readonly string[]).includes(c)),
    minText,
    maxText,
  }
}

export function serialiseViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.ledger) params.set('ledger', state.ledger)
  if (state.view === 'feed') params.set('view', 'feed')
  if (state.tab === 'insights') params.set('tab', 'insights')
  if (state.view === 'feed' && state.follow) params.set('follow', '1')
  params.set('period', state.period.preset)
  if (state.period.preset === 'custom') {
    params.set('from', state.period.from)
    params.set('to', state.period.to)
  }
  const f = state.filters
  if (f.text) params.set('q', f.text)
  for (const v of f.entryTypes) params.append('type', v)
  for (const v of f.solutions) params.append('solution', v)
  for (const v of f.paymentTypes) params.append('payment', v)
  for (const v of f.categories) params.append('category', v)
  for (const v of f.vatRates) params.append('vat', String(v))
  if (state.minText) params.set('min', state.minText)
  if (state.maxText) params.set('max', state.maxText)
  for (const v of f.missing) params.append('missing', v)
  const fallback = defaultSort(state.view, state.follow)
  if (state.sort.column !== fallback.column || state.sort.desc !== fallback.desc) {
    params.set('sort', `${state.sort.desc ? '-' : ''}${state.sort.column}`)
  }
  if (state.hiddenColumns.length > 0) params.set('hide', state.hiddenColumns.join(','))
  return params
}

export type ViewUpdate = (change: (state: ViewState) => ViewState, options?: { replace?: boolean }) => void

/** The view state of the current URL, and a way to change it (each change is a history step). */
export function useViewState(): [ViewState, ViewUpdate] {
  const { pathname, search } = useLocation()
  const key = search.toString()
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the state's identity
  const state = useMemo(() => parseViewState(search), [key])
  // One stable function for the page's lifetime, so memoised children do not re-render for it.
  const latest = useRef({ pathname, state })
  latest.current = { pathname, state }
  const update = useCallback<ViewUpdate>((change, options) => {
    const { pathname: path, state: current } = latest.current
    navigate(`${path}?${serialiseViewState(change(current))}`, options)
  }, [])
  return [state, update]
}
