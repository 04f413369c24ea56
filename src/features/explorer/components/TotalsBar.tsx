import { memo } from 'react'
import { formatMoney } from '../../../api/money'
import type { Totals } from '../../../shared/filters/totals'

/** Count, gross, net and VAT of the filtered set, exact to the øre; labelled incomplete while loading. */
function TotalsBarView({
  totals,
  complete,
  filtered,
}: {
  totals: Totals
  complete: boolean
  filtered: boolean
}) {
  const currency = totals.currencies.length === 1 ? (totals.currencies[0] ?? 'NOK') : 'NOK'
  const mixed = totals.currencies.length > 1
  // When no event in the set has a VAT breakdown, 0,00 kr would be a false figure: show that it is unknown.
  const vatUnknown = totals.count > 0 && totals.withoutVat === totals.count
  const netVat = (minor: number) => (vatUnknown ? 'ikke oppgitt' : formatMoney(minor, currency))
  return (
    <section className="totals" aria-label="Totaler" data-complete={complete}>
      <div className="totals__figure">
        <span className="totals__label">{filtered ? 'Treff' : 'Transaksjoner'}</span>
        <span className="totals__value" data-testid="total-count">
          {totals.count.toLocaleString('nb-NO')}
        </span>
        <span className="totals__sub">
          {totals.captures.toLocaleString('nb-NO')} salg · {totals.refunds.toLocaleString('nb-NO')} refusjoner
        </span>
      </div>
      <div className="totals__figure">
        <span className="totals__label">Brutto</span>
        <span className="totals__value" data-testid="total-gross">
          {formatMoney(totals.gross, currency)}
        </span>
        {totals.withoutGross > 0 ? (
          <span className="totals__sub">{totals.withoutGross} uten beløp</span>
        ) : null}
      </div>
      <div className="totals__figure">
        <span className="totals__label">Netto</span>
        <span className="totals__value" data-testid="total-net">
          {netVat(totals.net)}
        </span>
      </div>
      <div className="totals__figure">
        <span className="totals__label">MVA</span>
        <span className="totals__value" data-testid="total-vat">
          {netVat(totals.vat)}
        </span>
      </div>
      {totals.withoutVat > 0 ? (
        <p className="totals__note">
          Netto og MVA gjelder salg med mva-spesifikasjon. {totals.withoutVat.toLocaleString('nb-NO')}{' '}
          transaksjoner ({formatMoney(totals.grossWithoutVat, currency)} brutto) har ingen mva-spesifikasjon
          fra Vipps MobilePay.
        </p>
      ) : null}
      {mixed ? (
        <p className="totals__note">
          Perioden har flere valutaer ({totals.currencies.join(', ')}); summene blander dem.
        </p>
      ) : null}
      {!complete ? (
        <p className="totals__status" role="status">
          Foreløpige tall – ikke alle dager er lastet.
        </p>
      ) : null}
    </section>
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const TotalsBar = memo(TotalsBarView)
