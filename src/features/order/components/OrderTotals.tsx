import { defineText } from '../../../shared/i18n/language'
import { entryTypeLabel } from '../../../shared/labels'
import { MissingCount } from '../../../shared/ui/MissingCount'
import { Money } from '../../../shared/ui/Money'
import type { MoneySum } from '../../../shared/view/money-sum'
import type { OrderSummary } from '../model/order-summary'

const TEXT = defineText('order.OrderTotals', {
  sum: 'Ordresum',
  captured: 'Innbetalt',
  refunded: 'Refundert',
  net: 'Netto etter refusjoner',
  transactions: 'Transaksjoner',
  excluded: (count: number) => `${count} hendelser er ikke med i summene`,
  unknownTypes: (types: string) => ` (ukjent type: ${types})`,
  invalid: (count: number) => ` (${count} kunne ikke leses)`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'order.OrderTotals': typeof TEXT
  }
}

function GrossFigure({
  label,
  sum,
  currency,
  testId,
}: {
  label: string
  sum: MoneySum
  currency: string
  testId: string
}) {
  return (
    <div className="totals__figure">
      <span className="totals__label">{label}</span>
      <span className="totals__value" data-testid={testId}>
        <Money minor={sum.gross} currency={currency} />
      </span>
      <MissingCount count={sum.withoutGross} />
    </div>
  )
}

/** Paid, refunded and the result, from the events' money parts; what is left out says so. */
export function OrderTotals({ summary, currency }: { summary: OrderSummary; currency: string }) {
  const { captures, refunds, all, excluded } = summary.totals
  return (
    <>
      <section className="totals totals--order" aria-label={TEXT.sum}>
        <GrossFigure label={TEXT.captured} sum={captures} currency={currency} testId="order-captured" />
        <GrossFigure label={TEXT.refunded} sum={refunds} currency={currency} testId="order-refunded" />
        <GrossFigure label={TEXT.net} sum={all} currency={currency} testId="order-net" />
        <div className="totals__figure">
          <span className="totals__label">{TEXT.transactions}</span>
          <span className="totals__value">{summary.events.length}</span>
        </div>
      </section>
      {excluded.unknownKind + excluded.invalid > 0 ? (
        <p className="notice" role="note" data-testid="order-excluded">
          {TEXT.excluded(excluded.unknownKind + excluded.invalid)}
          {excluded.unknownTypes.length > 0
            ? TEXT.unknownTypes(excluded.unknownTypes.map(entryTypeLabel).join(', '))
            : ''}
          {excluded.invalid > 0 ? TEXT.invalid(excluded.invalid) : ''}.
        </p>
      ) : null}
    </>
  )
}
