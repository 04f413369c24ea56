import type { SaleRow } from '../../api/sale-row'
import { defineText } from '../i18n/language'
import { entryTypeLabel } from '../labels'

const TEXT = defineText('ui.EntryTypeBadge', {
  notSummed: 'Ikke med i summene.',
  negative: 'Negativt salg',
  unreadable: 'Kunne ikke leses',
  unknown: 'Ukjent type: vist som den er, ikke med i summene',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.EntryTypeBadge': typeof TEXT
  }
}

/** Captures and refunds by their type; an unknown type, a negative sale or an unreadable event flagged, as not summed. */
export function EntryTypeBadge({ row }: { row: SaleRow }) {
  if (row.invalid !== null) {
    return (
      <span className="badge badge--invalid" title={`${TEXT.notSummed}\n${row.invalid.join('\n')}`}>
        {TEXT.unreadable}
      </span>
    )
  }
  if (row.entryKind === 'negative-capture') {
    return (
      <span className="badge badge--unknown" title={`${TEXT.notSummed}\n${row.issues.join('\n')}`}>
        ⚠ {TEXT.negative}
      </span>
    )
  }
  if (row.entryKind === 'unknown') {
    return (
      <span className="badge badge--unknown" title={TEXT.unknown}>
        ⚠ {row.entryType}
      </span>
    )
  }
  return (
    <span className={`badge badge--${row.isRefund ? 'refund' : 'capture'}`}>
      {entryTypeLabel(row.entryType)}
    </span>
  )
}
