import type { SaleRow } from '../../api/sale-row'

/** The explorer's filters; each is an AND with the others, values inside one filter are ORs. */
export interface Filters {
  /** Free text: reference, pspReference, line names, sales category, customer. */
  text: string
  entryTypes: string[]
  solutions: string[]
  paymentTypes: string[]
  /** Matches any line's category or the sales category; UNCATEGORISED matches events with neither. */
  categories: string[]
  /** Basis points; matches any line with that rate. */
  vatRates: number[]
  /** Bounds on the absolute gross amount, in øre (refunds match by their size). */
  minGross: number | null
  maxGross: number | null
  missing: ('lines' | 'vat')[]
}

export const UNCATEGORISED = '(uten kategori)'

export const EMPTY_FILTERS: Filters = {
  text: '',
  entryTypes: [],
  solutions: [],
  paymentTypes: [],
  categories: [],
  vatRates: [],
  minGross: null,
  maxGross: null,
  missing: [],
}

export function categoriesOf(row: SaleRow): string[] {
  const all = row.salesCategory ? [...row.categories, row.salesCategory] : row.categories
  return all.length > 0 ? all : [UNCATEGORISED]
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.entryTypes.length > 0 ||
    filters.solutions.length > 0 ||
    filters.paymentTypes.length > 0 ||
    filters.categories.length > 0 ||
    filters.vatRates.length > 0 ||
    filters.minGross !== null ||
    filters.maxGross !== null ||
    filters.missing.length > 0
  )
}

/** Builds one predicate for the filters, doing the per-filter set-up once rather than per row. */
export function rowPredicate(filters: Filters): (row: SaleRow) => boolean {
  const terms = filters.text.toLowerCase().split(/\s+/).filter(Boolean)
  const entryTypes = new Set(filters.entryTypes)
  const solutions = new Set(filters.solutions)
  const paymentTypes = new Set(filters.paymentTypes)
  const categories = new Set(filters.categories)
  const vatRates = new Set(filters.vatRates)
  const { minGross, maxGross } = filters
  const needNoLines = filters.missing.includes('lines')
  const needNoVat = filters.missing.includes('vat')

  return (row) => {
    if (entryTypes.size > 0 && !entryTypes.has(row.entryType)) return false
    if (solutions.size > 0 && !solutions.has(row.solution)) return false
    if (paymentTypes.size > 0 && !paymentTypes.has(row.paymentType)) return false
    if (categories.size > 0 && !categoriesOf(row).some((c) => categories.has(c))) return false
    if (vatRates.size > 0 && !row.vatRates.some((r) => vatRates.has(r))) return false
    if (minGross !== null || maxGross !== null) {
      if (row.gross === null) return false
      const size = Math.abs(row.gross)
      if (minGross !== null && size < minGross) return false
      if (maxGross !== null && size > maxGross) return false
    }
    if (needNoLines && row.hasLines) return false
    if (needNoVat && row.hasVatBreakdown) return false
    for (const term of terms) if (!row.searchText.includes(term)) return false
    return true
  }
}

export function filterRows(rows: readonly SaleRow[], filters: Filters): SaleRow[] {
  if (!hasActiveFilters(filters)) return rows as SaleRow[]
  return rows.filter(rowPredicate(filters))
}

export interface FilterResult {
  rows: readonly SaleRow[]
  filters: Filters
  result: SaleRow[]
  /** Earlier results for other search texts with the same rows and other filters (backspace). */
  byText: Map<string, SaleRow[]>
}

const MAX_REMEMBERED_TEXTS = 32

function sameExceptText(a: Filters, b: Filters): boolean {
  return JSON.stringify({ ...a, text: '' }) === JSON.stringify({ ...b, text: '' })
}

/**
 * Filters, reusing earlier work while the user types: every row matching "kane" also matched
 * "kan", so a longer search runs over the previous hits; and a search text seen before with the
 * same rows and other filters (backspace) is answered from memory.
 */
export function filterRowsFrom(
  rows: readonly SaleRow[],
  filters: Filters,
  previous: FilterResult | null,
): FilterResult {
  const related = previous !== null && previous.rows === rows && sameExceptText(previous.filters, filters)
  const byText = related ? previous.byText : new Map<string, SaleRow[]>()
  const text = filters.text.toLowerCase()
  let result = byText.get(text)
  if (!result) {
    const narrowing =
      related && previous.filters.text !== '' && text.startsWith(previous.filters.text.toLowerCase())
    result = narrowing ? filterRows(previous.result, filters) : filterRows(rows, filters)
    if (byText.size >= MAX_REMEMBERED_TEXTS) byText.delete(byText.keys().next().value as string)
    byText.set(text, result)
  }
  return { rows, filters, result, byText }
}
