import type { ColumnId } from '../../../shared/filters/sort-rows'
import { defineText } from '../../../shared/i18n/language'

/** Column headers, apart from the table's column definitions so the column chooser loads without them. */
/** The API's name of a column, as a hint for the accountant who matches it elsewhere. */
export const COLUMN_HINTS: Partial<Record<ColumnId, string>> = defineText('explorer.columnHints', {
  pspReference: 'pspReference i Vipps MobilePay: én betaling',
  reference: 'Ordrereferansen (reference): den samme på et salg og refusjonene av det',
  solution: 'Hvordan salget ble gjort: kasse (mPOS), handlekurv eller Vippsnummer (valgfritt beløp)',
})

export const COLUMN_LABELS: Record<ColumnId, string> = defineText('explorer.columnLabels', {
  time: 'Tid',
  reference: 'Referanse',
  pspReference: 'Transaksjons-ID',
  entryType: 'Type',
  solution: 'Salgskanal',
  paymentType: 'Betaling',
  category: 'Kategori',
  gross: 'Brutto',
  net: 'Netto',
  vat: 'MVA',
  lines: 'Linjer',
  customer: 'Kunde',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.columnHints': typeof COLUMN_HINTS
    'explorer.columnLabels': typeof COLUMN_LABELS
  }
}
