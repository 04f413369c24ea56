import { type ComponentProps, memo, Suspense } from 'react'
import { lazyView } from '../../../shared/ui/lazy-view'
import { startsOnPhone } from '../../../shared/ui/use-media-query'
import type { SalesList as SalesListComponent } from './SalesList'
import { TableSkeleton } from './TableSkeleton'

// The phone's list of sales: requested at once on a phone (beside the first view), on demand elsewhere.
const List = lazyView(() => import('./SalesList').then((module) => module.SalesList), {
  startNow: startsOnPhone(),
})

/** The compact list of sales (SalesList.tsx), loaded on a phone instead of the table. */
export const SalesList = memo(function LazySalesList(props: ComponentProps<typeof SalesListComponent>) {
  return (
    <Suspense fallback={<TableSkeleton />}>
      <List {...props} />
    </Suspense>
  )
})
