/** The queue of calls waiting for a free slot is full. */
export class CallQueueFull extends Error {
  override name = 'CallQueueFull'
}

/**
 * At most `maxConcurrent` calls run at once; up to `queueLength` more wait their turn, first come
 * first served; beyond that a call is refused at once (CallQueueFull), so a burst of requests
 * cannot open thousands of upstream connections or hold unbounded memory.
 */
export function createCallLimiter(maxConcurrent: number, queueLength: number) {
  let running = 0
  const queue: { start: () => void }[] = []

  const release = () => {
    const next = queue.shift()
    if (next) next.start()
    else running--
  }

  async function acquire(signal?: AbortSignal): Promise<void> {
    if (running < maxConcurrent) {
      running++
      return
    }
    if (queue.length >= queueLength) throw new CallQueueFull()
    signal?.throwIfAborted()
    await new Promise<void>((resolve, reject) => {
      const entry = {
        start: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
      }
      // A browser that went away while waiting gives its place up.
      const onAbort = () => {
        const index = queue.indexOf(entry)
        if (index >= 0) queue.splice(index, 1)
        reject(signal?.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      queue.push(entry)
    })
  }

  return {
    async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      await acquire(signal)
      try {
        return await task()
      } finally {
        release()
      }
    },
    /** Calls running and waiting now. */
    load: () => ({ running, waiting: queue.length }),
  }
}
