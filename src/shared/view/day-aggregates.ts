import type { SaleRow } from '../../api/sale-row'
import { type CurrencySum, type Totals, totalsOf } from '../filters/totals'
import { addFacetCounts, countFacets, emptyFacetCounts, type Facets, facetsFromCounts } from './facets'
import { addSum, emptySum, sumOf } from './money-sum'

/**
 * A loaded period's totals and facets, built from per-day parts: a loading period is viewed again
 * every time some of its days grow, and counting every loaded row each time would cost more with
 * every page. A day's rows array stays the same object until the day gets a page
 * (period-loader.ts), so each day is counted once per page and the days are added up.
 */
export interface DaysSource {
  rows: readonly SaleRow[]
  /** The same rows, per day in the period's order; absent: only `rows` is known. */
  rowsByDay?: readonly (readonly SaleRow[])[]
}

const dayTotals = new WeakMap<readonly SaleRow[], Totals>()
const dayFacets = new WeakMap<readonly SaleRow[], ReturnType<typeof countFacets>>()
/** Per rows array of a view (a filter result, the whole period): the same rows, the same totals. */
const rowsTotals = new WeakMap<readonly SaleRow[], Totals>()
/** Per period's rows: its days' totals added up (null: they cannot be, see addedUp). */
const periodTotals = new WeakMap<readonly SaleRow[], Totals | null>()

function cached<V>(cache: WeakMap<readonly SaleRow[], V>, rows: readonly SaleRow[], make: () => V): V {
  let value = cache.get(rows)
  if (value === undefined) {
    value = make()
    cache.set(rows, value)
  }
  return value
}

/**
 * The totals of the days added up: integers, so the same as counting the rows. The lists of
 * currencies, unknown types and shared pspReferences are in the order the rows come in, which
 * per-day totals do not know: with more than one currency or unknown type, or any shared
 * pspReference, null (the rows are counted instead).
 */
function addedUp(days: readonly Totals[]): Totals | null {
  const captures = emptySum()
  const refunds = emptySum()
  let rows = 0
  let unknownKind = 0
  let invalid = 0
  let negativeCaptures = 0
  let excludedGross = 0
  let excludedWithoutGross = 0
  let withoutLines = 0
  let withoutLinesByNature = 0
  let sharedPspEvents = 0
  const unknownTypes = new Set<string>()
  const currencies = new Set<string>()
  const currencySum: CurrencySum = { currency: '', count: 0, gross: 0, withoutGross: 0 }
  for (const day of days) {
    rows += day.rows
    addSum(captures, day.captures)
    addSum(refunds, day.refunds)
    unknownKind += day.excluded.unknownKind
    invalid += day.excluded.invalid
    negativeCaptures += day.excluded.negativeCaptures
    excludedGross += day.excluded.gross
    excludedWithoutGross += day.excluded.withoutGross
    withoutLines += day.withoutLines
    withoutLinesByNature += day.withoutLinesByNature
    sharedPspEvents += day.sharedPsp.events
    for (const type of day.excluded.unknownTypes) unknownTypes.add(type)
    for (const currency of day.currencies) currencies.add(currency)
    for (const sum of day.byCurrency) {
      currencySum.currency = sum.currency
      currencySum.count += sum.count
      currencySum.gross += sum.gross
      currencySum.withoutGross += sum.withoutGross
    }
  }
  // A shared pspReference may span days, and its list follows the rows' order: counted from the rows.
  if (unknownTypes.size > 1 || currencies.size > 1 || sharedPspEvents > 0) return null
  return {
    rows,
    captures,
    refunds,
    all: sumOf(captures, refunds),
    excluded: {
      unknownKind,
      unknownTypes: [...unknownTypes],
      invalid,
      negativeCaptures,
      gross: excludedGross,
      withoutGross: excludedWithoutGross,
    },
    byCurrency: currencySum.count > 0 ? [currencySum] : [],
    sharedPsp: { events: 0, pspReferences: [] },
    withoutLines,
    withoutLinesByNature,
    currencies: [...currencies],
  }
}

/**
 * The totals of a view's rows, which are the source's rows filtered (and sorted): all of them when
 * as many, then added up per day; otherwise counted once per rows array.
 */
export function viewTotals(rows: readonly SaleRow[], source: DaysSource): Totals {
  const { rowsByDay } = source
  if (rowsByDay && rows.length === source.rows.length) {
    let whole = periodTotals.get(source.rows)
    if (whole === undefined) {
      whole = addedUp(rowsByDay.map((day) => cached(dayTotals, day, () => totalsOf(day))))
      periodTotals.set(source.rows, whole)
    }
    if (whole) return whole
  }
  return cached(rowsTotals, rows, () => totalsOf(rows))
}

/** The values present in the source's rows, with counts (facets.ts), counted per day when known. */
export function periodFacets(source: DaysSource): Facets {
  if (!source.rowsByDay) return facetsFromCounts(countFacets(source.rows))
  const counts = emptyFacetCounts()
  for (const day of source.rowsByDay)
    addFacetCounts(
      counts,
      cached(dayFacets, day, () => countFacets(day)),
    )
  return facetsFromCounts(counts)
}
