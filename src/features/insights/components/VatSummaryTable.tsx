import { currentLocale } from '../../../api/locale'
import { formatMoney, formatVatRate } from '../../../api/money'
import { defineText } from '../../../shared/i18n/language'
import { NotFinalMark } from '../../../shared/ui/FigureNotices'
import { MissingCount } from '../../../shared/ui/MissingCount'
import { Money } from '../../../shared/ui/Money'
import { type MoneySum, sumOf } from '../../../shared/view/money-sum'
import type { Completeness } from '../../../shared/view/sales-view'
import type { VatSummary } from '../model/aggregate'

const TEXT = defineText('insights.VatSummaryTable', {
  title: 'MVA-oppstilling',
  rate: 'Sats',
  sales: 'Salg',
  refunds: 'Refusjoner',
  net: 'Netto',
  base: 'Grunnlag',
  vat: 'MVA',
  gross: 'Brutto',
  unknownHint: 'Transaksjoner der linjene ikke stemmer med beløpet, eller uten linjer',
  unknown: 'Ukjent sats',
  sum: 'Sum med mva',
  withoutBreakdown: 'Uten mva-spesifikasjon',
  noVat: (count: string, withoutGross: string | null) =>
    `${count} transaksjoner – Vipps MobilePay oppga ikke mva${withoutGross ? `; ${withoutGross} av dem heller ikke beløp` : ''}`,
  all: 'Alle transaksjoner',
  note: (count: string, gross: string, withoutGross: string | null) =>
    `${count} transaksjoner uten mva-spesifikasjon er bare med i bruttosummen (${gross}${withoutGross ? `; ${withoutGross} av dem uten beløp` : ''}).`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'insights.VatSummaryTable': typeof TEXT
  }
}

function Figures({ figures, currency, testId }: { figures: MoneySum; currency: string; testId?: string }) {
  return (
    <>
      <td className="num">
        <Money minor={figures.net} currency={currency} />
      </td>
      <td className="num" data-testid={testId}>
        <Money minor={figures.vat} currency={currency} />
      </td>
      <td className="num">
        <Money minor={figures.gross} currency={currency} />
        <MissingCount count={figures.withoutGross} />
      </td>
    </>
  )
}

/** The accountant's view: per rate, base, VAT and gross for sales, for refunds, and net. */
export function VatSummaryTable({
  summary,
  currency,
  completeness,
}: {
  summary: VatSummary
  currency: string
  completeness: Completeness
}) {
  const { withoutBreakdown, all } = summary
  // The Sum row fills every column: sales, refunds and net over the rates (money only; a sale with
  // several rates is in each rate's count, so counts are not summed here).
  const salesTotal = sumOf(...summary.rates.map((r) => r.captures))
  const refundsTotal = sumOf(...summary.rates.map((r) => r.refunds))
  return (
    <section className="vat-summary">
      <h2>{TEXT.title}</h2>
      <div className="vat-summary__scroll">
        <table className="lines-table" data-testid="vat-summary">
          <thead>
            <tr>
              <th rowSpan={2}>{TEXT.rate}</th>
              <th colSpan={3} className="group">
                {TEXT.sales}
              </th>
              <th colSpan={3} className="group">
                {TEXT.refunds}
              </th>
              <th colSpan={3} className="group">
                {TEXT.net}
              </th>
            </tr>
            <tr>
              {['sales', 'refunds', 'net'].flatMap((group) => [
                <th key={`${group}-b`} className="num">
                  {TEXT.base}
                </th>,
                <th key={`${group}-v`} className="num">
                  {TEXT.vat}
                </th>,
                <th key={`${group}-g`} className="num">
                  {TEXT.gross}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {summary.rates.map((rate) => (
              <tr key={rate.vatRate ?? 'unknown'}>
                <th>
                  {rate.vatRate === null ? (
                    <span title={TEXT.unknownHint}>{TEXT.unknown}</span>
                  ) : (
                    formatVatRate(rate.vatRate)
                  )}
                </th>
                <Figures figures={rate.captures} currency={currency} />
                <Figures figures={rate.refunds} currency={currency} />
                <Figures figures={rate.net} currency={currency} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>
                {TEXT.sum}
                <NotFinalMark completeness={completeness} />
              </th>
              <Figures figures={salesTotal} currency={currency} />
              <Figures figures={refundsTotal} currency={currency} />
              <Figures figures={summary.totals} currency={currency} testId="vat-summary-total" />
            </tr>
            {withoutBreakdown.count > 0 ? (
              <tr className="vat-summary__missing" data-testid="vat-summary-without-breakdown">
                <th>{TEXT.withoutBreakdown}</th>
                <td colSpan={8}>
                  {TEXT.noVat(
                    withoutBreakdown.count.toLocaleString(currentLocale()),
                    withoutBreakdown.withoutGross > 0
                      ? withoutBreakdown.withoutGross.toLocaleString(currentLocale())
                      : null,
                  )}
                </td>
                <td className="num">
                  <Money minor={withoutBreakdown.gross} currency={currency} />
                  <MissingCount count={withoutBreakdown.withoutGross} />
                </td>
              </tr>
            ) : null}
            {withoutBreakdown.count > 0 || all.withoutGross > 0 ? (
              <tr>
                <th>
                  {TEXT.all}
                  <NotFinalMark completeness={completeness} />
                </th>
                <td colSpan={8} />
                <td className="num" data-testid="vat-summary-all-gross">
                  <Money minor={all.gross} currency={currency} />
                  <MissingCount count={all.withoutGross} />
                </td>
              </tr>
            ) : null}
          </tfoot>
        </table>
      </div>
      {withoutBreakdown.count > 0 ? (
        <p className="vat-summary__note" data-testid="vat-summary-note">
          {TEXT.note(
            withoutBreakdown.count.toLocaleString(currentLocale()),
            formatMoney(withoutBreakdown.gross, currency),
            withoutBreakdown.withoutGross > 0
              ? withoutBreakdown.withoutGross.toLocaleString(currentLocale())
              : null,
          )}
        </p>
      ) : null}
    </section>
  )
}
