import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, apiGet, type RetryPolicy } from './client'

const Page = v.object({ items: v.array(v.number()) })
/**
 * Short delays and a short budget, so the tests take a moment; the rules are the same. The budget
 * is still far longer than a local answer takes on a busy machine, so no outcome races the clock.
 */
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
afterEach(() => {
  server.resetHandlers()
  answers = []
  calls = 0
})
afterAll(() => server.close())

const never = () => new Promise<Response>(() => {})
const problem =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ title: `status ${status}`, status }, { status, headers })
const ok = () => HttpResponse.json({ items: [1, 2, 3] })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('one time budget per page, across its retries', () => {
  it('a page that never answers fails when the budget is spent, as a timeout', async () => {
    answers = [never]
    const error = await failure(apiGet('/page', Page, 'page', { retry: POLICY }))
    expect(error.status).toBe(504)
    expect(calls).toBe(1)
  })

  it('a retry that hangs after a quick failure ends with the same budget', async () => {
    answers = [problem(502), never]
    const error = await failure(apiGet('/page', Page, 'page', { retry: POLICY }))
    expect(error.status).toBe(504)
    expect(calls).toBe(2)
  })

  it('a Retry-After longer than the budget left ends the page at once with that answer', async () => {
    answers = [problem(503, { 'Retry-After': '60' })]
    const error = await failure(apiGet('/page', Page, 'page', { retry: POLICY }))
    expect(error.status).toBe(503)
    expect(calls).toBe(1)
  })

  it('transient failures are retried and the page arrives', async () => {
    answers = [problem(429, { 'Retry-After': '0' }), problem(502), problem(503), problem(504), ok]
    const policy = { ...POLICY, budgetMs: 20_000 }
    expect(await apiGet('/page', Page, 'page', { retry: policy })).toEqual({ items: [1, 2, 3] })
    expect(calls).toBe(5)
  })
})

describe('only what can succeed on retry is retried', () => {
  it.each([400, 401, 403, 404])('%i is answered at once', async (status) => {
    answers = [problem(status), ok]
    expect((await failure(apiGet('/page', Page, 'page', { retry: POLICY }))).status).toBe(status)
    expect(calls).toBe(1)
  })

  it('an answer that fails its schema is not asked for again', async () => {
    answers = [() => HttpResponse.json({ items: 'not a list' }), ok]
    const error = await failure(apiGet('/page', Page, 'page', { retry: POLICY }))
    expect(error.status).toBe(502)
    expect(error.detail).toContain('items')
    expect(calls).toBe(1)
  })
})
