import { getRouteApi } from '@tanstack/react-router'
import { OrderPage, TransactionPage } from '../features/order/OrderPage'
import { defineText } from '../shared/i18n/language'
import type { SaleSettlementProps } from '../shared/slots'
import { lazyView } from '../shared/ui/lazy-view'
import { ViewBoundary } from '../shared/ui/ViewBoundary'

const TEXT = defineText('app.orderRoutes', {
  settlement: 'Oppgjøret',
})
declare module '../shared/i18n/messages' {
  interface Messages {
    'app.orderRoutes': typeof TEXT
  }
}

// Each sale's settlement (date, fee, payout) comes from the settlement feature, loaded beside the
// page; if its code cannot be fetched, the sale says so in its place, with "Prøv igjen".
const SaleSettlementCode = lazyView(() =>
  import('../features/settlement/SaleSettlement').then((m) => m.default),
)
function SaleSettlement(props: SaleSettlementProps) {
  return (
    <ViewBoundary name={TEXT.settlement} compact>
      <SaleSettlementCode {...props} />
    </ViewBoundary>
  )
}

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
