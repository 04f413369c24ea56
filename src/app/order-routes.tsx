import { getRouteApi } from '@tanstack/react-router'
import { lazy } from 'react'
import { OrderPage, TransactionPage } from '../features/order/OrderPage'

// Each sale's settlement (date, fee, payout) comes from the settlement feature, loaded beside the page.
const SaleSettlement = lazy(() => import('../features/settlement/SaleSettlement'))

const order = getRouteApi('/orders/$reference')
const transaction = getRouteApi('/transactions/$psp')

/** /orders/$reference?ledger&psp: the order page of one reference (a new page per reference). */
export function OrderRoute() {
  const { reference } = order.useParams()
  const { ledger, psp } = order.useSearch()
  return (
    <OrderPage
      key={reference}
      reference={reference}
      ledgerId={ledger ?? ''}
      highlightPsp={psp ?? null}
      Settlement={SaleSettlement}
    />
  )
}

/** /transactions/$psp?ledger: one transaction by pspReference. */
export function TransactionRoute() {
  const { psp } = transaction.useParams()
  const { ledger } = transaction.useSearch()
  return <TransactionPage key={psp} pspReference={psp} ledgerId={ledger ?? ''} Settlement={SaleSettlement} />
}
