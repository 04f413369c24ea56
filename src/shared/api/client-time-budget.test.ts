import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, apiGet, type RetryPolicy } from './client'

const Page = v.object({ items: v.array(v.number()) })
const POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 5, maxDelayMs: 20, budgetMs: 1500 }

let answers: (() => Response | Promise<Response>)[] = []
let calls = 0
const server = setupServer(
  http.get('*/api/page', () => {
    calls++
    const answer = answers.shift() ?? answers.at(-1)
    return answer ? answer() : new Promise<Response>(() => {})
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
// The client's clock (its budget timer, its backoff sleeps and Date.now) is faked: time passes only
// when a test says so, so no outcome depends on how fast the machine answers.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  server.resetHandlers()
  answers = []
  calls = 0
})
afterAll(() => server.close())

/** Lets the requests and answers in flight move (they run on real I/O) until `check` holds. */
async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setImmediate(resolve))
}

/** A call whose outcome can be looked at without waiting for it. */
function track(promise: Promise<unknown>) {
  const state: { settled: boolean; value?: unknown; error?: unknown } = { settled: false }
  const done = promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  )
  return { state, done }
}

/** Waits for the call to settle, letting each backoff sleep elapse (the budget's timer is the other one). */
async function runRetries(call: ReturnType<typeof track>) {
  for (;;) {
    await until(() => call.state.settled || vi.getTimerCount() === 2)
    if (call.state.settled) return call.state
    vi.advanceTimersToNextTimer()
  }
}

/** The call is still waiting 1 ms before `deadline` (on the fake clock) and fails as a timeout at it. */
async function expectTimeoutAt(call: ReturnType<typeof track>, deadline: number) {
  vi.advanceTimersByTime(deadline - 1 - Date.now())
  await new Promise((resolve) => setImmediate(resolve))
  expect(call.state.settled).toBe(false)
  vi.advanceTimersByTime(1)
  await call.done
  expect(asApiError(call.state.error).status).toBe(504)
}

function asApiError(error: unknown): ApiError {
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

const never = () => new Promise<Response>(() => {})
const problem =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ title: `status ${status}`, status }, { status, headers })
const ok = () => HttpResponse.json({ items: [1, 2, 3] })

describe('one time budget per page, across its retries', () => {
  it('a page that never answers fails when the budget is spent, as a timeout', async () => {
    answers = [never]
    const started = Date.now()
    const call = track(apiGet('/page', Page, 'page', { retry: POLICY }))
    await until(() => calls === 1)
    await expectTimeoutAt(call, started + POLICY.budgetMs)
    expect(calls).toBe(1)
  })

  it('a retry that hangs after a quick failure ends when the first try’s budget is spent', async () => {
    answers = [problem(502), never]
    const started = Date.now()
    const call = track(apiGet('/page', Page, 'page', { retry: POLICY }))
    await until(() => calls === 1 && vi.getTimerCount() === 2)
    vi.advanceTimersToNextTimer() // the backoff sleep
    await until(() => calls === 2)
    await expectTimeoutAt(call, started + POLICY.budgetMs)
    expect(calls).toBe(2)
  })

  it('a Retry-After longer than the budget left ends the page at once with that answer', async () => {
    answers = [problem(503, { 'Retry-After': '60' })]
    const call = track(apiGet('/page', Page, 'page', { retry: POLICY }))
    await call.done // no time passes
    expect(asApiError(call.state.error).status).toBe(503)
    expect(calls).toBe(1)
  })

  it('transient failures are retried and the page arrives', async () => {
    answers = [problem(429, { 'Retry-After': '0' }), problem(502), problem(503), problem(504), ok]
    const outcome = await runRetries(track(apiGet('/page', Page, 'page', { retry: POLICY })))
    expect(outcome.value).toEqual({ items: [1, 2, 3] })
    expect(calls).toBe(5)
  })
})

describe('only what can succeed on retry is retried', () => {
  it.each([400, 401, 403, 404])('%i is answered at once', async (status) => {
    answers = [problem(status), ok]
    const call = track(apiGet('/page', Page, 'page', { retry: POLICY }))
    await call.done // no time passes
    expect(asApiError(call.state.error).status).toBe(status)
    expect(calls).toBe(1)
  })

  it('an answer that fails its schema is not asked for again', async () => {
    answers = [() => HttpResponse.json({ items: 'not a list' }), ok]
    const call = track(apiGet('/page', Page, 'page', { retry: POLICY }))
    await call.done
    const error = asApiError(call.state.error)
    expect(error.status).toBe(502)
    expect(error.detail).toContain('items')
    expect(calls).toBe(1)
  })
})
