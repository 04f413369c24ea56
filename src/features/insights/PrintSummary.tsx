import { useMemo } from 'react'
import { currentLocale } from '../../api/locale'
import { formatMoney, formatVatRate } from '../../api/money'
import { formatOsloDateTime } from '../../api/oslo-time'
import { formatDateText } from '../../shared/dates/date-text'
import type { Filters } from '../../shared/filters/filters'
import { defineText } from '../../shared/i18n/language'
import { entryTypeLabel, paymentTypeLabel, solutionLabel } from '../../shared/labels'
import type { PrintProps } from '../../shared/slots'
import {
  DayNotOverNotice,
  MixedCurrencyNotice,
  NotFinalMark,
  notFinalStatement,
} from '../../shared/ui/FigureNotices'
import { VatRateTable } from '../../shared/ui/VatRateTable'
import { SalesOverTimeChart, ShareChart } from './components/Charts'
import { byCategory, byField, salesOverTime, vatSummary } from './model/aggregate'

/** A4 portrait between 15 mm margins is about 680 CSS pixels wide. */
const PAGE_WIDTH = 680
const HALF_WIDTH = 330

const TEXT = defineText('insights.PrintSummary', {
  title: (ledger: string) => `Salgsoversikt – ${ledger}`,
  period: (from: string, to: string) => (from === to ? `Dag: ${from}` : `Periode: ${from}–${to}`),
  osloTime: '(norsk tid)',
  filters: 'Filtre',
  noFilters: 'Ingen filtre: alle salg og refusjoner i perioden.',
  search: (text: string) => `Søk: «${text}»`,
  types: (values: string) => `Type: ${values}`,
  solutions: (values: string) => `Salgskanal: ${values}`,
  payments: (values: string) => `Betaling: ${values}`,
  categories: (values: string) => `Kategori: ${values}`,
  vatRates: (values: string) => `MVA-sats: ${values}`,
  amount: (from: string, to: string) => `Beløp (brutto): ${from}–${to}`,
  missing: (values: string) => `Mangler: ${values}`,
  missingLines: 'varelinjer',
  missingVat: 'mva-spesifikasjon',
  printed: (at: string) => `Skrevet ut ${at} fra Salgsoversikt · Kilde: Vipps MobilePay Sales API`,
  vatTitle: 'MVA per sats (netto etter refusjoner)',
  sum: 'Sum',
  withoutBreakdown: (count: string) => `Uten mva-spesifikasjon (${count})`,
  chartsTitle: 'Diagrammer',
  categories2: 'Salg per kategori',
  solutions2: 'Per salgskanal',
  payments2: 'Per betalingsmåte',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'insights.PrintSummary': typeof TEXT
  }
}

const list = (values: readonly (string | number)[], label: (v: never) => string) =>
  values.map((v) => label(v as never)).join(', ')

/** The filters in words, one line each; none when no filter is set. */
export function describeFilters(filters: Filters, currency: string): string[] {
  const lines: string[] = []
  if (filters.text.trim()) lines.push(TEXT.search(filters.text.trim()))
  if (filters.entryTypes.length) lines.push(TEXT.types(list(filters.entryTypes, entryTypeLabel)))
  if (filters.solutions.length) lines.push(TEXT.solutions(list(filters.solutions, solutionLabel)))
  if (filters.paymentTypes.length) lines.push(TEXT.payments(list(filters.paymentTypes, paymentTypeLabel)))
  if (filters.categories.length) lines.push(TEXT.categories(filters.categories.join(', ')))
  if (filters.vatRates.length) lines.push(TEXT.vatRates(list(filters.vatRates, formatVatRate)))
  if (filters.minGross !== null || filters.maxGross !== null)
    lines.push(
      TEXT.amount(
        filters.minGross === null ? '' : formatMoney(filters.minGross, currency),
        filters.maxGross === null ? '' : formatMoney(filters.maxGross, currency),
      ),
    )
  if (filters.missing.length)
    lines.push(
      TEXT.missing(
        filters.missing.map((m) => (m === 'lines' ? TEXT.missingLines : TEXT.missingVat)).join(', '),
      ),
    )
  return lines
}

/** Printed above the totals: whose sales, which days, which filters. */
export function PrintHeader({ view, ledgerName }: PrintProps) {
  const filters = describeFilters(view.filters, view.currency)
  return (
    <header className="print-header" data-testid="print-header">
      <p className="print-header__title">{TEXT.title(ledgerName)}</p>
      <p>
        {TEXT.period(formatDateText(view.period.from), formatDateText(view.period.to))} {TEXT.osloTime}
      </p>
      <DayNotOverNotice completeness={view.completeness} className="report__note report__note--provisional" />
      {filters.length > 0 ? (
        <p>
          <strong>{TEXT.filters}:</strong> {filters.join(' · ')}
        </p>
      ) : (
        <p>{TEXT.noFilters}</p>
      )}
    </header>
  )
}

const noFilter = () => {}

/** Printed below the totals: VAT by rate and the charts, at a fixed size for paper. */
export function PrintDetails({ view }: PrintProps) {
  const { rows, period, currency, completeness } = view
  const statement = notFinalStatement(completeness)
  const vat = useMemo(() => vatSummary(rows), [rows])
  const time = useMemo(() => salesOverTime(rows, period.from, period.to), [rows, period.from, period.to])
  const categories = useMemo(() => byCategory(rows), [rows])
  const solutions = useMemo(() => byField(rows, 'solution'), [rows])
  const payments = useMemo(() => byField(rows, 'paymentType'), [rows])
  return (
    <div className="print-details" data-testid="print-details">
      <MixedCurrencyNotice totals={view.totals} className="report__note" />
      <section className="print-section">
        <h2>{TEXT.vatTitle}</h2>
        <VatRateTable
          rates={vat.rates.map((r) => ({ vatRate: r.vatRate, sum: r.net }))}
          currency={currency}
          className="report__table"
          testId="print-vat"
          mark={<NotFinalMark completeness={completeness} />}
          footer={
            <>
              {vat.withoutBreakdown.count > 0 ? (
                <tr>
                  <td>{TEXT.withoutBreakdown(vat.withoutBreakdown.count.toLocaleString(currentLocale()))}</td>
                  <td className="num">–</td>
                  <td className="num">–</td>
                  <td className="num">{formatMoney(vat.withoutBreakdown.gross, currency)}</td>
                </tr>
              ) : null}
              <tr>
                <th>{TEXT.sum}</th>
                <td className="num">{formatMoney(vat.totals.net, currency)}</td>
                <td className="num" data-testid="print-vat-total">
                  {formatMoney(vat.totals.vat, currency)}
                </td>
                <td className="num">{formatMoney(vat.all.gross, currency)}</td>
              </tr>
            </>
          }
        />
      </section>
      <section className="print-section print-charts">
        <h2 className="visually-hidden">{TEXT.chartsTitle}</h2>
        <SalesOverTimeChart
          buckets={time}
          currency={currency}
          hourly={period.from === period.to}
          width={PAGE_WIDTH}
        />
        <ShareChart
          title={TEXT.categories2}
          buckets={categories}
          currency={currency}
          label={(key) => key}
          onPick={noFilter}
          testId="print-chart-category"
          width={HALF_WIDTH}
        />
        <ShareChart
          title={TEXT.solutions2}
          buckets={solutions}
          currency={currency}
          label={solutionLabel}
          onPick={noFilter}
          testId="print-chart-solution"
          width={HALF_WIDTH}
        />
        <ShareChart
          title={TEXT.payments2}
          buckets={payments}
          currency={currency}
          label={paymentTypeLabel}
          onPick={noFilter}
          testId="print-chart-payment"
          width={HALF_WIDTH}
        />
      </section>
      <p className="print-footer">
        {statement ? <strong className="report__footer-status">{statement} </strong> : null}
        {TEXT.printed(formatOsloDateTime(Date.now()))}
      </p>
    </div>
  )
}
