// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Providers } from '../../../app/Providers'
import { parseViewState } from '../../../shared/view-state'
import { createDemoBackend } from '../../../testing/demo-backend'
import { FeedView } from './FeedView'

let now = Date.parse('2026-11-20T11:00:00Z')
const { simulator, server } = createDemoBackend({ historyDays: 1, eventsPerDay: 600 }, () => now)
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }))
afterAll(() => server.close())

const count = (n: number) => n.toLocaleString('nb-NO').replace(/\s/g, ' ')

const visible = () => {
  const merchant = simulator.store.merchant('302321')!
  return ['2026-11-19', '2026-11-20'].reduce(
    (n, d) => n + simulator.store.visibleEventsOf(merchant, d).length,
    0,
  )
}

describe('the feed in follow mode', () => {
  it('reads the feed to its end, then adds sales that arrive later without a reload', async () => {
    const state = parseViewState(new URLSearchParams('ledger=302321&view=feed&follow=1'), now)
    render(
      <Providers client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <FeedView state={state} update={() => {}} onSort={() => {}} onHide={() => {}} />
      </Providers>,
    )
    // The table loads more as it is scrolled; in jsdom every row is "visible", so it reads to the end.
    await waitFor(() => expect(screen.getByTestId('feed-progress')).toHaveTextContent('à jour'), {
      timeout: 10_000,
    })
    const before = visible()
    expect(screen.getByTestId('total-count')).toHaveTextContent(count(before))

    now += 2 * 3_600_000 // two hours of lunch-time sales arrive
    const after = visible()
    expect(after).toBeGreaterThan(before + 20)
    await waitFor(() => expect(screen.getByTestId('total-count')).toHaveTextContent(count(after)), {
      timeout: 12_000,
    })
    // Newest first while following: the top row is the latest sale.
    const firstTime = screen
      .getAllByTestId('sales-row')[0]
      ?.querySelector('[data-column="time"]')?.textContent
    expect(firstTime).toContain('20.11.2026')
  }, 30_000)
})
