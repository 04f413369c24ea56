import { Link } from '@tanstack/react-router'
import { type ComponentType, Suspense } from 'react'
import { formatOsloDateTime } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import { defineText } from '../../../shared/i18n/language'
import { paymentTypeLabel, solutionLabel } from '../../../shared/labels'
import { links } from '../../../shared/links'
import type { SaleSettlementProps } from '../../../shared/slots'
import { CustomerIdentity } from '../../../shared/ui/CustomerIdentity'
import { EntryTypeBadge } from '../../../shared/ui/EntryTypeBadge'
import { Money } from '../../../shared/ui/Money'
import { OrderLines } from '../../../shared/ui/OrderLines'

const TEXT = defineText('order.EventCard', {
  net: 'netto',
  vat: 'mva',
  psp: 'Transaksjons-ID (pspReference)',
  cash: 'ingen (kontant)',
  payment: 'Betaling',
  solution: 'Salgskanal',
  customer: 'Kunde',
  settlement: 'Oppgjør',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'order.EventCard': typeof TEXT
  }
}

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
          {TEXT.net} <Money minor={row.net} currency={row.currency} /> · {TEXT.vat}{' '}
          <Money minor={row.vat} currency={row.currency} />
        </span>
      </div>
      <dl className="event-card__facts">
        <dt>{TEXT.psp}</dt>
        <dd>
          {row.pspReference ? (
            <Link {...links.transaction(ledgerId, row.pspReference)}>{row.pspReference}</Link>
          ) : (
            <span className="muted">{TEXT.cash}</span>
          )}
        </dd>
        <dt>{TEXT.payment}</dt>
        <dd>{paymentTypeLabel(row.paymentType)}</dd>
        <dt>{TEXT.solution}</dt>
        <dd>{solutionLabel(row.solution)}</dd>
        <dt>{TEXT.customer}</dt>
        <dd>
          <CustomerIdentity customer={row.customer} />
        </dd>
        {Settlement && ledgerId ? (
          <>
            <dt>{TEXT.settlement}</dt>
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
