import { entryTypeLabel } from '../../../shared/labels'
import { MissingCount } from '../../../shared/ui/MissingCount'
import { Money } from '../../../shared/ui/Money'
import type { OrderSummary } from '../model/order-summary'

/** Paid, refunded and the result, from the events' money parts; what is left out says so. */
export function OrderTotals({ summary, currency }: { summary: OrderSummary; currency: string }) {
  const { captures, refunds, all, excluded } = summary.totals
  return (
    <>
      <section className="totals totals--order" aria-label="Ordresum">
        <div className="totals__figure">
          <span className="totals__label">Innbetalt</span>
          <span className="totals__value" data-testid="order-captured">
            <Money minor={captures.gross} currency={currency} />
          </span>
          <MissingCount count={captures.withoutGross} />
        </div>
        <div className="totals__figure">
          <span className="totals__label">Refundert</span>
          <span className="totals__value" data-testid="order-refunded">
            <Money minor={refunds.gross} currency={currency} />
          </span>
          <MissingCount count={refunds.withoutGross} />
        </div>
        <div className="totals__figure">
          <span className="totals__label">Netto etter refusjoner</span>
          <span className="totals__value" data-testid="order-net">
            <Money minor={all.gross} currency={currency} />
          </span>
          <MissingCount count={all.withoutGross} />
        </div>
        <div className="totals__figure">
          <span className="totals__label">Hendelser</span>
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
