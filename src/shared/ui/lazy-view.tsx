import type { ComponentType } from 'react'

/** A part of the app whose code could not be fetched (server away, or replaced by a new version). */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : 'A part of the app could not be loaded', { cause })
    this.name = 'ChunkLoadError'
  }
}

interface Entry {
  status: 'idle' | 'loading' | 'loaded' | 'failed'
  promise: Promise<void> | null
  component: ComponentType<never> | null
  error: ChunkLoadError | null
}

const failed = new Set<Entry>()

/** Lets every view whose code failed to load try again on its next render ("Prøv igjen"). */
export function retryFailedViews(): void {
  for (const entry of failed) {
    entry.status = 'idle'
    entry.promise = null
    entry.error = null
  }
  failed.clear()
}

export type LazyView<P> = ComponentType<P> & { preload: () => Promise<void> }

/**
 * A component whose code loads on demand, like React.lazy, except that a failed load can be tried
 * again: React.lazy keeps the rejected import for good, so "Prøv igjen" could never work. A failed
 * load throws a ChunkLoadError for the nearest ViewBoundary. `startNow` requests the code at once
 * (beside the first view) instead of at the first render.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { startNow?: boolean } = {},
): LazyView<P> {
  const entry: Entry = { status: 'idle', promise: null, component: null, error: null }
  const preload = (): Promise<void> => {
    if (entry.status === 'idle' || !entry.promise) {
      entry.status = 'loading'
      entry.promise = load().then(
        (component) => {
          entry.status = 'loaded'
          entry.component = component as ComponentType<never>
        },
        (error: unknown) => {
          entry.status = 'failed'
          entry.error = new ChunkLoadError(error)
          failed.add(entry)
        },
      )
    }
    return entry.promise
  }
  // biome-ignore lint/correctness/noComponentHookFactories: a factory called once per view at module scope, like React.lazy
  function View(props: P) {
    if (entry.status === 'failed' && entry.error) throw entry.error
    // Suspends as React.lazy does (a thrown promise; the promise never rejects).
    if (entry.status !== 'loaded') throw preload()
    const Component = entry.component as unknown as ComponentType<P>
    return <Component {...props} />
  }
  if (options.startNow) void preload()
  return Object.assign(View, { preload })
}
