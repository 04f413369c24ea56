import { Link } from '@tanstack/react-router'
import { memo, type ReactNode } from 'react'
import { formatMoney } from '../../../api/money'
import { excludedCount } from '../../../shared/filters/totals'
import { entryTypeLabel } from '../../../shared/labels'
import {
  MixedCurrencyNotice,
  negativeCapturesText,
  SharedPspNotice,
  unsummedGrossText,
} from '../../../shared/ui/FigureNotices'
import type { PeriodComparison } from '../../../shared/view/comparison'
import type { MoneySum } from '../../../shared/view/money-sum'
import type { CategoryShare, SalesView } from '../../../shared/view/sales-view'
import { AverageFigure, GrossChange } from './ComparisonFigures'

const n = (count: number) => count.toLocaleString('nb-NO')

/** Gross, net and VAT of one sum; a figure that leaves transactions out says how many. */
function MoneyFigures({
  sum,
  currency,
  testIdPrefix,
  grossLabel = 'Brutto',
  grossExtra = null,
}: {
  sum: MoneySum
  currency: string
  testIdPrefix: string
  grossLabel?: string
  /** Said under the gross: its change against the previous period. */
  grossExtra?: ReactNode
}) {
  // When no transaction has a VAT breakdown, 0,00 kr would be a false figure: show that it is unknown.
  const vatUnknown = sum.count > 0 && sum.withoutVat === sum.count
  const netVat = (minor: number) => (vatUnknown ? 'ikke oppgitt' : formatMoney(minor, currency))
  return (
    <>
      <div className="totals__figure">
        <span className="totals__label">{grossLabel}</span>
        <span className="totals__value" data-testid={`${testIdPrefix}-gross`}>
          {sum.count === sum.withoutGross && sum.count > 0
            ? 'ikke oppgitt'
            : formatMoney(sum.gross, currency)}
        </span>
        {sum.withoutGross > 0 ? (
          <span className="totals__sub totals__sub--missing" data-testid={`${testIdPrefix}-without-gross`}>
            + {n(sum.withoutGross)} uten beløp
          </span>
        ) : null}
        {grossExtra}
      </div>
      <div className="totals__figure">
        <span className="totals__label">Netto</span>
        <span className="totals__value" data-testid={`${testIdPrefix}-net`}>
          {netVat(sum.net)}
        </span>
        {sum.withoutVat > 0 && !vatUnknown ? (
          <span className="totals__sub totals__sub--missing">
            + {n(sum.withoutVat)} uten mva-spesifikasjon
          </span>
        ) : null}
      </div>
      <div className="totals__figure">
        <span className="totals__label">MVA</span>
        <span className="totals__value" data-testid={`${testIdPrefix}-vat`}>
          {netVat(sum.vat)}
        </span>
      </div>
    </>
  )
}

function CategoryFigures({ share, currency }: { share: CategoryShare; currency: string }) {
  const { all } = share.sums
  return (
    <section className="totals totals--category" aria-label="Valgte kategorier" data-testid="category-share">
      <div className="totals__figure">
        <span className="totals__label">Bare valgte kategorier</span>
        <span className="totals__value totals__value--text">{share.categories.join(', ')}</span>
        <span className="totals__sub">
          egne varelinjer i {n(all.count)} transaksjoner – ikke resten av kjøpet
        </span>
      </div>
      <MoneyFigures sum={all} currency={currency} testIdPrefix="category" grossLabel="Brutto (egne linjer)" />
      {share.notSplit > 0 ? (
        <p className="totals__note" data-testid="category-not-split">
          {n(share.notSplit)} transaksjoner med kategorien har varelinjer som ikke stemmer med beløpet, så
          kategoriens del er ukjent: de er ikke med i kategoritallene.
        </p>
      ) : null}
    </section>
  )
}

/** Count, gross, net and VAT of the filtered set, exact to the øre; labelled incomplete while loading. */
function TotalsBarView({ view, comparison }: { view: SalesView; comparison?: PeriodComparison | undefined }) {
  const { totals, completeness, categoryShare, isFiltered } = view
  const currency = totals.currencies.length === 1 ? (totals.currencies[0] ?? 'NOK') : 'NOK'
  const { all } = totals
  const excluded = excludedCount(totals)
  return (
    <>
      <section
        className="totals"
        aria-label={categoryShare ? 'Totaler for hele transaksjoner' : 'Totaler'}
        data-complete={completeness.loaded}
        data-final={completeness.final}
        data-mixed={completeness.mixedCurrencies.length > 0}
      >
        <div className="totals__figure">
          <span className="totals__label">{isFiltered ? 'Treff' : 'Transaksjoner'}</span>
          <span className="totals__value" data-testid="total-count">
            {n(totals.rows)}
          </span>
          <span className="totals__sub">
            {n(totals.captures.count)} salg · {n(totals.refunds.count)} refusjoner
            {excluded > 0 ? ` · ${n(excluded)} ikke summert` : ''}
          </span>
        </div>
        <MoneyFigures
          sum={all}
          currency={currency}
          testIdPrefix="total"
          grossLabel={categoryShare ? 'Brutto (hele transaksjoner)' : 'Brutto'}
          grossExtra={comparison ? <GrossChange comparison={comparison} /> : null}
        />
        {comparison ? <AverageFigure comparison={comparison} currency={currency} /> : null}
        {all.count > 0 && all.withoutVat === all.count ? (
          <p className="totals__note" data-testid="totals-no-vat">
            Vipps MobilePay oppga ikke mva for noen av disse {n(all.count)} transaksjonene: netto og MVA er
            ukjent, brutto er summert.
          </p>
        ) : all.withoutVat > 0 ? (
          <p className="totals__note">
            Netto og MVA gjelder salg med mva-spesifikasjon. {n(all.withoutVat)} transaksjoner (
            {formatMoney(all.grossWithoutVat, currency)} brutto
            {all.withoutGross > 0 ? `, ${n(all.withoutGross)} uten beløp` : ''}) har ingen mva-spesifikasjon
            fra Vipps MobilePay.
          </p>
        ) : null}
        {excluded > 0 ? (
          <p className="totals__status totals__status--excluded" data-testid="totals-excluded">
            Summene utelater {n(excluded)} transaksjoner:{' '}
            {[
              totals.excluded.unknownKind > 0
                ? `${n(totals.excluded.unknownKind)} av ukjent type (${totals.excluded.unknownTypes
                    .map((t) => `«${entryTypeLabel(t)}»`)
                    .join(', ')})`
                : null,
              totals.excluded.invalid > 0 ? `${n(totals.excluded.invalid)} som ikke kunne leses` : null,
              totals.excluded.negativeCaptures > 0
                ? negativeCapturesText(totals.excluded.negativeCaptures)
                : null,
            ]
              .filter(Boolean)
              .join(' og ')}
            . De vises merket i tabellen, men telles verken som salg eller refusjon.{' '}
            <span data-testid="totals-unsummed-gross">{unsummedGrossText(totals, currency)}.</span>
          </p>
        ) : null}
        <MixedCurrencyNotice totals={totals} className="totals__status totals__status--excluded" />
        <SharedPspNotice
          totals={totals}
          className="totals__status totals__status--excluded"
          linkTo={(psp) => (
            <Link from="/" to="/" search={(search) => ({ ...search, q: psp })}>
              {psp}
            </Link>
          )}
        />
        {!completeness.loaded ? (
          <p className="totals__status" role="status">
            Foreløpige tall – ikke alle dager er lastet.
          </p>
        ) : null}
      </section>
      {categoryShare ? <CategoryFigures share={categoryShare} currency={currency} /> : null}
    </>
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const TotalsBar = memo(TotalsBarView)
