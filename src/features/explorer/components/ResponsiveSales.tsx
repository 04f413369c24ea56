import type { ComponentProps } from 'react'
import type { SortSpec } from '../../../shared/filters/sort-rows'
import { usePhone } from '../../../shared/ui/use-media-query'
import { SalesList } from './LazySalesList'
import { SalesTable } from './SalesTable'

/** The sales as the table on a large screen, as the compact list on a phone. */
export function ResponsiveSales({
  onSortTo,
  oneDay,
  ...table
}: ComponentProps<typeof SalesTable> & { onSortTo: (sort: SortSpec) => void; oneDay: boolean }) {
  const phone = usePhone()
  if (!phone) return <SalesTable {...table} />
  return (
    <SalesList
      rows={table.rows}
      sort={table.sort}
      onSortTo={onSortTo}
      ledgerId={table.ledgerId}
      oneDay={oneDay}
      {...(table.onEndReached ? { onEndReached: table.onEndReached } : {})}
    />
  )
}
