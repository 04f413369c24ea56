import { useMemo } from 'react'
import type { VoucherData, VoucherDataProps } from '../../shared/slots'
import { useSettlement } from './api/use-settlement'
import { LoadStatus } from './components/LoadStatus'

/**
 * The settlement bridge's loading, handed to the vouchers by src/app (features do not import each
 * other): the dates' sales and, when the keys can read the Report API, the settlement model's days
 * (fees withheld, payouts), the very figures the Oppgjør page shows.
 */
export default function VoucherDataSource({ ledgerId, dates, children }: VoucherDataProps) {
  const settlement = useSettlement(ledgerId, dates)
  const { snapshot, result, retryFailed } = settlement
  const { settled, sales, report } = snapshot
  const data = useMemo<Omit<VoucherData, 'status'>>(
    () => ({
      settled,
      rows: settled ? sales.rows : [],
      failedDates: [...new Set([...sales.failedDates, ...(report.denied ? [] : report.failedDates)])].sort(),
      settlementDays: report.denied ? null : (result?.days ?? []),
      denied: report.denied,
    }),
    [settled, sales, report, result],
  )
  return children({ ...data, status: <LoadStatus snapshot={snapshot} onRetry={retryFailed} /> })
}
