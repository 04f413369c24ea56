import { type ComponentProps, lazy, Suspense } from 'react'
import type { FeedView as FeedViewComponent } from './FeedView'
import { TableSkeleton } from './TableSkeleton'

const Feed = lazy(() => import('./FeedView').then((module) => ({ default: module.FeedView })))

/** The feed view (FeedView.tsx), loaded when the feed is first shown: most visits never open it. */
export function FeedView(props: ComponentProps<typeof FeedViewComponent>) {
  return (
    <Suspense fallback={<TableSkeleton />}>
      <Feed {...props} />
    </Suspense>
  )
}
