import { QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemoBackend } from '../../../testing/demo-backend'
import { orderByReferenceOptions, transactionByPspOptions } from './lookups'

// 302322 answers an unknown reference with an empty page (the default reading); its copy 392002 with a 404.
const backend = createDemoBackend({ testLedgers: true, historyDays: 10 })
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())

describe('look-ups', () => {
  it.each([
    ['302322', 200],
    ['392002', 404],
  ])(
    'ledger %s: nothing found is an empty result, whether the upstream answers %s',
    async (ledger, status) => {
      const client = new QueryClient()
      backend.proxied.length = 0
      const byReference = await client.fetchQuery(orderByReferenceOptions(ledger, 'finnes ikke / #42 ✓'))
      const byPsp = await client.fetchQuery(transactionByPspOptions(ledger, 'psp-finnes-ikke'))
      expect(byReference.rows).toEqual([])
      expect(byPsp.rows).toEqual([])
      const statuses = backend.simulator.requestLog.slice(-2).map((r) => r.status)
      expect(statuses).toEqual([status, status])
    },
  )

  it('finds an order with its refunds, and a transaction by pspReference', async () => {
    const client = new QueryClient()
    const merchant = backend.simulator.store.merchant('392002')!
    const refund = backend.simulator.store
      .visibleEventsOf(merchant, '2026-11-24')
      .find((e) => e.entryType === 'refund')!
    const order = await client.fetchQuery(orderByReferenceOptions('392002', refund.reference))
    expect(order.rows.map((r) => r.entryKind)).toEqual(expect.arrayContaining(['capture', 'refund']))
    const transaction = await client.fetchQuery(transactionByPspOptions('392002', refund.pspReference!))
    expect(transaction.rows.map((r) => r.key)).toEqual([`psp:${refund.pspReference}`])
  })
})
