import { type ComponentProps, memo, Suspense } from 'react'
import { lazyView } from '../../../shared/ui/lazy-view'
import type { SalesTable as SalesTableComponent } from './SalesTable'
import { TableSkeleton } from './TableSkeleton'

// The table's code (TanStack Table and Virtual, about a sixth of the app's start-up JavaScript)
// is requested as soon as the app starts, in parallel with the first sales it will show, instead
// of before the first paint. Until it is there, the table's place shows the loading skeleton.
const Table = lazyView(() => import('./SalesTable').then((module) => module.SalesTable), { startNow: true })

/** The transactions table (SalesTable.tsx), loaded beside the first view rather than in it. */
export const SalesTable = memo(function LazySalesTable(props: ComponentProps<typeof SalesTableComponent>) {
  return (
    <Suspense fallback={<TableSkeleton />}>
      <Table {...props} />
    </Suspense>
  )
})
