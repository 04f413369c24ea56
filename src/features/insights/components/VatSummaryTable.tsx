import { formatVatRate } from '../../../api/money'
import { Money } from '../../../shared/ui/Money'
import type { VatFigures, VatSummary } from '../model/aggregate'

function Figures({ figures, currency, testId }: { figures: VatFigures; currency: string; testId?: string }) {
  return (
    <>
      <td className="num">
        <Money minor={figures.base} currency={currency} />
      </td>
      <td className="num" data-testid={testId}>
        <Money minor={figures.vat} currency={currency} />
      </td>
      <td className="num">
        <Money minor={figures.gross} currency={currency} />
      </td>
    </>
  )
}

/** The accountant's view: per rate, base, VAT and gross for sales, for refunds, and net. */
export function VatSummaryTable({ summary, currency }: { summary: VatSummary; currency: string }) {
  return (
    <section className="vat-summary">
      <h2>MVA-oppstilling</h2>
      <div className="vat-summary__scroll">
        <table className="lines-table" data-testid="vat-summary">
          <thead>
            <tr>
              <th rowSpan={2}>Sats</th>
              <th colSpan={3} className="group">
                Salg
              </th>
              <th colSpan={3} className="group">
                Refusjoner
              </th>
              <th colSpan={3} className="group">
                Netto
              </th>
            </tr>
            <tr>
              {['Salg', 'Refusjoner', 'Netto'].flatMap((group) => [
                <th key={`${group}-b`} className="num">
                  Grunnlag
                </th>,
                <th key={`${group}-v`} className="num">
                  MVA
                </th>,
                <th key={`${group}-g`} className="num">
                  Brutto
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {summary.rates.map((rate) => (
              <tr key={rate.vatRate ?? 'unknown'}>
                <th>{rate.vatRate === null ? 'Ukjent sats' : formatVatRate(rate.vatRate)}</th>
                <Figures figures={rate.captures} currency={currency} />
                <Figures figures={rate.refunds} currency={currency} />
                <Figures figures={rate.net} currency={currency} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>Sum</th>
              <td colSpan={6} />
              <Figures figures={summary.totals} currency={currency} testId="vat-summary-total" />
            </tr>
            {summary.withoutBreakdown.count > 0 ? (
              <tr className="vat-summary__missing">
                <th>Uten mva-spesifikasjon</th>
                <td colSpan={8}>
                  {summary.withoutBreakdown.count.toLocaleString('nb-NO')} transaksjoner – Vipps MobilePay
                  oppga ikke mva
                </td>
                <td className="num">
                  <Money minor={summary.withoutBreakdown.gross} currency={currency} />
                </td>
              </tr>
            ) : null}
          </tfoot>
        </table>
      </div>
    </section>
  )
}
