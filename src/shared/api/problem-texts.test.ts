import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROBLEM_TYPES } from '../../api/problem'
import { apiGet, DEFAULT_RETRY } from './client'
import { explainProblem } from './problem-texts'

/** Statuses the proxy answers itself (src/server) or relays from Vipps MobilePay. */
const STATUSES = [400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 502, 503, 504, 507]
const ENGLISH = /\b(not found|invalid|error|refused|request|the|answered)\b/i

describe('every problem the app can receive is explained in Norwegian', () => {
  it('each problem type the proxy sends has its own title and explanation', () => {
    for (const type of Object.values(PROBLEM_TYPES).filter((t) => t !== PROBLEM_TYPES.upstreamAnswer)) {
      const explained = explainProblem(502, type)
      expect(explained.title, type).not.toMatch(ENGLISH)
      expect(explained.explanation.length, type).toBeGreaterThan(10)
    }
    expect(explainProblem(502, PROBLEM_TYPES.keysRefused).title).toBe(
      'Vipps MobilePay avviste regnskapsnøklene',
    )
  })

  it('by status, for the proxy’s own answers and for what Vipps MobilePay answered', () => {
    for (const status of [...STATUSES, 418, 599])
      for (const type of [null, 'about:blank', PROBLEM_TYPES.upstreamAnswer]) {
        const explained = explainProblem(status, type)
        expect(explained.title, `${status} ${type}`).not.toMatch(ENGLISH)
        expect(explained.explanation, `${status} ${type}`).not.toBe('')
      }
    expect(explainProblem(404, PROBLEM_TYPES.upstreamAnswer).title).toBe('Vipps MobilePay fant det ikke')
    expect(explainProblem(404, null).title).toBe('Fant ikke')
  })
})

describe('a problem answered to the app', () => {
  const server = setupServer(
    http.get('*/api/ledger', () =>
      HttpResponse.json(
        {
          type: PROBLEM_TYPES.upstreamAnswer,
          title: 'Fant ikke (Vipps MobilePay answered 404)',
          status: 404,
          detail: 'Ledger not found: No ledger 9 for these keys',
        },
        { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  )
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it('has a Norwegian title and explanation, and keeps the server’s words as secondary text', async () => {
    const failure = apiGet('/ledger', v.unknown(), 'ledger', { retry: DEFAULT_RETRY })
    await expect(failure).rejects.toMatchObject({
      status: 404,
      title: 'Vipps MobilePay fant det ikke',
      explanation: 'Salgsstedet eller det som ble spurt etter, finnes ikke for disse regnskapsnøklene.',
      serverText: 'Fant ikke (Vipps MobilePay answered 404): Ledger not found: No ledger 9 for these keys',
      detail: 'Ledger not found: No ledger 9 for these keys',
    })
  })
})
