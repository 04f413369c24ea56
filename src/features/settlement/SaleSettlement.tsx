import { Link } from '@tanstack/react-router'
import { countsInTotals } from '../../api/money-parts'
import { formatDateLabel } from '../../api/oslo-time'
import { links } from '../../shared/links'
import type { SaleSettlementProps } from '../../shared/slots'
import { Money } from '../../shared/ui/Money'
import { useSaleSettlement } from './api/use-sale-settlement'
import { ProvisionalBadge } from './components/marks'
import { SALE_REASONS } from './model/reason-texts'
import './settlement.css'
import { defineText } from '../../shared/i18n/language'

const TEXTS = defineText('settlement.SaleSettlement', {
  loading: 'Henter oppgjøret …',
  denied: 'Oppgjøret kan ikke vises: regnskapsnøklene gir ikke tilgang til Report API.',
  failed: 'Oppgjøret kunne ikke hentes. Last siden på nytt for å prøve igjen.',
  settledOn: 'Avregnet',
  amount: 'Beløp',
  fee: 'Gebyr',
  payout: 'Utbetaling',
  awaiting: 'Ikke utbetalt ennå',
  notFound: 'Ikke funnet blant datoene som er hentet',
  openPayout: (text: string) => `${text} – se utbetalingen`,
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'settlement.SaleSettlement': typeof TEXTS
  }
}

/**
 * What happened to a sale's money, for the order page: the date it was settled, its fee, and the
 * payout that paid it (a link to that payout's walk). Handed to the order page by src/app.
 */
export default function SaleSettlement({ ledgerId, row }: SaleSettlementProps) {
  const { settlement, loading, denied, failed, payoutMissing } = useSaleSettlement(ledgerId, row)
  if (!row.pspReference) return <span className="muted">{SALE_REASONS.cash.text}</span>
  if (!countsInTotals(row)) return <span className="muted">–</span>
  if (denied) return <span className="muted">{TEXTS.denied}</span>
  if (failed) return <span className="settlement__warn">{TEXTS.failed}</span>
  if (!settlement) return <span className="muted">{loading ? TEXTS.loading : '–'}</span>
  if (settlement.status !== 'settled')
    return (
      <span data-testid="sale-settlement" data-status={settlement.status}>
        {SALE_REASONS[settlement.status].text}
        {settlement.provisional ? <ProvisionalBadge /> : null}
      </span>
    )
  const { payout } = settlement
  return (
    <dl className="sale-settlement" data-testid="sale-settlement" data-status="settled">
      <dt>{TEXTS.settledOn}</dt>
      <dd>
        {settlement.ledgerDate ? formatDateLabel(settlement.ledgerDate) : '–'}
        {settlement.provisional ? <ProvisionalBadge /> : null}
      </dd>
      <dt>{TEXTS.amount}</dt>
      <dd>
        <Money minor={settlement.settledAmount} currency={row.currency} />
      </dd>
      <dt>{TEXTS.fee}</dt>
      <dd data-testid="sale-settlement-fee">
        <Money minor={settlement.fees} currency={row.currency} />
      </dd>
      <dt>{TEXTS.payout}</dt>
      <dd data-testid="sale-settlement-payout">
        {payout ? (
          <Link
            {...links.settlement({
              ledger: ledgerId,
              period: 'custom',
              from: payout.date,
              to: payout.date,
              show: 'payouts',
              payout: payout.number ?? payout.date,
            })}
          >
            {TEXTS.openPayout(payout.bankText)}
          </Link>
        ) : loading ? (
          <span className="muted">{TEXTS.loading}</span>
        ) : (
          <span className="muted">{payoutMissing === 'today' ? TEXTS.awaiting : TEXTS.notFound}</span>
        )}
      </dd>
    </dl>
  )
}
