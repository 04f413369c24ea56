import { LedgerPicker } from '../features/explorer/components/LedgerPicker'
import { PeriodPicker } from '../features/explorer/components/PeriodPicker'
import VoucherDataSource from '../features/settlement/VoucherDataSource'
import VouchersPage from '../features/vouchers/VouchersPage'
import type { PeriodToolbarProps } from '../shared/slots'

/** The explorer's period picker without the feed (features do not import each other). */
function PeriodOnly({ state, update }: PeriodToolbarProps) {
  return <PeriodPicker state={state} update={update} withFeed={false} />
}

/**
 * /vouchers?ledger&period&from&to&since&show: the dagsoppgjør vouchers for the accounting system,
 * with the explorer's pickers and the settlement's loading (fees and payouts) handed in.
 */
export function VouchersRoute() {
  return <VouchersPage LedgerPicker={LedgerPicker} PeriodPicker={PeriodOnly} DataSource={VoucherDataSource} />
}
