import { currentLocale } from '../../../api/locale'
import { formatDateLabel } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { paymentTypeLabel } from '../../../shared/labels'
import { Money } from '../../../shared/ui/Money'
import type { PeriodFees } from '../model/period-view'
import { formatShare, ProvisionalBadge, Wide } from './marks'

const TEXTS = defineText('settlement.FeesView', {
  heading: 'Gebyrer',
  intro:
    'Transaksjonsgebyrene for salgene i perioden, som andel av salget. Et gebyr telles på salgets dato, også når Vipps MobilePay bokfører det dagen etter.',
  total: 'Gebyrer for salgene i perioden',
  share: (share: string) => `${share} av salget`,
  byType: 'Per betalingsmåte',
  byDay: 'Per dag',
  paymentType: 'Betalingsmåte',
  date: 'Dato',
  captures: 'Salg',
  sales: 'Salg brutto',
  fees: 'Gebyrer',
  shareHead: 'Andel',
  sum: 'Sum',
  withoutFee: (n: number) =>
    `${n.toLocaleString(currentLocale())} avregnede salg har ikke fått gebyr ennå blant datoene som er hentet (gebyret kan bokføres dagen etter), og er holdt utenfor andelene.`,
  otherFees:
    'Andre gebyrer (tjenestegebyr, fakturerte gebyrer, kreditnotaer, korreksjoner) på datoene i perioden:',
  none: 'Ingen avregnede salg med gebyr i perioden ennå.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.FeesView': typeof TEXTS
  }
}

/** A row's sales, fees and the fees' share of the sales (by payment type, the sum, by day). */
function FeeCells({ figures }: { figures: { sales: number; fees: number; share: number | null } }) {
  return (
    <>
      <td className="num">
        <Money minor={figures.sales} />
      </td>
      <td className="num">
        <Money minor={figures.fees} />
      </td>
      <td className="num">{formatShare(figures.share)}</td>
    </>
  )
}

/** Fees per day and for the whole period, as a share of sales, by payment type. */
export function FeesView({ fees }: { fees: PeriodFees }) {
  const { total } = fees
  return (
    <section
      className="settlement__section"
      aria-labelledby="fees-heading"
      data-testid="settlement-fees-view"
    >
      <h2 id="fees-heading">{TEXTS.heading}</h2>
      <p className="muted">{TEXTS.intro}</p>
      {total.captures === 0 ? <p className="empty">{TEXTS.none}</p> : null}
      <dl className="settlement__figures">
        <div>
          <dt>{TEXTS.total}</dt>
          <dd data-testid="fees-total">
            <Money minor={total.fees} />{' '}
            <span className="muted small">{TEXTS.share(formatShare(total.share))}</span>
          </dd>
        </div>
      </dl>
      <div className="settlement__grid">
        <Wide label={TEXTS.byType}>
          <table className="lines-table" data-testid="fees-by-type">
            <caption>{TEXTS.byType}</caption>
            <thead>
              <tr>
                <th scope="col">{TEXTS.paymentType}</th>
                <th scope="col" className="num">
                  {TEXTS.captures}
                </th>
                <th scope="col" className="num">
                  {TEXTS.sales}
                </th>
                <th scope="col" className="num">
                  {TEXTS.fees}
                </th>
                <th scope="col" className="num">
                  {TEXTS.shareHead}
                </th>
              </tr>
            </thead>
            <tbody>
              {fees.byPaymentType.map((type) => (
                <tr key={type.paymentType}>
                  <th scope="row">{paymentTypeLabel(type.paymentType)}</th>
                  <td className="num">{type.captures.toLocaleString(currentLocale())}</td>
                  <FeeCells figures={type} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{TEXTS.sum}</th>
                <td className="num">{total.captures.toLocaleString(currentLocale())}</td>
                <FeeCells figures={total} />
              </tr>
            </tfoot>
          </table>
        </Wide>
        <Wide label={TEXTS.byDay}>
          <table className="lines-table" data-testid="fees-by-day">
            <caption>{TEXTS.byDay}</caption>
            <thead>
              <tr>
                <th scope="col">{TEXTS.date}</th>
                <th scope="col" className="num">
                  {TEXTS.sales}
                </th>
                <th scope="col" className="num">
                  {TEXTS.fees}
                </th>
                <th scope="col" className="num">
                  {TEXTS.shareHead}
                </th>
              </tr>
            </thead>
            <tbody>
              {fees.byDay.map((day) => (
                <tr key={day.date}>
                  <th scope="row">
                    {formatDateLabel(day.date)}
                    {day.provisional ? <ProvisionalBadge /> : null}
                  </th>
                  <FeeCells figures={day.total} />
                </tr>
              ))}
            </tbody>
          </table>
        </Wide>
      </div>
      {fees.capturesWithoutFee > 0 ? (
        <p className="notice">{TEXTS.withoutFee(fees.capturesWithoutFee)}</p>
      ) : null}
      {fees.otherFees !== 0 ? (
        <p>
          {TEXTS.otherFees} <Money minor={fees.otherFees} />
        </p>
      ) : null}
    </section>
  )
}
