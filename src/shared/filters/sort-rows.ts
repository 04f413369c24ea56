import type { SaleRow } from '../../api/sale-row'

export const SORTABLE_COLUMNS = [
  'time',
  'reference',
  'pspReference',
  'entryType',
  'solution',
  'paymentType',
  'category',
  'gross',
  'net',
  'vat',
  'lines',
  'customer',
] as const

export type ColumnId = (typeof SORTABLE_COLUMNS)[number]

export interface SortSpec {
  column: ColumnId
  desc: boolean
}

export const DEFAULT_SORT: SortSpec = { column: 'time', desc: true }

type Key = (row: SaleRow) => string | number | null

const KEYS: Record<ColumnId, Key> = {
  time: (r) => r.timeMs,
  reference: (r) => r.reference,
  pspReference: (r) => r.pspReference,
  entryType: (r) => r.entryType,
  solution: (r) => r.solution,
  paymentType: (r) => r.paymentType,
  category: (r) => r.salesCategory ?? r.categories[0] ?? null,
  gross: (r) => r.gross,
  net: (r) => r.net,
  vat: (r) => r.vat,
  lines: (r) => r.lines.length,
  customer: (r) => r.customer?.name ?? r.customer?.email ?? null,
}

const collator = new Intl.Collator('nb-NO', { numeric: true, sensitivity: 'base' })

/**
 * Sorted copy; missing values always last, ties keep the API's order. Keys are read once per row
 * (decorate–sort–undecorate), so sorting 100 000 rows stays well under a frame budget of work.
 */
export function sortRows(rows: readonly SaleRow[], sort: SortSpec): SaleRow[] {
  const key = KEYS[sort.column]
  const direction = sort.desc ? -1 : 1
  const decorated = rows.map((row, index) => ({ row, index, value: key(row) }))
  decorated.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index
      return a.value === null ? 1 : -1
    }
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value))
    return order * direction || a.index - b.index
  })
  return decorated.map((d) => d.row)
}
