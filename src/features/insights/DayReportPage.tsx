import { Link, useNavigate, useSearch } from '@tanstack/react-router'
import { type ReactNode, useEffect, useMemo } from 'react'
import { currentLocale } from '../../api/locale'
import { formatMoney } from '../../api/money'
import {
  addDays,
  formatDateLabel,
  formatOsloDateTime,
  isCalendarDate,
  todayInOslo,
} from '../../api/oslo-time'
import type { Ledger } from '../../api/schemas'
import { ledgerLabel, useLedgers } from '../../shared/api/ledgers'
import { formatDateText } from '../../shared/dates/date-text'
import { DEFAULT_SORT } from '../../shared/filters/sort-rows'
import { excludedCount } from '../../shared/filters/totals'
import { defineText } from '../../shared/i18n/language'
import { categoryLabel, entryTypeLabel, paymentTypeLabel, solutionLabel } from '../../shared/labels'
import { links } from '../../shared/links'
import { usePeriodSales } from '../../shared/period/use-period-sales'
import { DateInput } from '../../shared/ui/DateInput'
import {
  DayNotOverNotice,
  MixedCurrencyNotice,
  NotFinalMark,
  negativeCapturesText,
  notFinalStatement,
  SharedPspNotice,
  unsummedGrossText,
} from '../../shared/ui/FigureNotices'
import { MissingCount } from '../../shared/ui/MissingCount'
import { VatRateTable } from '../../shared/ui/VatRateTable'
import { useSalesView } from '../../shared/view/use-sales-view'
import { useViewState } from '../../shared/view-state'
import type { ShareBucket } from './model/aggregate'
import { dayReport } from './model/day-report'

const n = (count: number) => count.toLocaleString(currentLocale())

const TEXT = defineText('insights.DayReportPage', {
  byCategory: 'Per kategori',
  transactions: 'Transaksjoner',
  gross: 'Brutto',
  categoryNote:
    'Beløpene er kategorienes egne varelinjer. En transaksjon med varer i flere kategorier telles i hver av dem, så antallene summerer ikke til antall transaksjoner.',
  sales: 'Salg',
  refunds: 'Refusjoner',
  sum: 'Sum',
  back: '← Tilbake',
  print: 'Skriv ut',
  vouchers: 'Bilag for dagen',
  filtered: 'Gjelder bare transaksjoner som passer filtrene i oversikten.',
  incomplete: 'Dagen kunne ikke lastes helt – rapporten er ufullstendig.',
  loading: 'Laster dagen …',
  excluded: (count: string) => `Ikke med i tallene: ${count} transaksjoner`,
  unknownKind: (count: string, types: string) => ` – ${count} av ukjent type (${types})`,
  invalid: (count: string) => ` – ${count} som ikke kunne leses`,
  captureCount: 'Antall salg',
  captureGross: 'Salg brutto',
  refundCount: 'Antall refusjoner',
  refundGross: 'Refusjoner brutto',
  turnover: 'Omsetning etter refusjoner, inkl. mva',
  vatPart: 'Herav mva',
  withoutVat: 'uten mva-spesifikasjon',
  discounts: 'Rabatter gitt',
  byRate: 'Per mva-sats',
  withoutBreakdown: (count: string) => `Uten mva-spesifikasjon (${count})`,
  bySolution: 'Per salgskanal',
  byPayment: 'Per betalingsmåte',
  printed: (at: string) => `Utskrevet ${at} fra Salgsoversikt · Kilde: Vipps MobilePay Sales API`,

  title: 'Dagsoppgjør',
  pageTitle: (date: string) => `Dagsoppgjør ${date} – Salgsoversikt`,
  date: 'Dato',
  previousDay: 'Forrige dag',
  nextDay: 'Neste dag',
  orgNumber: (id: string) => `Org.nr. ${id}`,
  ledgerFallback: (id: string) => `Salgssted ${id}`,
  osloTime: '(norsk tid)',
  intro:
    'Salg gjennom Vipps MobilePay denne dagen, til avstemming og bokføring. Ikke en Z-rapport fra kassen: den lager kassasystemet.',
  firstSale: 'Første salg',
  lastSale: 'Siste salg',
  lastSaleSoFar: 'Siste salg lest så langt',
  lastSaleDayNotOver: 'Siste salg så langt',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'insights.DayReportPage': typeof TEXT
  }
}

/** "912 345 678" for a Norwegian organisation number, else the id as given. */
function orgNumberOf(ledger: Ledger | undefined): string | null {
  const id = ledger?.owner?.id
  if (!id) return null
  return /^\d{9}$/.test(id) ? `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}` : id
}

function Amount({
  minor,
  currency,
  missing = 0,
  mark = null,
}: {
  minor: number
  currency: string
  missing?: number
  /** Said after the figure when the report is not final. */
  mark?: ReactNode
}) {
  return (
    <>
      {formatMoney(minor, currency)}
      <MissingCount count={missing} />
      {mark}
    </>
  )
}

/** Per category: transactions and the categories' own gross (a sale can hold several categories). */
function CategoryTable({
  buckets,
  currency,
  mark,
}: {
  buckets: ShareBucket[]
  currency: string
  mark: ReactNode
}) {
  return (
    <section className="report__section">
      <h2>{TEXT.byCategory}</h2>
      <table className="report__table" data-testid="report-categories">
        <thead>
          <tr>
            <th />
            <th className="num">{TEXT.transactions}</th>
            <th className="num">{TEXT.gross}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.key}>
              <td>{categoryLabel(b.key)}</td>
              <td className="num">{n(b.sums.all.count)}</td>
              <td className="num">
                <Amount
                  minor={b.sums.all.gross}
                  currency={currency}
                  missing={b.sums.all.withoutGross}
                  mark={mark}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report__intro">{TEXT.categoryNote}</p>
    </section>
  )
}

/** Sales and refunds per solution or payment type, with a sum row equal to the report's counts. */
function KindTable({
  title,
  buckets,
  label,
  currency,
  testId,
  mark,
}: {
  title: string
  buckets: ShareBucket[]
  label: (k: string) => string
  currency: string
  testId: string
  mark: ReactNode
}) {
  const sum = (pick: (b: ShareBucket) => number) => buckets.reduce((s, b) => s + pick(b), 0)
  return (
    <section className="report__section">
      <h2>{title}</h2>
      <table className="report__table" data-testid={testId}>
        <thead>
          <tr>
            <th />
            <th className="num">{TEXT.sales}</th>
            <th className="num">{TEXT.refunds}</th>
            <th className="num">{TEXT.gross}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.key}>
              <td>{label(b.key)}</td>
              <td className="num">{n(b.sums.captures.count)}</td>
              <td className="num">{n(b.sums.refunds.count)}</td>
              <td className="num">
                <Amount
                  minor={b.sums.all.gross}
                  currency={currency}
                  missing={b.sums.all.withoutGross}
                  mark={mark}
                />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{TEXT.sum}</th>
            <td className="num">{n(sum((b) => b.sums.captures.count))}</td>
            <td className="num">{n(sum((b) => b.sums.refunds.count))}</td>
            <td className="num">
              <Amount
                minor={sum((b) => b.sums.all.gross)}
                currency={currency}
                missing={sum((b) => b.sums.all.withoutGross)}
                mark={mark}
              />
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}

/**
 * A printable summary of one day (dagsoppgjør), following the explorer's filters. Not a Z-report
 * in the legal sense (kassasystemforskrifta): the till (e.g. Vippskassa) makes that.
 */
export default function DayReportPage() {
  const [state] = useViewState()
  const dateParam = useSearch({ from: '/report', select: (search) => search.date ?? '' })
  const today = todayInOslo()
  const date = isCalendarDate(dateParam) ? dateParam : today
  const navigate = useNavigate({ from: '/report' })
  const goTo = (day: string) => void navigate({ search: (search) => ({ ...search, date: day }) })
  useEffect(() => {
    document.title = TEXT.pageTitle(formatDateText(date))
    return () => {
      document.title = 'Salgsoversikt'
    }
  }, [date])
  const period = useMemo(() => ({ preset: 'custom' as const, from: date, to: date }), [date])
  const { snapshot } = usePeriodSales(state.ledger, period)
  const view = useSalesView(snapshot, { period, filters: state.filters, sort: DEFAULT_SORT })
  const report = useMemo(() => dayReport(view), [view])
  const ledger = useLedgers().data?.find((l) => l.ledgerId === state.ledger)
  const orgNumber = orgNumberOf(ledger)
  const { currency, totals, completeness } = view
  const { captures, refunds, all } = totals
  // Every figure of a report that is not final says so, on screen and on paper.
  const mark = <NotFinalMark completeness={completeness} />
  const footerStatement = notFinalStatement(completeness)

  return (
    <article className="report" data-testid="day-report">
      <div className="report__actions no-print">
        <Link className="back-link" {...links.explorerFromReport()}>
          {TEXT.back}
        </Link>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          disabled={!view.completeness.loaded}
        >
          {TEXT.print}
        </button>
        <Link
          className="button"
          {...links.vouchers({ ledger: state.ledger ?? undefined, period: 'custom', from: date, to: date })}
        >
          {TEXT.vouchers}
        </Link>
      </div>
      <div className="report__day no-print">
        <button type="button" className="button button--small" onClick={() => goTo(addDays(date, -1))}>
          ← {TEXT.previousDay}
        </button>
        <DateInput label={TEXT.date} value={date} max={today} onCommit={goTo} />
        <button
          type="button"
          className="button button--small"
          onClick={() => goTo(addDays(date, 1))}
          disabled={date >= today}
        >
          {TEXT.nextDay} →
        </button>
      </div>
      <header className="report__header">
        <h1>{TEXT.title}</h1>
        <p>
          <strong>{ledger ? ledgerLabel(ledger) : TEXT.ledgerFallback(state.ledger ?? '')}</strong>
          {orgNumber ? <span data-testid="report-org-number"> · {TEXT.orgNumber(orgNumber)}</span> : null}
        </p>
        <p data-testid="report-date">
          {formatDateLabel(date)} {TEXT.osloTime}
        </p>
        <DayNotOverNotice completeness={completeness} className="report__note report__note--provisional" />
        <p className="report__intro">{TEXT.intro}</p>
        {view.isFiltered ? <p className="report__note">{TEXT.filtered}</p> : null}
        {!view.completeness.loaded ? (
          <p className="report__note" role="status">
            {view.completeness.failedDays.length > 0 ? TEXT.incomplete : TEXT.loading}
          </p>
        ) : null}
        {excludedCount(totals) > 0 ? (
          <p className="report__note" role="note" data-testid="report-excluded">
            {TEXT.excluded(n(excludedCount(totals)))}
            {totals.excluded.unknownKind > 0
              ? TEXT.unknownKind(
                  n(totals.excluded.unknownKind),
                  totals.excluded.unknownTypes.map(entryTypeLabel).join(', '),
                )
              : ''}
            {totals.excluded.invalid > 0 ? TEXT.invalid(n(totals.excluded.invalid)) : ''}
            {totals.excluded.negativeCaptures > 0
              ? ` – ${negativeCapturesText(totals.excluded.negativeCaptures)}`
              : ''}
            . {unsummedGrossText(totals, currency)}.
          </p>
        ) : null}
        <MixedCurrencyNotice totals={totals} className="report__note" />
        <SharedPspNotice
          totals={totals}
          className="report__note"
          linkTo={(psp) => (
            <Link from="/report" to="/" search={({ date: _date, ...explorer }) => ({ ...explorer, q: psp })}>
              {psp}
            </Link>
          )}
        />
      </header>

      <section className="report__section report__summary">
        <dl>
          <dt>{TEXT.captureCount}</dt>
          <dd data-testid="report-captures">{n(captures.count)}</dd>
          <dt>{TEXT.captureGross}</dt>
          <dd>
            <Amount minor={captures.gross} currency={currency} missing={captures.withoutGross} mark={mark} />
          </dd>
          <dt>{TEXT.refundCount}</dt>
          <dd data-testid="report-refunds">{n(refunds.count)}</dd>
          <dt>{TEXT.refundGross}</dt>
          <dd>
            <Amount minor={refunds.gross} currency={currency} missing={refunds.withoutGross} mark={mark} />
          </dd>
          <dt>{TEXT.turnover}</dt>
          <dd data-testid="report-gross">
            <Amount minor={all.gross} currency={currency} missing={all.withoutGross} mark={mark} />
          </dd>
          <dt>{TEXT.vatPart}</dt>
          <dd data-testid="report-vat">
            {formatMoney(all.vat, currency)}
            <MissingCount count={all.withoutVat} what={TEXT.withoutVat} />
            {mark}
          </dd>
          <dt>{TEXT.discounts}</dt>
          <dd>
            <Amount minor={report.discounts} currency={currency} mark={mark} />
          </dd>
          <dt>{TEXT.firstSale}</dt>
          <dd>{report.firstSale === null ? '–' : formatOsloDateTime(report.firstSale)}</dd>
          <dt data-testid="report-last-sale-label">
            {!completeness.loaded
              ? TEXT.lastSaleSoFar
              : completeness.dayNotOver
                ? TEXT.lastSaleDayNotOver
                : TEXT.lastSale}
          </dt>
          <dd>{report.lastSale === null ? '–' : formatOsloDateTime(report.lastSale)}</dd>
        </dl>
      </section>

      <section className="report__section">
        <h2>{TEXT.byRate}</h2>
        <VatRateTable
          rates={report.vat.rates.map((r) => ({ vatRate: r.vatRate, sum: r.net }))}
          currency={currency}
          className="report__table"
          testId="report-vat-rates"
          mark={mark}
          footer={
            <>
              {report.vat.withoutBreakdown.count > 0 ? (
                <tr>
                  <td>{TEXT.withoutBreakdown(n(report.vat.withoutBreakdown.count))}</td>
                  <td className="num">–</td>
                  <td className="num">–</td>
                  <td className="num">
                    <Amount
                      minor={report.vat.withoutBreakdown.gross}
                      currency={currency}
                      missing={report.vat.withoutBreakdown.withoutGross}
                      mark={mark}
                    />
                  </td>
                </tr>
              ) : null}
              <tr>
                <th>{TEXT.sum}</th>
                <td className="num">
                  <Amount minor={report.vat.totals.net} currency={currency} mark={mark} />
                </td>
                <td className="num">
                  <Amount minor={report.vat.totals.vat} currency={currency} mark={mark} />
                </td>
                <td className="num">
                  <Amount
                    minor={report.vat.all.gross}
                    currency={currency}
                    missing={report.vat.all.withoutGross}
                    mark={mark}
                  />
                </td>
              </tr>
            </>
          }
        />
      </section>
      <CategoryTable buckets={report.categories} currency={currency} mark={mark} />
      <KindTable
        title={TEXT.bySolution}
        buckets={report.solutions}
        label={solutionLabel}
        currency={currency}
        testId="report-solutions"
        mark={mark}
      />
      <KindTable
        title={TEXT.byPayment}
        buckets={report.paymentTypes}
        label={paymentTypeLabel}
        currency={currency}
        testId="report-payment-types"
        mark={mark}
      />
      <footer className="report__footer">
        {footerStatement ? (
          <strong className="report__footer-status" data-testid="report-footer-status">
            {footerStatement}{' '}
          </strong>
        ) : null}
        {TEXT.printed(formatOsloDateTime(Date.now()))}
      </footer>
    </article>
  )
}
