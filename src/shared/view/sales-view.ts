import { countsInTotals, MIXED_CATEGORIES } from '../../api/money-parts'
import { todayInOslo } from '../../api/oslo-time'
import type { SaleRow } from '../../api/sale-row'
import {
  categoriesOf,
  type FilterResult,
  type Filters,
  filterRowsFrom,
  hasActiveFilters,
  UNCATEGORISED,
} from '../filters/filters'
import { type SortSpec, sortRows } from '../filters/sort-rows'
import { mixesCurrencies, type Totals } from '../filters/totals'
import type { PeriodSnapshot } from '../period/period-loader'
import type { Period } from '../period/periods'
import { periodFacets, viewTotals } from './day-aggregates'
import type { Facets } from './facets'
import { addParts, emptyKindSums, type KindSums, sumOf } from './money-sum'

/** What the view is built from: the loaded rows and how far loading got. */
export type ViewSource = Pick<
  PeriodSnapshot,
  'rows' | 'rowsByDay' | 'days' | 'complete' | 'loadedDays' | 'totalDays' | 'failedDays' | 'updatedAt'
>

export interface ViewInput {
  period: Period
  filters: Filters
  sort: SortSpec
  /** Today's date in Oslo, which decides whether the period's last day is over; by default the clock's. */
  today?: string
}

/**
 * The period reaches a day whose sales are not over: today (or a later date). Its figures are what
 * had been sold when it was last read. Yesterday is over: the loader reads it again for a while
 * (an event sent around midnight can arrive late) but, as for the vouchers, its sales day is done
 * and its figures are the day's.
 */
export interface DayNotOver {
  /** The first date of the period whose sales day is not over. */
  date: string
  /** When the open days were last read (the oldest of them), or null before they are. */
  asOf: number | null
}

/** With a category filter: the selected categories' own lines, apart from the whole transactions. */
export interface CategoryShare {
  categories: string[]
  sums: KindSums
  /** Matching transactions whose amount cannot be split between their categories. */
  notSplit: number
}

export interface Completeness {
  /** Every day of the period read to its end: only then are the totals final. */
  loaded: boolean
  loadedDays: number
  totalDays: number
  failedDays: string[]
  /** Some day is still waiting or loading. */
  busy: boolean
  /** Rows of the view left out of every sum, and why. */
  excluded: Totals['excluded']
  /** Summed transactions whose gross, or net and VAT, are missing from the sums. */
  withoutGross: number
  withoutVat: number
  withoutLines: number
  /** Of those, Vippsnummer sales (variable amount), which have no lines by nature. */
  withoutLinesByNature: number
  /** The currencies the sums add together when there are several (a mixed sum is no figure to book). */
  mixedCurrencies: string[]
  /** Set when the period's last day is still running: its figures are provisional. */
  dayNotOver: DayNotOver | null
  /** Only then is a figure final: every day over and read to its end, in one currency. */
  final: boolean
}

/**
 * Everything a feature shows of the explorer's current view, built once: the filtered and sorted
 * rows, their totals, how complete they are, and the choices the filters offer. The table, the
 * charts, the export and the day report read this; none rebuilds it from the ingredients.
 */
export interface SalesView {
  period: Period
  /** The filters the rows were computed with. */
  filters: Filters
  sort: SortSpec
  isFiltered: boolean
  rows: SaleRow[]
  totals: Totals
  categoryShare: CategoryShare | null
  completeness: Completeness
  /** The values present in the whole loaded period, with counts. */
  facets: Facets
  currency: string
  /** Work the next build can reuse while only the filters change; not for display. */
  readonly reuse: ViewReuse
}

interface ViewReuse {
  source: readonly SaleRow[]
  sort: SortSpec
  sorted: SaleRow[]
  filtered: FilterResult
  facets: Facets
}

export const EMPTY_SOURCE: ViewSource = {
  rows: [],
  days: [],
  complete: false,
  loadedDays: 0,
  totalDays: 0,
  failedDays: [],
}

/** The money of the selected categories' own parts in the view's rows. */
export function categoryShareOf(rows: readonly SaleRow[], categories: readonly string[]): CategoryShare {
  const selected = new Set(categories)
  const sums = emptyKindSums()
  let notSplit = 0
  for (const row of rows) {
    if (!countsInTotals(row)) continue
    const own = row.parts.filter((part) => selected.has(part.category ?? UNCATEGORISED))
    if (own.length > 0) addParts(row.isRefund ? sums.refunds : sums.captures, own)
    else if (row.parts[0]?.category === MIXED_CATEGORIES && categoriesOf(row).some((c) => selected.has(c))) {
      notSplit++
    }
  }
  sums.all = sumOf(sums.captures, sums.refunds)
  return { categories: [...categories], sums, notSplit }
}

/**
 * Builds the view from the loaded rows and the view state. Pure; with the previous view it reuses
 * the sort (only filters changed) and earlier filter results (typing narrows the last hits).
 */
export function buildSalesView(
  source: ViewSource,
  input: ViewInput,
  previous: SalesView | null = null,
): SalesView {
  const reuse = previous?.reuse.source === source.rows ? previous.reuse : null
  const { column, desc } = input.sort
  const sorted =
    reuse && reuse.sort.column === column && reuse.sort.desc === desc
      ? reuse.sorted
      : sortRows(source.rows, input.sort)
  const filtered = filterRowsFrom(sorted, input.filters, reuse?.filtered ?? null)
  const rows = filtered.result
  // The same rows in another order (only the sort changed) have the same totals.
  const sameRows =
    previous !== null &&
    (previous.rows === rows ||
      (reuse !== null && JSON.stringify(previous.filters) === JSON.stringify(input.filters)))
  const totals = sameRows ? previous.totals : viewTotals(rows, source)
  const facets = reuse ? reuse.facets : periodFacets(source)
  const today = input.today ?? todayInOslo()
  const dayNotOver: DayNotOver | null =
    input.period.to >= today
      ? { date: input.period.from > today ? input.period.from : today, asOf: source.updatedAt ?? null }
      : null
  const mixedCurrencies = mixesCurrencies(totals) ? totals.byCurrency.map((c) => c.currency) : []
  const categoryShare =
    input.filters.categories.length > 0
      ? sameRows && previous.categoryShare
        ? previous.categoryShare
        : categoryShareOf(rows, input.filters.categories)
      : null
  return {
    period: input.period,
    filters: input.filters,
    sort: input.sort,
    isFiltered: hasActiveFilters(input.filters),
    rows,
    totals,
    categoryShare,
    completeness: {
      loaded: source.complete,
      loadedDays: source.loadedDays,
      totalDays: source.totalDays,
      failedDays: source.failedDays,
      busy: source.days.some((d) => d.status === 'loading' || d.status === 'waiting'),
      excluded: totals.excluded,
      withoutGross: totals.all.withoutGross,
      withoutVat: totals.all.withoutVat,
      withoutLines: totals.withoutLines,
      withoutLinesByNature: totals.withoutLinesByNature,
      mixedCurrencies,
      dayNotOver,
      final: source.complete && mixedCurrencies.length === 0 && dayNotOver === null,
    },
    facets,
    currency: totals.currencies[0] ?? 'NOK',
    reuse: { source: source.rows, sort: input.sort, sorted, filtered, facets },
  }
}
