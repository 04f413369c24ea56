import type { English } from '../messages'

/** The CSV export of the view (src/features/export). */
export const exportPanel = {
  'export.ExportPanel': {
    writeFailed: 'The file could not be written. No file is saved.',
    daysFailed: (c: number) =>
      `${c} day(s) could not be loaded, so the export would be incomplete. No file is saved – try again.`,
    export: 'Export',
    format: 'Format',
    excel: 'Excel (Norwegian: semicolon, decimal comma, kroner)',
    standard: 'Standard CSV (comma, amounts in øre)',
    rowPer: 'One row per',
    transaction: 'transaction',
    line: 'order line',
    personal: 'Include personal data (the customer’s name, e-mail, phone)',
    download: 'Download',
    cancel: 'Cancel',
    fetching: (loaded: number, days: number) => `Fetching the rest of the period: ${loaded} of ${days} days`,
    writing: (done: string, total: string) => `Writing ${done} of ${total}`,
    saved: (file: string, rows: string, gross: string, net: string, vat: string) =>
      `Saved ${file}: ${rows} transactions, gross ${gross}, net ${net}, VAT ${vat}.`,
    withoutGross: (c: string) => ` ${c} without an amount are not in the totals.`,
    excluded: (c: string, negative: string | null, unsummed: string) =>
      ` ${c} transactions of an unknown type or that could not be read${negative ? ` (of them ${negative})` : ''} are in the file with “Med i summene: nei” (not in the totals). ${unsummed}.`,
  },
} satisfies Partial<English>
