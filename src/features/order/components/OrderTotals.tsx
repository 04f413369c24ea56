import { entryTypeLabel } from '../../../shared/labels'
import { MissingCount } from '../../../shared/ui/MissingCount'
import { Money } from '../../../shared/ui/Money'
import type { MoneySum } from '../../../shared/view/money-sum'
import type { OrderSummary } from '../model/order-summary'

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
      <section className="totals totals--order" aria-label="Ordresum">
        <GrossFigure label="Innbetalt" sum={captures} currency={currency} testId="order-captured" />
        <GrossFigure label="Refundert" sum={refunds} currency={currency} testId="order-refunded" />
        <GrossFigure label="Netto etter refusjoner" sum={all} currency={currency} testId="order-net" />
        <div className="totals__figure">
          <span className="totals__label">Transaksjoner</span>
          <span className="totals__value">{summary.events.length}</span>
        </div>
      </section>
      {excluded.unknownKind + excluded.invalid > 0 ? (
        <p className="notice" role="note" data-testid="order-excluded">
          {excluded.unknownKind + excluded.invalid} hendelser er ikke med i summene
          {excluded.unknownTypes.length > 0
            ? ` (ukjent type: ${excluded.unknownTypes.map(entryTypeLabel).join(', ')})`
            : ''}
          {excluded.invalid > 0 ? ` (${excluded.invalid} kunne ikke leses)` : ''}.
        </p>
      ) : null}
    </>
  )
}
