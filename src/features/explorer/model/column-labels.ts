import type { ColumnId } from '../../../shared/filters/sort-rows'

/** Column headers, apart from the table's column definitions so the column chooser loads without them. */
export const COLUMN_LABELS: Record<ColumnId, string> = {
  time: 'Tid',
  reference: 'Referanse',
  pspReference: 'pspReference',
  entryType: 'Type',
  solution: 'Løsning',
  paymentType: 'Betaling',
  category: 'Kategori',
  gross: 'Brutto',
  net: 'Netto',
  vat: 'MVA',
  lines: 'Linjer',
  customer: 'Kunde',
}
