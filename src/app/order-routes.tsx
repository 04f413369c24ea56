import { getRouteApi } from '@tanstack/react-router'
import { OrderPage, TransactionPage } from '../features/order/OrderPage'

const order = getRouteApi('/orders/$reference')
const transaction = getRouteApi('/transactions/$psp')

/** /orders/$reference?ledger&psp: the order page of one reference (a new page per reference). */
export function OrderRoute() {
  const { reference } = order.useParams()
  const { ledger, psp } = order.useSearch()
  return (
    <OrderPage key={reference} reference={reference} ledgerId={ledger ?? ''} highlightPsp={psp ?? null} />
  )
}

/** /transactions/$psp?ledger: one transaction by pspReference. */
export function TransactionRoute() {
  const { psp } = transaction.useParams()
  const { ledger } = transaction.useSearch()
  return <TransactionPage key={psp} pspReference={psp} ledgerId={ledger ?? ''} />
}
