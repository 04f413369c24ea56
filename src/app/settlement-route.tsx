import { LedgerPicker } from '../features/explorer/components/LedgerPicker'
import { PeriodPicker } from '../features/explorer/components/PeriodPicker'
import SettlementPage from '../features/settlement/SettlementPage'
import type { PeriodToolbarProps } from '../shared/slots'

/** The explorer's ledger and period pickers, handed to the settlement (features do not import each other). */
function PeriodToolbar({ state, update }: PeriodToolbarProps) {
  return (
    <>
      <LedgerPicker state={state} update={update} />
      <PeriodPicker state={state} update={update} withFeed={false} />
    </>
  )
}

/** /settlement?ledger&period&from&to&show&payout: sales to settled money, fees and payouts. */
export function SettlementRoute() {
  return <SettlementPage Toolbar={PeriodToolbar} />
}
