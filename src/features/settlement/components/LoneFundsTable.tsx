import { formatOsloDateTime } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { Money } from '../../../shared/ui/Money'
import type { UnmatchedFunds } from '../model/join'
import { FUNDS_REASONS, reportTypeText } from '../model/reason-texts'
import { Wide } from './marks'

const TEXTS = defineText('settlement.LoneFundsTable', {
  time: 'Tid',
  type: 'Type',
  reference: 'Referanse',
  amount: 'Beløp',
  reason: 'Årsak',
  label: 'Poster uten salg',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.LoneFundsTable': typeof TEXTS
  }
}

/** Funds rows without a sale, each with its reason; a discrepancy stands out. */
export function LoneFundsTable({ rows, testId }: { rows: readonly UnmatchedFunds[]; testId: string }) {
  return (
    <Wide label={TEXTS.label}>
      <table className="lines-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{TEXTS.time}</th>
            <th scope="col">{TEXTS.type}</th>
            <th scope="col">{TEXTS.reference}</th>
            <th scope="col">pspReference</th>
            <th scope="col" className="num">
              {TEXTS.amount}
            </th>
            <th scope="col">{TEXTS.reason}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, reason }) => (
            <tr key={row.key} data-discrepancy={FUNDS_REASONS[reason].discrepancy}>
              <td>{formatOsloDateTime(row.timeMs)}</td>
              <td>{reportTypeText(row.kind, row.entryType)}</td>
              <td className="lines-table__name">{row.reference}</td>
              <td>{row.pspReference ?? '–'}</td>
              <td className="num">
                <Money minor={row.amount} currency={row.currency} />
              </td>
              <td>{FUNDS_REASONS[reason].text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Wide>
  )
}
