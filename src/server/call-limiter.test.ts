import { afterEach, describe, expect, it, vi } from 'vitest'
import { CallQueueFull, createCallLimiter } from './call-limiter'

afterEach(() => {
  vi.useRealTimers()
})

/** A call that runs until the test ends it. */
function heldCall() {
  let finish: () => void = () => {}
  const done = new Promise<void>((resolve) => {
    finish = resolve
  })
  return { task: () => done, finish }
}

describe('the upstream call limiter', () => {
  it('refuses a call that waited its longest without a free slot, and keeps the order of the rest', async () => {
    vi.useFakeTimers()
    const limiter = createCallLimiter(1, 5, 10_000)
    const first = heldCall()
    const running = limiter.run(first.task)
    const started: string[] = []
    // Its outcome is taken at once, so the refusal is never an unhandled rejection.
    const early = limiter
      .run(async () => {
        started.push('early')
      })
      .then(
        () => 'ran',
        (error: unknown) => error,
      )
    await vi.advanceTimersByTimeAsync(6_000)
    const late = limiter.run(async () => {
      started.push('late')
    })
    await vi.advanceTimersByTimeAsync(4_000)
    expect(await early).toBeInstanceOf(CallQueueFull)
    first.finish()
    await running
    await late
    expect(started).toEqual(['late'])
  })

  it('lets a caller that went away leave the queue', async () => {
    const limiter = createCallLimiter(1, 1, 10_000)
    const first = heldCall()
    const running = limiter.run(first.task)
    const browser = new AbortController()
    const gone = limiter.run(async () => 'never', browser.signal)
    browser.abort(new Error('closed'))
    await expect(gone).rejects.toThrow('closed')
    // Its place is free again.
    const next = limiter.run(async () => 'ran')
    first.finish()
    await running
    expect(await next).toBe('ran')
  })
})
