import { currentLocale } from '../../../api/locale'
import { formatDateLabel } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { Money } from '../../../shared/ui/Money'
import type { CheckKind, FailedCheck, PeriodSettlementView } from '../model/period-view'
import { CheckMark, ProvisionalBadge } from './marks'

const TEXTS = defineText('settlement.SettlementSummary', {
  heading: 'Perioden',
  sales: 'Salg (Salgs-API, brutto)',
  settled: 'Avregnet for salgene',
  fees: 'Gebyrer trukket i oppgjøret',
  paid: 'Utbetalt til bank',
  payoutCount: (n: number) =>
    n === 1 ? '1 utbetaling' : `${n.toLocaleString(currentLocale())} utbetalinger`,
  pending: 'Venter på utbetaling',
  pendingPaidBy: (bankText: string) => `utbetales med ${bankText}`,
  checks: 'Kontroller',
  allHold: 'Alle kontroller stemmer',
  someFail: (n: number) => (n === 1 ? '1 kontroll stemmer ikke' : `${n} kontroller stemmer ikke`),
  provisional:
    'Perioden har datoer som fortsatt er åpne hos Vipps MobilePay (tryLater): tall merket «Foreløpig» kan endre seg.',
  coverageUnknown: (date: string | null) =>
    date
      ? `Forrige utbetaling før perioden ble ikke funnet (lett etter den tilbake til ${formatDateLabel(date)}): hvilke datoer den første utbetalingen dekker er ukjent, og dens gjennomgang starter med saldoen den dagen.`
      : 'Forrige utbetaling før perioden ble ikke funnet: hvilke datoer den første utbetalingen dekker er ukjent.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.SettlementSummary': typeof TEXTS
  }
}

const CHECK_TEXTS: Record<CheckKind, (what: string, count: number) => string> & {
  payout: (id: string) => string
} = defineText('settlement.checks', {
  'matched-totals': (what) => `${what}: salg og avregnet beløp for de avstemte salgene er ikke like`,
  'funds-balance': (what) => `${what}: summen av avregningspostene er ikke saldo etter − saldo før`,
  'fees-balance': (what) => `${what}: summen av gebyrpostene er ikke saldo etter − saldo før`,
  'payout-walk': (what) => `${what}: gjennomgangen fra salg til utbetalt beløp går ikke opp`,
  unexplained: (what, count) => `${what}: ${count} poster uten motpart som ikke kan forklares`,
  payout: (id) => `Utbetaling ${id}`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.checks': typeof CHECK_TEXTS
  }
}

const checkText = (check: FailedCheck) =>
  CHECK_TEXTS[check.kind](
    check.payout ? CHECK_TEXTS.payout(check.payout) : formatDateLabel(check.date),
    check.count ?? 0,
  )

/** The period's figures from sales to the bank, and whether every check holds (a failure is listed). */
export function SettlementSummary({ view, currency }: { view: PeriodSettlementView; currency: string }) {
  const { totals, pending, failedChecks } = view
  const searchedFrom = view.lookback.kind === 'unknown' ? view.lookback.searchedFrom : null
  return (
    <section className="settlement__summary" aria-labelledby="settlement-summary">
      <h2 id="settlement-summary" className="visually-hidden">
        {TEXTS.heading}
      </h2>
      <dl className="settlement__figures">
        <div>
          <dt>{TEXTS.sales}</dt>
          <dd data-testid="settlement-sales">
            <Money minor={totals.salesGross} currency={currency} />
          </dd>
        </div>
        <div>
          <dt>{TEXTS.settled}</dt>
          <dd data-testid="settlement-settled">
            <Money minor={totals.settled} currency={currency} />
          </dd>
        </div>
        <div>
          <dt>{TEXTS.fees}</dt>
          <dd data-testid="settlement-fees">
            <Money minor={totals.fees} currency={currency} />
          </dd>
        </div>
        <div>
          <dt>{TEXTS.paid}</dt>
          <dd data-testid="settlement-paid">
            <Money minor={totals.paid} currency={currency} />{' '}
            <span className="muted small">{TEXTS.payoutCount(view.payouts.length)}</span>
          </dd>
        </div>
        {pending?.balance !== null && pending ? (
          <div>
            <dt>{TEXTS.pending}</dt>
            <dd data-testid="settlement-pending">
              <Money minor={pending.balance} currency={currency} />
              {pending.provisional ? <ProvisionalBadge /> : null}
              {view.pendingPaidBy ? (
                <span className="muted small"> {TEXTS.pendingPaidBy(view.pendingPaidBy.bankText)}</span>
              ) : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{TEXTS.checks}</dt>
          <dd data-testid="settlement-checks">
            <CheckMark ok={failedChecks.length === 0} label={TEXTS.checks} />{' '}
            {failedChecks.length === 0 ? TEXTS.allHold : TEXTS.someFail(failedChecks.length)}
          </dd>
        </div>
      </dl>
      {failedChecks.length > 0 ? (
        // The alert wraps the list: role="alert" on the <ul> itself would make its items orphans.
        <div role="alert">
          <ul className="settlement__failed" data-testid="settlement-failed-checks">
            {failedChecks.map((check) => (
              <li key={`${check.kind}|${check.date}|${check.payout ?? ''}`}>{checkText(check)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.provisional ? (
        <p className="notice" data-testid="settlement-provisional">
          {TEXTS.provisional}
        </p>
      ) : null}
      {view.coverageUnknown.length > 0 ? (
        <p className="notice" data-testid="settlement-coverage-unknown">
          {TEXTS.coverageUnknown(searchedFrom)}
        </p>
      ) : null}
    </section>
  )
}
