import { Link } from '@tanstack/react-router'
import { type ComponentType, Suspense } from 'react'
import { formatOsloDateTime } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import { paymentTypeLabel, solutionLabel } from '../../../shared/labels'
import { links } from '../../../shared/links'
import type { SaleSettlementProps } from '../../../shared/slots'
import { CustomerIdentity } from '../../../shared/ui/CustomerIdentity'
import { EntryTypeBadge } from '../../../shared/ui/EntryTypeBadge'
import { Money } from '../../../shared/ui/Money'
import { OrderLines } from '../../../shared/ui/OrderLines'

/** One capture or refund of an order, with its lines. */
export function EventCard({
  row,
  ledgerId,
  highlighted,
  Settlement,
}: {
  row: SaleRow
  ledgerId: string
  highlighted: boolean
  Settlement?: ComponentType<SaleSettlementProps>
}) {
  return (
    <li className="event-card" data-highlighted={highlighted} data-testid="order-event">
      <div className="event-card__head">
        <EntryTypeBadge row={row} />
        <time dateTime={row.time}>{formatOsloDateTime(row.timeMs)}</time>
        <span className="event-card__amount">
          <Money minor={row.gross} currency={row.currency} />
        </span>
        <span className="muted">
          netto <Money minor={row.net} currency={row.currency} /> · mva{' '}
          <Money minor={row.vat} currency={row.currency} />
        </span>
      </div>
      <dl className="event-card__facts">
        <dt>Transaksjons-ID (pspReference)</dt>
        <dd>
          {row.pspReference ? (
            <Link {...links.transaction(ledgerId, row.pspReference)}>{row.pspReference}</Link>
          ) : (
            <span className="muted">ingen (kontant)</span>
          )}
        </dd>
        <dt>Betaling</dt>
        <dd>{paymentTypeLabel(row.paymentType)}</dd>
        <dt>Salgskanal</dt>
        <dd>{solutionLabel(row.solution)}</dd>
        <dt>Kunde</dt>
        <dd>
          <CustomerIdentity customer={row.customer} />
        </dd>
        {Settlement && ledgerId ? (
          <>
            <dt>Oppgjør</dt>
            <dd>
              <Suspense fallback={<span className="muted">…</span>}>
                <Settlement ledgerId={ledgerId} row={row} />
              </Suspense>
            </dd>
          </>
        ) : null}
      </dl>
      <OrderLines row={row} />
    </li>
  )
}
