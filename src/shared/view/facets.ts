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

function count<T>(counts: Map<T, number>, value: T) {
  counts.set(value, (counts.get(value) ?? 0) + 1)
}

function options<T>(counts: Map<T, number>, order: (a: T, b: T) => number): FacetOption<T>[] {
  return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => order(a.value, b.value))
}

const byText = (a: string, b: string) => a.localeCompare(b, 'nb-NO')

/** The values present in the period, with how many events have each: the filters' choices. */
export function facetsOf(rows: readonly SaleRow[]): Facets {
  const entryTypes = new Map<string, number>()
  const solutions = new Map<string, number>()
  const paymentTypes = new Map<string, number>()
  const categories = new Map<string, number>()
  const vatRates = new Map<number, number>()
  for (const row of rows) {
    count(entryTypes, row.entryType)
    count(solutions, row.solution)
    count(paymentTypes, row.paymentType)
    for (const category of categoriesOf(row)) count(categories, category)
    for (const rate of row.vatRates) count(vatRates, rate)
  }
  return {
    entryTypes: options(entryTypes, byText),
    solutions: options(solutions, byText),
    paymentTypes: options(paymentTypes, byText),
    categories: options(categories, byText),
    vatRates: options(vatRates, (a, b) => b - a),
  }
}
