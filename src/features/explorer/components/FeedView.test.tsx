// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { Providers } from '../../../app/Providers'
import { parseViewState } from '../../../shared/view-state'
import { createDemoBackend } from '../../../testing/demo-backend'
import { FeedView } from './FeedView'

let now = Date.parse('2026-11-20T11:00:00Z')
const { simulator, server } = createDemoBackend({ historyDays: 1, eventsPerDay: 600 }, () => now)
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }))
afterAll(() => server.close())
afterEach(() => vi.useRealTimers())

const count = (n: number) => n.toLocaleString('nb-NO').replace(/\s/g, ' ')

const visible = () => {
  const merchant = simulator.store.merchant('302321')!
  return ['2026-11-19', '2026-11-20'].reduce(
    (n, d) => n + simulator.store.visibleEventsOf(merchant, d).length,
    0,
  )
}

/**
 * Retries `check` until it passes. Polls on the real setTimeout: unlike vi.waitFor it never moves
 * the faked interval clock, so only the test decides when the follow poll fires. The limit is a
 * ceiling for a busy machine, not a wait.
 */
async function eventually(check: () => void, limitMs = 20_000) {
  const end = Date.now() + limitMs
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (Date.now() > end) throw error
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
}

describe('the feed in follow mode', () => {
  it('reads the feed to its end, then adds sales that arrive later without a reload', async () => {
    // Only intervals are faked (the follow poll); requests and React run on real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const state = parseViewState('?ledger=302321&view=feed&follow=1', now)
    render(
      <Providers client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <FeedView state={state} update={() => {}} onSort={() => {}} onSortTo={() => {}} onHide={() => {}} />
      </Providers>,
    )
    // The table loads more as it is scrolled; in jsdom every row is "visible", so it reads to the end.
    await eventually(() => expect(screen.getByTestId('feed-progress')).toHaveTextContent('alt er hentet'))
    const before = visible()
    expect(screen.getByTestId('total-count')).toHaveTextContent(count(before))
    // Caught up and following: one poll waits on its interval.
    await eventually(() => expect(vi.getTimerCount()).toBe(1))

    now += 2 * 3_600_000 // two hours of lunch-time sales arrive
    const after = visible()
    expect(after).toBeGreaterThan(before + 20)
    vi.advanceTimersToNextTimer() // the poll's interval elapses
    await eventually(() => expect(screen.getByTestId('total-count')).toHaveTextContent(count(after)))
    // Newest first while following: the top row is the latest sale.
    await eventually(() =>
      expect(screen.getAllByTestId('sales-row')[0]?.querySelector('[data-column="time"]')).toHaveTextContent(
        '20.11.2026',
      ),
    )
  })
})
