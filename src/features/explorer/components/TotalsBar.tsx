import { Link } from '@tanstack/react-router'
import { memo, type ReactNode } from 'react'
import { formatCount } from '../../../api/locale'
import { formatMoney } from '../../../api/money'
import { excludedCount } from '../../../shared/filters/totals'
import { defineText } from '../../../shared/i18n/language'
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

const TEXT = defineText('explorer.TotalsBar', {
  gross: 'Brutto',
  net: 'Netto',
  vat: 'MVA',
  notGiven: 'ikke oppgitt',
  withoutGross: (count: string) => `+ ${count} uten beløp`,
  withoutVat: (count: string) => `+ ${count} uten mva-spesifikasjon`,
  chosenCategories: 'Valgte kategorier',
  onlyChosen: 'Bare valgte kategorier',
  ownLines: (count: string) => `egne varelinjer i ${count} transaksjoner – ikke resten av kjøpet`,
  grossOwnLines: 'Brutto (egne linjer)',
  notSplit: (count: string) =>
    `${count} transaksjoner med kategorien har varelinjer som ikke stemmer med beløpet, så kategoriens del er ukjent: de er ikke med i kategoritallene.`,
  totalsWhole: 'Totaler for hele transaksjoner',
  totals: 'Totaler',
  hits: 'Treff',
  transactions: 'Transaksjoner',
  counts: (captures: string, refunds: string) => `${captures} salg · ${refunds} refusjoner`,
  notSummed: (count: string) => ` · ${count} ikke summert`,
  grossWhole: 'Brutto (hele transaksjoner)',
  noVat: (count: string) =>
    `Vipps MobilePay oppga ikke mva for noen av disse ${count} transaksjonene: netto og MVA er ukjent, brutto er summert.`,
  someVat: (count: string, gross: string, withoutGross: string | null) =>
    `Netto og MVA gjelder salg med mva-spesifikasjon. ${count} transaksjoner (${gross} brutto${withoutGross ? `, ${withoutGross} uten beløp` : ''}) har ingen mva-spesifikasjon fra Vipps MobilePay.`,
  excluded: (count: string, parts: string) =>
    `Summene utelater ${count} transaksjoner: ${parts}. De vises merket i tabellen, men telles verken som salg eller refusjon.`,
  unknownKind: (count: string, types: string) => `${count} av ukjent type (${types})`,
  invalid: (count: string) => `${count} som ikke kunne leses`,
  and: ' og ',
  provisional: 'Foreløpige tall – ikke alle dager er lastet.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.TotalsBar': typeof TEXT
  }
}

const n = formatCount

/** Gross, net and VAT of one sum; a figure that leaves transactions out says how many. */
function MoneyFigures({
  sum,
  currency,
  testIdPrefix,
  grossLabel = TEXT.gross,
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
  const netVat = (minor: number) => (vatUnknown ? TEXT.notGiven : formatMoney(minor, currency))
  return (
    <>
      <div className="totals__figure">
        <span className="totals__label">{grossLabel}</span>
        <span className="totals__value" data-testid={`${testIdPrefix}-gross`}>
          {sum.count === sum.withoutGross && sum.count > 0 ? TEXT.notGiven : formatMoney(sum.gross, currency)}
        </span>
        {sum.withoutGross > 0 ? (
          <span className="totals__sub totals__sub--missing" data-testid={`${testIdPrefix}-without-gross`}>
            {TEXT.withoutGross(n(sum.withoutGross))}
          </span>
        ) : null}
        {grossExtra}
      </div>
      <div className="totals__figure">
        <span className="totals__label">{TEXT.net}</span>
        <span className="totals__value" data-testid={`${testIdPrefix}-net`}>
          {netVat(sum.net)}
        </span>
        {sum.withoutVat > 0 && !vatUnknown ? (
          <span className="totals__sub totals__sub--missing">{TEXT.withoutVat(n(sum.withoutVat))}</span>
        ) : null}
      </div>
      <div className="totals__figure">
        <span className="totals__label">{TEXT.vat}</span>
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
    <section
      className="totals totals--category"
      aria-label={TEXT.chosenCategories}
      data-testid="category-share"
    >
      <div className="totals__figure">
        <span className="totals__label">{TEXT.onlyChosen}</span>
        <span className="totals__value totals__value--text">{share.categories.join(', ')}</span>
        <span className="totals__sub">{TEXT.ownLines(n(all.count))}</span>
      </div>
      <MoneyFigures sum={all} currency={currency} testIdPrefix="category" grossLabel={TEXT.grossOwnLines} />
      {share.notSplit > 0 ? (
        <p className="totals__note" data-testid="category-not-split">
          {TEXT.notSplit(n(share.notSplit))}
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
        aria-label={categoryShare ? TEXT.totalsWhole : TEXT.totals}
        data-complete={completeness.loaded}
        data-final={completeness.final}
        data-mixed={completeness.mixedCurrencies.length > 0}
      >
        <div className="totals__figure">
          <span className="totals__label">{isFiltered ? TEXT.hits : TEXT.transactions}</span>
          <span className="totals__value" data-testid="total-count">
            {n(totals.rows)}
          </span>
          <span className="totals__sub">
            {TEXT.counts(n(totals.captures.count), n(totals.refunds.count))}
            {excluded > 0 ? TEXT.notSummed(n(excluded)) : ''}
          </span>
        </div>
        <MoneyFigures
          sum={all}
          currency={currency}
          testIdPrefix="total"
          grossLabel={categoryShare ? TEXT.grossWhole : TEXT.gross}
          grossExtra={comparison ? <GrossChange comparison={comparison} /> : null}
        />
        {comparison ? <AverageFigure comparison={comparison} currency={currency} /> : null}
        {all.count > 0 && all.withoutVat === all.count ? (
          <p className="totals__note" data-testid="totals-no-vat">
            {TEXT.noVat(n(all.count))}
          </p>
        ) : all.withoutVat > 0 ? (
          <p className="totals__note">
            {TEXT.someVat(
              n(all.withoutVat),
              formatMoney(all.grossWithoutVat, currency),
              all.withoutGross > 0 ? n(all.withoutGross) : null,
            )}
          </p>
        ) : null}
        {excluded > 0 ? (
          <p className="totals__status totals__status--excluded" data-testid="totals-excluded">
            {TEXT.excluded(
              n(excluded),
              [
                totals.excluded.unknownKind > 0
                  ? TEXT.unknownKind(
                      n(totals.excluded.unknownKind),
                      totals.excluded.unknownTypes.map((t) => `«${entryTypeLabel(t)}»`).join(', '),
                    )
                  : null,
                totals.excluded.invalid > 0 ? TEXT.invalid(n(totals.excluded.invalid)) : null,
                totals.excluded.negativeCaptures > 0
                  ? negativeCapturesText(totals.excluded.negativeCaptures)
                  : null,
              ]
                .filter(Boolean)
                .join(TEXT.and),
            )}{' '}
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
            {TEXT.provisional}
          </p>
        ) : null}
      </section>
      {categoryShare ? <CategoryFigures share={categoryShare} currency={currency} /> : null}
    </>
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const TotalsBar = memo(TotalsBarView)
