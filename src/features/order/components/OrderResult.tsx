import { formatVatRate } from '../../../api/money'
import { defineText } from '../../../shared/i18n/language'
import { Fact, LineCard } from '../../../shared/ui/LineCard'
import { MissingCount } from '../../../shared/ui/MissingCount'
import { Money } from '../../../shared/ui/Money'
import { usePhone } from '../../../shared/ui/use-media-query'
import { VatRateTable } from '../../../shared/ui/VatRateTable'
import { sumOf } from '../../../shared/view/money-sum'
import type { OrderSummary } from '../model/order-summary'

const TEXT = defineText('order.OrderResult', {
  full: 'refundert',
  partial: 'delvis refundert',
  unknown: 'har refusjon',
  perLine: 'Resultat per linje etter refusjoner',
  item: 'Vare',
  category: 'Kategori',
  quantity: 'Antall',
  gross: 'Brutto',
  net: 'Netto',
  rate: 'MVA-sats',
  vat: 'MVA',
  notSplit: (count: number) =>
    `${count} hendelser har linjer som ikke stemmer med beløpet: linjebeløpene deres er ikke med (–), summene bruker hendelsens eget beløp under ukjent sats.`,
  perRate: 'MVA per sats etter refusjoner',
  sum: 'Sum',
  withoutBreakdown: (count: number) => `Uten mva-spesifikasjon (${count})`,
  lines: 'Varelinjer etter refusjoner',
  quantityName: (quantity: number | null, name: string) =>
    quantity === null ? name : `${quantity} × ${name}`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'order.OrderResult': typeof TEXT
  }
}

/** The order after refunds: per line and per VAT rate. */
export function OrderResult({ summary, currency }: { summary: OrderSummary; currency: string }) {
  // On a phone each line is a small card with its figures labelled (the table needs seven columns).
  const phone = usePhone()
  const withVat = sumOf(...summary.vatRates.map((r) => r.sum))
  return (
    <div className="order-result">
      {summary.lines.length > 0 ? (
        <section>
          <h2>{TEXT.perLine}</h2>
          {phone ? (
            <NetLineList summary={summary} currency={currency} />
          ) : (
            <table className="lines-table" data-testid="net-lines">
              <thead>
                <tr>
                  <th>{TEXT.item}</th>
                  <th>{TEXT.category}</th>
                  <th className="num">{TEXT.quantity}</th>
                  <th className="num">{TEXT.gross}</th>
                  <th className="num">{TEXT.net}</th>
                  <th className="num">{TEXT.rate}</th>
                  <th className="num">{TEXT.vat}</th>
                </tr>
              </thead>
              <tbody>
                {summary.lines.map((line) => (
                  <tr key={line.key} data-refunded={line.refunded}>
                    <td className="lines-table__name" title={line.name}>
                      {line.name}
                      {line.refunded !== 'none' ? (
                        <span className="badge badge--refund badge--inline">{TEXT[line.refunded]}</span>
                      ) : null}
                    </td>
                    <td>{line.category ?? '–'}</td>
                    <td className="num">{line.quantity ?? '–'}</td>
                    <td className="num">
                      <Money minor={line.gross} currency={currency} />
                    </td>
                    <td className="num">
                      <Money minor={line.net} currency={currency} />
                    </td>
                    <td className="num">{formatVatRate(line.vatRate)}</td>
                    <td className="num">
                      <Money minor={line.vat} currency={currency} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {summary.notSplit > 0 ? (
            <p className="muted small" data-testid="net-lines-not-split">
              {TEXT.notSplit(summary.notSplit)}
            </p>
          ) : null}
        </section>
      ) : null}
      {summary.vatRates.length > 0 || summary.withoutBreakdown.count > 0 ? (
        <section>
          <h2>{TEXT.perRate}</h2>
          <VatRateTable
            rates={summary.vatRates}
            currency={currency}
            className="lines-table"
            testId="net-vat"
            footer={
              <>
                <tr>
                  <th>{TEXT.sum}</th>
                  <td className="num">
                    <Money minor={withVat.net} currency={currency} />
                  </td>
                  <td className="num" data-testid="net-vat-total">
                    <Money minor={withVat.vat} currency={currency} />
                  </td>
                  <td className="num">
                    <Money minor={withVat.gross} currency={currency} />
                    <MissingCount count={withVat.withoutGross} />
                  </td>
                </tr>
                {summary.withoutBreakdown.count > 0 ? (
                  <tr>
                    <th>{TEXT.withoutBreakdown(summary.withoutBreakdown.count)}</th>
                    <td className="num">–</td>
                    <td className="num">–</td>
                    <td className="num">
                      <Money minor={summary.withoutBreakdown.gross} currency={currency} />
                      <MissingCount count={summary.withoutBreakdown.withoutGross} />
                    </td>
                  </tr>
                ) : null}
              </>
            }
          />
        </section>
      ) : null}
    </div>
  )
}

/** The order's lines after refunds, on a phone. */
function NetLineList({ summary, currency }: { summary: OrderSummary; currency: string }) {
  return (
    <ul className="line-list" aria-label={TEXT.lines} data-testid="net-lines">
      {summary.lines.map((line) => (
        <LineCard
          key={line.key}
          refunded={line.refunded}
          name={
            <>
              {TEXT.quantityName(line.quantity, line.name)}
              {line.refunded !== 'none' ? (
                <span className="badge badge--refund badge--inline">{TEXT[line.refunded]}</span>
              ) : null}
            </>
          }
          amount={line.gross}
          currency={currency}
        >
          <Fact label={TEXT.category}>{line.category ?? '–'}</Fact>
          <Fact label={TEXT.net}>
            <Money minor={line.net} currency={currency} />
          </Fact>
          <Fact label={TEXT.rate}>{formatVatRate(line.vatRate)}</Fact>
          <Fact label={TEXT.vat}>
            <Money minor={line.vat} currency={currency} />
          </Fact>
        </LineCard>
      ))}
    </ul>
  )
}
