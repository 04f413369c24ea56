import { currentLocale } from '../../../api/locale'
import { formatDateLabel } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { Money } from '../../../shared/ui/Money'
import type { Payout } from '../model/payouts'
import type { PeriodSettlementView } from '../model/period-view'
import { CheckMark, ProvisionalBadge, shortDate } from './marks'

const TEXTS = defineText('settlement.PayoutsTable', {
  heading: 'Utbetalinger i perioden',
  intro: 'Teksten er den samme som på kontoutskriften, så utbetalingen er lett å finne igjen i banken.',
  bankText: 'Utbetaling (kontoutskrift)',
  date: 'Dato',
  covers: 'Dekker',
  coversUnknown: 'ukjent fra',
  sales: 'Salg',
  gross: 'Salg brutto',
  refunds: 'Refusjoner',
  fees: 'Gebyrer',
  other: 'Korreksjoner og andre poster',
  paid: 'Utbetalt',
  walk: 'Går opp',
  open: 'Vis',
  openLabel: (text: string) => `Vis utbetalingen ${text}`,
  none: 'Ingen utbetalinger i perioden.',
  pending: 'Ikke utbetalt ennå',
  pendingText: (dates: string) => `Avregnet ${dates}, venter på neste utbetaling`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.PayoutsTable': typeof TEXTS
  }
}

export function coveredText(payout: Payout): string {
  const first = payout.dates[0] ?? payout.date
  const range = first === payout.date ? shortDate(first) : `${shortDate(first)}–${shortDate(payout.date)}`
  return payout.coverageKnown ? range : `${TEXTS.coversUnknown} ${range}`
}

const otherOf = (payout: Payout) => {
  const w = payout.walk
  return (
    w.openingBalance +
    w.settlementDifference +
    w.settledWithoutSale +
    w.corrections +
    w.otherEntries +
    w.unknownEntries -
    w.remainingBalance
  )
}

/** Every payout made in the period with the dates it covers and its walk in short; a row opens it. */
export function PayoutsTable({
  view,
  opened,
  onOpen,
}: {
  view: PeriodSettlementView
  opened: Payout | null
  onOpen: (payout: Payout) => void
}) {
  return (
    <section className="settlement__section" aria-labelledby="payouts-heading">
      <h2 id="payouts-heading">{TEXTS.heading}</h2>
      <p className="muted">{TEXTS.intro}</p>
      {view.payouts.length === 0 ? <p className="empty">{TEXTS.none}</p> : null}
      {view.payouts.length > 0 ? (
        <div className="settlement__scroll">
          <table className="settlement__table" data-testid="settlement-payouts">
            <thead>
              <tr>
                <th scope="col">{TEXTS.bankText}</th>
                <th scope="col">{TEXTS.date}</th>
                <th scope="col">{TEXTS.covers}</th>
                <th scope="col" className="num">
                  {TEXTS.sales}
                </th>
                <th scope="col" className="num">
                  {TEXTS.gross}
                </th>
                <th scope="col" className="num">
                  {TEXTS.refunds}
                </th>
                <th scope="col" className="num">
                  {TEXTS.fees}
                </th>
                <th scope="col" className="num">
                  {TEXTS.other}
                </th>
                <th scope="col" className="num">
                  {TEXTS.paid}
                </th>
                <th scope="col" className="center">
                  {TEXTS.walk}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{TEXTS.open}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.payouts.map((payout) => (
                <tr
                  key={payout.row.key}
                  data-testid="settlement-payout"
                  data-number={payout.number ?? ''}
                  data-date={payout.date}
                  aria-current={payout === opened ? 'true' : undefined}
                >
                  <th scope="row" className="settlement__bank-text">
                    {payout.bankText}
                    {payout.provisional ? <ProvisionalBadge /> : null}
                  </th>
                  <td>{formatDateLabel(payout.date)}</td>
                  <td>{coveredText(payout)}</td>
                  <td className="num">{payout.transactions.length.toLocaleString(currentLocale())}</td>
                  <td className="num">
                    <Money minor={payout.walk.salesCaptured} />
                  </td>
                  <td className="num">
                    <Money minor={payout.walk.salesRefunded} />
                  </td>
                  <td className="num">
                    <Money minor={payout.walk.fees} />
                  </td>
                  <td className="num">
                    <Money minor={otherOf(payout)} />
                  </td>
                  <td className="num">
                    <strong>
                      <Money minor={payout.walk.paid} />
                    </strong>
                  </td>
                  <td className="center">
                    <CheckMark ok={payout.walk.balances} label={TEXTS.walk} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={TEXTS.openLabel(payout.bankText)}
                      onClick={() => onOpen(payout)}
                    >
                      {TEXTS.open}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {view.pending && view.pending.balance !== null ? (
        <p data-testid="settlement-pending-note">
          <strong>{TEXTS.pending}:</strong> <Money minor={view.pending.balance} />{' '}
          <span className="muted">{TEXTS.pendingText(view.pending.dates.map(shortDate).join(', '))}</span>
          {view.pending.provisional ? <ProvisionalBadge /> : null}
        </p>
      ) : null}
    </section>
  )
}
