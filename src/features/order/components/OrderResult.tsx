import { formatVatRate } from '../../../api/money'
import { Money } from '../../../shared/ui/Money'
import { VatRateTable } from '../../../shared/ui/VatRateTable'
import type { OrderSummary } from '../model/order-summary'

/** The order after refunds: per line and per VAT rate. */
export function OrderResult({ summary, currency }: { summary: OrderSummary; currency: string }) {
  return (
    <div className="order-result">
      {summary.lines.length > 0 ? (
        <section>
          <h2>Resultat per linje etter refusjoner</h2>
          <table className="lines-table" data-testid="net-lines">
            <thead>
              <tr>
                <th>Vare</th>
                <th>Kategori</th>
                <th className="num">Antall</th>
                <th className="num">Brutto</th>
                <th className="num">Netto</th>
                <th className="num">MVA-sats</th>
                <th className="num">MVA</th>
              </tr>
            </thead>
            <tbody>
              {summary.lines.map((line) => (
                <tr key={line.key} data-refunded={line.refunded}>
                  <td className="lines-table__name" title={line.name}>
                    {line.name}
                    {line.refunded ? (
                      <span className="badge badge--refund badge--inline">delvis refundert</span>
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
        </section>
      ) : null}
      {summary.vatRates.length > 0 ? (
        <section>
          <h2>MVA per sats etter refusjoner</h2>
          <VatRateTable
            rates={summary.vatRates}
            currency={currency}
            className="lines-table"
            testId="net-vat"
            footer={
              <tr>
                <th>Sum</th>
                <td className="num">
                  <Money minor={summary.vatRates.reduce((s, r) => s + r.base, 0)} currency={currency} />
                </td>
                <td className="num" data-testid="net-vat-total">
                  <Money minor={summary.vatRates.reduce((s, r) => s + r.vat, 0)} currency={currency} />
                </td>
                <td className="num">
                  <Money minor={summary.vatRates.reduce((s, r) => s + r.gross, 0)} currency={currency} />
                </td>
              </tr>
            }
          />
        </section>
      ) : null}
    </div>
  )
}
