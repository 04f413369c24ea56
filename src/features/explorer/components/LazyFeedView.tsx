import { type ComponentProps, Suspense } from 'react'
import { lazyView } from '../../../shared/ui/lazy-view'
import type { FeedView as FeedViewComponent } from './FeedView'
import { TableSkeleton } from './TableSkeleton'

const Feed = lazyView(() => import('./FeedView').then((module) => module.FeedView))

/** The feed view (FeedView.tsx), loaded when the feed is first shown: most visits never open it. */
export function FeedView(props: ComponentProps<typeof FeedViewComponent>) {
  return (
    <Suspense fallback={<TableSkeleton />}>
      <Feed {...props} />
    </Suspense>
  )
}
