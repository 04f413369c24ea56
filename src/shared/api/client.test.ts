import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SalesPageEnvelopeSchema } from '../../api/schemas'
import { apiGet, InvalidAnswerError } from './client'

let calls = 0
let answer: () => Response = () => HttpResponse.json({})
const server = setupServer(
  http.get('*/api/page', () => {
    calls++
    return answer()
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(() => {
  calls = 0
})

const quickRetry = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2, budgetMs: 60_000 }

describe('apiGet and answers of the wrong shape', () => {
  it('does not ask again when the answer fails its schema, and the error names the field', async () => {
    answer = () => HttpResponse.json({ items: [], cursor: null, hasMore: 'yes' })
    const failure = apiGet('/page', SalesPageEnvelopeSchema, 'sales page', { retry: quickRetry })
    await expect(failure).rejects.toBeInstanceOf(InvalidAnswerError)
    await expect(failure).rejects.toMatchObject({
      title: 'Uventet svar fra Vipps MobilePay',
      explanation: '«hasMore» skal være ja eller nei (true/false), men er "yes"',
    })
    expect(calls).toBe(1)
  })

  it('still retries an upstream failure that can change', async () => {
    answer = () =>
      calls < 3
        ? HttpResponse.json({ title: 'Unavailable' }, { status: 503 })
        : HttpResponse.json({ items: [], cursor: null, hasMore: false })
    await expect(
      apiGet('/page', SalesPageEnvelopeSchema, 'sales page', { retry: quickRetry }),
    ).resolves.toEqual({
      items: [],
      cursor: null,
      hasMore: false,
    })
    expect(calls).toBe(3)
  })
})
