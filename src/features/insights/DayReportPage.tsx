import { useMemo } from 'react'
import { formatMoney } from '../../api/money'
import { formatDateLabel, formatOsloDateTime, isCalendarDate, todayInOslo } from '../../api/oslo-time'
import { ledgerLabel, useLedgers } from '../../shared/api/ledgers'
import { filterRows, hasActiveFilters } from '../../shared/filters/filters'
import { paymentTypeLabel, solutionLabel } from '../../shared/labels'
import { usePeriodSales } from '../../shared/period/use-period-sales'
import { useLocation } from '../../shared/router'
import { routes } from '../../shared/routes'
import { Link } from '../../shared/ui/Link'
import { VatRateTable } from '../../shared/ui/VatRateTable'
import { parseViewState } from '../../shared/view-state'
import type { ShareBucket } from './model/aggregate'
import { dayReport } from './model/day-report'

function ShareTable({
  title,
  buckets,
  label,
  currency,
  countLabel = 'Antall',
}: {
  title: string
  buckets: ShareBucket[]
  label: (k: string) => string
  currency: string
  /** Categories count order lines (one sale can hold several categories); the others count sales. */
  countLabel?: string
}) {
  return (
    <section className="report__section">
      <h2>{title}</h2>
      <table className="report__table">
        <thead>
          <tr>
            <th />
            <th className="num">{countLabel}</th>
            <th className="num">Brutto</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.key}>
              <td>{label(b.key)}</td>
              <td className="num">{b.count.toLocaleString('nb-NO')}</td>
              <td className="num">{formatMoney(b.gross, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** A printable Z-report of one day, following the explorer's filters. */
export default function DayReportPage() {
  const { search } = useLocation()
  const state = parseViewState(search)
  const dateParam = search.get('date') ?? ''
  const date = isCalendarDate(dateParam) ? dateParam : todayInOslo()
  const period = useMemo(() => ({ preset: 'custom' as const, from: date, to: date }), [date])
  const { snapshot } = usePeriodSales(state.ledger, period)
  const rows = useMemo(() => filterRows(snapshot.rows, state.filters), [snapshot.rows, state.filters])
  const report = useMemo(() => dayReport(rows), [rows])
  const ledger = useLedgers().data?.find((l) => l.ledgerId === state.ledger)
  const currency = report.totals.currencies[0] ?? 'NOK'
  const back = new URLSearchParams(search)
  back.delete('date')

  return (
    <article className="report" data-testid="day-report">
      <div className="report__actions no-print">
        <Link className="back-link" href={routes.explorer(back.toString())}>
          ← Tilbake
        </Link>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          disabled={!snapshot.complete}
        >
          Skriv ut
        </button>
      </div>
      <header className="report__header">
        <h1>Dagsrapport (Z-rapport)</h1>
        <p>
          <strong>{ledger ? ledgerLabel(ledger) : `Ledger ${state.ledger ?? ''}`}</strong> ·{' '}
          {formatDateLabel(date)} (norsk tid)
        </p>
        {hasActiveFilters(state.filters) ? (
          <p className="report__note">Gjelder bare transaksjoner som passer filtrene i oversikten.</p>
        ) : null}
        {!snapshot.complete ? (
          <p className="report__note" role="status">
            {snapshot.failedDays.length > 0
              ? 'Dagen kunne ikke lastes helt – rapporten er ufullstendig.'
              : 'Laster dagen …'}
          </p>
        ) : null}
      </header>

      <section className="report__section report__summary">
        <dl>
          <dt>Antall salg</dt>
          <dd data-testid="report-captures">{report.totals.captures.toLocaleString('nb-NO')}</dd>
          <dt>Salg brutto</dt>
          <dd>{formatMoney(report.capturesGross, currency)}</dd>
          <dt>Antall refusjoner</dt>
          <dd>{report.totals.refunds.toLocaleString('nb-NO')}</dd>
          <dt>Refusjoner brutto</dt>
          <dd>{formatMoney(report.refundsGross, currency)}</dd>
          <dt>Netto omsetning (brutto)</dt>
          <dd data-testid="report-gross">{formatMoney(report.totals.gross, currency)}</dd>
          <dt>Herav mva</dt>
          <dd>{formatMoney(report.totals.vat, currency)}</dd>
          <dt>Rabatter gitt</dt>
          <dd>{formatMoney(report.discounts, currency)}</dd>
          <dt>Første salg</dt>
          <dd>{report.firstSale === null ? '–' : formatOsloDateTime(report.firstSale)}</dd>
          <dt>Siste salg</dt>
          <dd>{report.lastSale === null ? '–' : formatOsloDateTime(report.lastSale)}</dd>
        </dl>
      </section>

      <section className="report__section">
        <h2>Per mva-sats</h2>
        <VatRateTable
          rates={report.vat.rates.map((r) => ({ vatRate: r.vatRate, ...r.net }))}
          currency={currency}
          className="report__table"
          footer={
            report.vat.withoutBreakdown.count > 0 ? (
              <tr>
                <td>Uten mva-spesifikasjon ({report.vat.withoutBreakdown.count})</td>
                <td className="num">–</td>
                <td className="num">–</td>
                <td className="num">{formatMoney(report.vat.withoutBreakdown.gross, currency)}</td>
              </tr>
            ) : null
          }
        />
      </section>
      <ShareTable
        title="Per kategori"
        buckets={report.categories}
        label={(k) => k}
        currency={currency}
        countLabel="Linjer"
      />
      <ShareTable title="Per løsning" buckets={report.solutions} label={solutionLabel} currency={currency} />
      <ShareTable
        title="Per betalingsmåte"
        buckets={report.paymentTypes}
        label={paymentTypeLabel}
        currency={currency}
      />
      <footer className="report__footer">
        Utskrevet {formatOsloDateTime(Date.now())} fra Salgsoversikt · Kilde: Vipps MobilePay Sales API
      </footer>
    </article>
  )
}
