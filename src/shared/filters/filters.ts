import { lineCategory } from '../../api/money-parts'
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

/**
 * The categories a row's money belongs to, as the money parts attribute it: each line's category
 * (or the sales category for a line without one), or for an event without lines its sales
 * category; UNCATEGORISED where there is neither.
 */
export function categoriesOf(row: SaleRow): string[] {
  const { lines, salesCategory } = row
  if (lines.length === 0) return listOf(salesCategory ?? UNCATEGORISED)
  // When every line has its own category, they are the row's categories (a list rows share).
  for (const line of lines) {
    if (line.category === null) {
      return [...new Set(lines.map((l) => lineCategory(l, salesCategory) ?? UNCATEGORISED))]
    }
  }
  return row.categories
}

const oneCategory = new Map<string, string[]>()
/** One shared list per category, so that rows without lines share theirs too. */
function listOf(category: string): string[] {
  let list = oneCategory.get(category)
  if (!list) {
    list = Object.freeze([category]) as string[]
    if (oneCategory.size < 10_000) oneCategory.set(category, list)
  }
  return list
}

/**
 * Whether a row holds a search term (lower-case, without spaces): in its reference or pspReference
 * as they are, or in its search text (sale-row.ts: line names, sales category, customer, and the
 * references lower-cased where that changes them).
 */
export function hasText(row: SaleRow, term: string): boolean {
  // The search text first: rows share it (cheap to read), and most words are found there.
  return (
    row.searchText.includes(term) || row.reference.includes(term) || row.pspReference?.includes(term) === true
  )
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

/**
 * Builds one predicate for the filters: only the active filters become checks, so a plain text
 * search over 100 000 rows runs one substring test per row and nothing else.
 */
export function rowPredicate(filters: Filters): (row: SaleRow) => boolean {
  const checks: ((row: SaleRow) => boolean)[] = []
  const anyOf = <T>(values: T[], pick: (row: SaleRow) => T) => {
    if (values.length === 0) return
    const set = new Set(values)
    checks.push((row) => set.has(pick(row)))
  }
  anyOf(filters.entryTypes, (row) => row.entryType)
  anyOf(filters.solutions, (row) => row.solution)
  anyOf(filters.paymentTypes, (row) => row.paymentType)
  if (filters.categories.length > 0) {
    const categories = new Set(filters.categories)
    checks.push((row) => categoriesOf(row).some((c) => categories.has(c)))
  }
  if (filters.vatRates.length > 0) {
    const vatRates = new Set(filters.vatRates)
    checks.push((row) => row.vatRates.some((r) => vatRates.has(r)))
  }
  const { minGross, maxGross } = filters
  if (minGross !== null || maxGross !== null) {
    checks.push((row) => {
      if (row.gross === null) return false
      const size = Math.abs(row.gross)
      return (minGross === null || size >= minGross) && (maxGross === null || size <= maxGross)
    })
  }
  if (filters.missing.includes('lines')) checks.push((row) => !row.hasLines)
  if (filters.missing.includes('vat')) checks.push((row) => !row.hasVatBreakdown)
  for (const term of filters.text.toLowerCase().split(/\s+/).filter(Boolean)) {
    checks.push((row) => hasText(row, term))
  }
  if (checks.length === 1) return checks[0] as (row: SaleRow) => boolean
  return (row) => {
    for (const check of checks) if (!check(row)) return false
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
