import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table'
import { formatOsloDateTime } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import type { ColumnId } from '../../../shared/filters/sort-rows'
import { defineText } from '../../../shared/i18n/language'
import { paymentTypeLabel, solutionLabel } from '../../../shared/labels'
import { MaskedText } from '../../../shared/ui/CustomerIdentity'
import { EntryTypeBadge } from '../../../shared/ui/EntryTypeBadge'
import { Money } from '../../../shared/ui/Money'
import { COLUMN_LABELS } from './column-labels'

const TEXT = defineText('explorer.columns', {
  noLines: 'Ingen varelinjer oppgitt',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.columns': typeof TEXT
  }
}

export const tableFeaturesUsed = tableFeatures({ columnVisibilityFeature, rowSortingFeature })

const helper = createColumnHelper<typeof tableFeaturesUsed, SaleRow>()

export const NUMERIC_COLUMNS = new Set<ColumnId>(['gross', 'net', 'vat', 'lines'])

/** Every cell renders merchant text as text: React escapes it, nothing is parsed as HTML. */
export const salesColumns = helper.columns([
  helper.accessor('timeMs', {
    id: 'time',
    header: () => COLUMN_LABELS.time,
    cell: (c) => formatOsloDateTime(c.getValue()),
  }),
  helper.accessor('reference', {
    id: 'reference',
    header: () => COLUMN_LABELS.reference,
    cell: (c) => <span title={c.getValue()}>{c.getValue()}</span>,
  }),
  helper.accessor('pspReference', {
    id: 'pspReference',
    header: () => COLUMN_LABELS.pspReference,
    cell: (c) => c.getValue() ?? <span className="muted">kontant</span>,
  }),
  helper.accessor('entryType', {
    id: 'entryType',
    header: () => COLUMN_LABELS.entryType,
    cell: (c) => <EntryTypeBadge row={c.row.original} />,
  }),
  helper.accessor('solution', {
    id: 'solution',
    header: () => COLUMN_LABELS.solution,
    cell: (c) => solutionLabel(c.getValue()),
  }),
  helper.accessor('paymentType', {
    id: 'paymentType',
    header: () => COLUMN_LABELS.paymentType,
    cell: (c) => paymentTypeLabel(c.getValue()),
  }),
  helper.accessor((row) => row.salesCategory ?? row.categories.join(', '), {
    id: 'category',
    header: () => COLUMN_LABELS.category,
    cell: (c) => <span title={c.getValue()}>{c.getValue() || <span className="muted">–</span>}</span>,
  }),
  helper.accessor('gross', {
    id: 'gross',
    header: () => COLUMN_LABELS.gross,
    cell: (c) => <Money minor={c.getValue()} currency={c.row.original.currency} />,
  }),
  helper.accessor('net', {
    id: 'net',
    header: () => COLUMN_LABELS.net,
    cell: (c) => <Money minor={c.getValue()} currency={c.row.original.currency} />,
  }),
  helper.accessor('vat', {
    id: 'vat',
    header: () => COLUMN_LABELS.vat,
    cell: (c) => <Money minor={c.getValue()} currency={c.row.original.currency} />,
  }),
  helper.accessor((row) => row.lines.length, {
    id: 'lines',
    header: () => COLUMN_LABELS.lines,
    cell: (c) =>
      c.row.original.hasLines ? (
        c.getValue()
      ) : (
        <span className="muted" title={TEXT.noLines}>
          –
        </span>
      ),
  }),
  helper.accessor((row) => row.customer?.name ?? row.customer?.email ?? row.customer?.phone ?? '', {
    id: 'customer',
    header: () => COLUMN_LABELS.customer,
    cell: (c) => <MaskedText text={c.getValue()} />,
  }),
])
