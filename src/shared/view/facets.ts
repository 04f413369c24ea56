import type { SaleRow } from '../../api/sale-row'
import { categoriesOf } from '../filters/filters'

export interface FacetOption<T> {
  value: T
  count: number
}

export interface Facets {
  entryTypes: FacetOption<string>[]
  solutions: FacetOption<string>[]
  paymentTypes: FacetOption<string>[]
  categories: FacetOption<string>[]
  vatRates: FacetOption<number>[]
}

/** How many events have each value, before they become the filters' choices (facetsFromCounts). */
export interface FacetCounts {
  entryTypes: Map<string, number>
  solutions: Map<string, number>
  paymentTypes: Map<string, number>
  categories: Map<string, number>
  vatRates: Map<number, number>
}

function count<T>(counts: Map<T, number>, value: T, n = 1) {
  counts.set(value, (counts.get(value) ?? 0) + n)
}

function options<T>(counts: Map<T, number>, order: (a: T, b: T) => number): FacetOption<T>[] {
  return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => order(a.value, b.value))
}

const byText = (a: string, b: string) => a.localeCompare(b, 'nb-NO')

export const emptyFacetCounts = (): FacetCounts => ({
  entryTypes: new Map(),
  solutions: new Map(),
  paymentTypes: new Map(),
  categories: new Map(),
  vatRates: new Map(),
})

/** Counts the rows' values into `counts`. */
export function countFacets(rows: readonly SaleRow[], counts: FacetCounts = emptyFacetCounts()): FacetCounts {
  const { entryTypes, solutions, paymentTypes, categories, vatRates } = counts
  for (const row of rows) {
    count(entryTypes, row.entryType)
    count(solutions, row.solution)
    count(paymentTypes, row.paymentType)
    for (const category of categoriesOf(row)) count(categories, category)
    for (const rate of row.vatRates) count(vatRates, rate)
  }
  return counts
}

/** Adds counts made elsewhere (another day's) into `into`. */
export function addFacetCounts(into: FacetCounts, other: FacetCounts): void {
  for (const [value, n] of other.entryTypes) count(into.entryTypes, value, n)
  for (const [value, n] of other.solutions) count(into.solutions, value, n)
  for (const [value, n] of other.paymentTypes) count(into.paymentTypes, value, n)
  for (const [value, n] of other.categories) count(into.categories, value, n)
  for (const [value, n] of other.vatRates) count(into.vatRates, value, n)
}

export function facetsFromCounts(counts: FacetCounts): Facets {
  return {
    entryTypes: options(counts.entryTypes, byText),
    solutions: options(counts.solutions, byText),
    paymentTypes: options(counts.paymentTypes, byText),
    categories: options(counts.categories, byText),
    vatRates: options(counts.vatRates, (a, b) => b - a),
  }
}

/** The values present in the period, with how many events have each: the filters' choices. */
export function facetsOf(rows: readonly SaleRow[]): Facets {
  return facetsFromCounts(countFacets(rows))
}
