import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { type ComponentType, useEffect, useMemo } from 'react'
import { defineText } from '../../shared/i18n/language'
import { links } from '../../shared/links'
import type { SaleSettlementProps } from '../../shared/slots'
import { ProblemMessage } from '../../shared/ui/ProblemMessage'
import { ReadingNotice } from '../../shared/ui/ReadingNotice'
import { orderByReferenceOptions, transactionByPspOptions } from './api/lookups'
import { EventCard } from './components/EventCard'
import { LookupNotFound } from './components/LookupNotFound'
import { OrderResult } from './components/OrderResult'
import { OrderTotals } from './components/OrderTotals'
import { summariseOrder } from './model/order-summary'

const TEXT = defineText('order.OrderPage', {
  back: '← Tilbake til transaksjonene',
  documentTitle: (reference: string) => `Ordre ${reference} – Salgsoversikt`,
  order: 'Ordre',
  noLedger: 'Lenken mangler salgssted (?ledger=…).',
  fetchingOrder: 'Henter ordren …',
  theOrder: 'ordren',
  timeline: 'Tidslinje',
  transaction: 'Transaksjon',
  fetchingTransaction: 'Henter transaksjonen …',
  theTransaction: 'transaksjonen',
  wholeOrder: (reference: string) => `Se hele ordren «${reference}» →`,
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'order.OrderPage': typeof TEXT
  }
}

function BackLink({ ledgerId }: { ledgerId: string | null }) {
  return (
    <Link className="back-link" {...links.lastExplorer(ledgerId)}>
      {TEXT.back}
    </Link>
  )
}

/** Every capture and refund of one order (reference endpoint), and what is left after refunds. */
export function OrderPage({
  reference,
  ledgerId,
  highlightPsp,
  Settlement,
}: {
  reference: string
  ledgerId: string
  highlightPsp: string | null
  /** Each sale's settlement (date, fee, payout), handed in by the app. */
  Settlement?: ComponentType<SaleSettlementProps>
}) {
  const order = useQuery({ ...orderByReferenceOptions(ledgerId, reference), enabled: Boolean(ledgerId) })
  const rows = order.data?.rows
  const summary = useMemo(() => (rows?.length ? summariseOrder(rows) : null), [rows])
  const currency = rows?.[0]?.currency ?? 'NOK'
  useEffect(() => {
    // document.title is text, never markup: a hostile reference stays inert here too.
    document.title = TEXT.documentTitle(reference.slice(0, 80))
    return () => {
      document.title = 'Salgsoversikt'
    }
  }, [reference])

  return (
    <article className="page">
      <BackLink ledgerId={ledgerId} />
      <h1 className="page__title">
        {TEXT.order} <span className="reference">«{reference}»</span>
      </h1>
      {!ledgerId ? <p className="problem">{TEXT.noLedger}</p> : null}
      {order.isPending && ledgerId ? <p className="muted">{TEXT.fetchingOrder}</p> : null}
      {order.isError ? (
        <ProblemMessage error={order.error} what={TEXT.theOrder} onRetry={() => order.refetch()} />
      ) : null}
      {rows?.length === 0 ? (
        <LookupNotFound ledgerId={ledgerId} searched={reference} kind="reference" />
      ) : null}
      {order.data ? (
        <ReadingNotice unreadable={order.data.unreadable} repeated={order.data.repeated} />
      ) : null}
      {summary ? (
        <>
          <OrderTotals summary={summary} currency={currency} />
          <OrderResult summary={summary} currency={currency} />
          <h2>{TEXT.timeline}</h2>
          <ol className="timeline">
            {summary.events.map((row) => (
              <EventCard
                key={row.key}
                row={row}
                ledgerId={ledgerId}
                highlighted={row.pspReference === highlightPsp}
                Settlement={Settlement}
              />
            ))}
          </ol>
        </>
      ) : null}
    </article>
  )
}

/** One transaction by pspReference, with the way to its whole order. */
export function TransactionPage({
  pspReference,
  ledgerId,
  Settlement,
}: {
  pspReference: string
  ledgerId: string
  Settlement?: ComponentType<SaleSettlementProps>
}) {
  const transaction = useQuery({
    ...transactionByPspOptions(ledgerId, pspReference),
    enabled: Boolean(ledgerId),
  })
  const row = transaction.data?.rows[0]
  return (
    <article className="page">
      <BackLink ledgerId={ledgerId} />
      <h1 className="page__title">
        {TEXT.transaction} <span className="reference">{pspReference}</span>
      </h1>
      {!ledgerId ? <p className="problem">{TEXT.noLedger}</p> : null}
      {transaction.isPending && ledgerId ? <p className="muted">{TEXT.fetchingTransaction}</p> : null}
      {transaction.isError ? (
        <ProblemMessage
          error={transaction.error}
          what={TEXT.theTransaction}
          onRetry={() => transaction.refetch()}
        />
      ) : null}
      {transaction.data?.rows.length === 0 ? (
        <LookupNotFound ledgerId={ledgerId} searched={pspReference} kind="pspReference" />
      ) : null}
      {row ? (
        <>
          <p>
            <Link {...links.order(ledgerId, row.reference, row.pspReference)}>
              {TEXT.wholeOrder(row.reference)}
            </Link>
          </p>
          <ol className="timeline">
            <EventCard row={row} ledgerId={ledgerId} highlighted={false} Settlement={Settlement} />
          </ol>
        </>
      ) : null}
    </article>
  )
}
