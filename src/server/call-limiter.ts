/** No slot came free: the queue was full, or the call waited its longest. */
export class CallQueueFull extends Error {
  override name = 'CallQueueFull'
}

/**
 * At most `maxConcurrent` calls run at once; up to `queueLength` more wait their turn, first come
 * first served, for `maxWaitMs` at most. Beyond that a call is refused (CallQueueFull), so a burst
 * of requests can neither open thousands of upstream connections nor wait longer than a browser
 * will.
 */
export function createCallLimiter(maxConcurrent: number, queueLength: number, maxWaitMs: number) {
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
    if (queue.length >= queueLength) throw new CallQueueFull('the queue is full')
    signal?.throwIfAborted()
    await new Promise<void>((resolve, reject) => {
      const leave = (reason: unknown) => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        const index = queue.indexOf(entry)
        if (index >= 0) queue.splice(index, 1)
        reject(reason)
      }
      const entry = {
        start: () => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
      }
      const timer = setTimeout(() => leave(new CallQueueFull('waited too long')), maxWaitMs)
      // A browser that went away while waiting gives its place up.
      const onAbort = () => leave(signal?.reason)
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
  }
}
