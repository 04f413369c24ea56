/** Runs a task when a slot is free. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

/** Runs at most `limit` tasks at once, in the order they were queued. */
export function createLimiter(limit: number): Limiter {
  let running = 0
  const queue: (() => void)[] = []
  const next = () => {
    if (running >= limit) return
    const task = queue.shift()
    if (task) task()
  }
  return function run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push(() => {
        running++
        task()
          .then(resolve, reject)
          .finally(() => {
            running--
            next()
          })
      })
      next()
    })
  }
}
