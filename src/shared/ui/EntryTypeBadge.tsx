import type { SaleRow } from '../../api/sale-row'
import { entryTypeLabel } from '../labels'

/** Captures and refunds by their type; an unknown type, a negative sale or an unreadable event flagged, as not summed. */
export function EntryTypeBadge({ row }: { row: SaleRow }) {
  if (row.invalid !== null) {
    return (
      <span className="badge badge--invalid" title={`Ikke med i summene.\n${row.invalid.join('\n')}`}>
        Kunne ikke leses
      </span>
    )
  }
  if (row.entryKind === 'negative-capture') {
    return (
      <span className="badge badge--unknown" title={`Ikke med i summene.\n${row.issues.join('\n')}`}>
        ⚠ Negativt salg
      </span>
    )
  }
  if (row.entryKind === 'unknown') {
    return (
      <span className="badge badge--unknown" title="Ukjent type: vist som den er, ikke med i summene">
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
