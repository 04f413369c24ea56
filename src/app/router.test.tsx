// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query'
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { addDays, todayInOslo } from '../api/oslo-time'
import { links } from '../shared/links'
import { salesByDateKey } from '../shared/period/sales-by-date'
import { createDemoBackend, TEST_NOW } from '../testing/demo-backend'
import { Providers } from './Providers'
import { createAppRouter } from './router'

// Counts renders of the sales table: it is the one component that calls useVirtualizer, once per
// render. The real hook still runs.
const counted = vi.hoisted(() => ({ tableRenders: 0 }))
vi.mock('@tanstack/react-virtual', async (importOriginal) => {
  const original = await importOriginal<typeof import('@tanstack/react-virtual')>()
  return {
    ...original,
    useVirtualizer: ((...args: Parameters<typeof original.useVirtualizer>) => {
      counted.tableRenders++
      return original.useVirtualizer(...args)
    }) as typeof original.useVirtualizer,
  }
})

// The simulator's clock is frozen (TEST_NOW), and the explorer is shown a fixed past day of it: the
// same rows in every run, whatever the date or time the tests run at.
const { server, proxied } = createDemoBackend({ historyDays: 3, eventsPerDay: 150 })
const DAY = addDays(todayInOslo(TEST_NOW), -1)
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }))
afterAll(() => server.close())
afterEach(cleanup)

const newQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

function renderApp(url: string) {
  const history = createMemoryHistory({ initialEntries: [url] })
  const client = newQueryClient()
  const router = createAppRouter(client, history)
  render(
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>,
  )
  return { router, history }
}

/** A router on `url` that has matched it (nothing rendered). */
async function routerAt(url: string) {
  const router = createAppRouter(newQueryClient(), createMemoryHistory({ initialEntries: [url] }))
  await router.load()
  return router
}

describe('links come from the route tree that matches them', () => {
  // References are merchant text: anything can be in them.
  it.each(['a/b #1 50% ✓', 'finnes ikke / #42 ✓', '%2F?x=1&y', '<img src=x onerror="1">', 'æøå'])(
    'an order link encodes %s in its path, and the order route reads it back whole',
    async (reference) => {
      const router = await routerAt('/')
      const location = router.buildLocation(links.order('302322', reference, 'psp 1'))
      expect(location.href).toBe(`/orders/${encodeURIComponent(reference)}?ledger=302322&psp=psp+1`)
      const opened = await routerAt(location.href)
      const match = opened.state.matches.at(-1)
      expect(match?.routeId).toBe('/orders/$reference')
      expect(match?.params).toEqual({ reference })
      expect(match?.search).toMatchObject({ ledger: '302322', psp: 'psp 1' })
    },
  )

  it('a transaction link opens the transaction route', async () => {
    const router = await routerAt('/')
    const href = router.buildLocation(links.transaction('302322', 'A/B#1')).href
    expect(href).toBe('/transactions/A%2FB%231?ledger=302322')
    const match = (await routerAt(href)).state.matches.at(-1)
    expect(match?.routeId).toBe('/transactions/$psp')
    expect(match?.params).toEqual({ psp: 'A/B#1' })
  })

  it('the day report link keeps the explorer filters and adds the day; its back link drops the day', async () => {
    const explorer = await routerAt(
      '/?ledger=302321&period=last7&type=refund&type=capture&q=kake&sort=-gross',
    )
    const report = explorer.buildLocation(links.dayReport('2026-03-10')).href
    expect(report).toBe(
      '/report?ledger=302321&period=last7&type=refund&type=capture&q=kake&sort=-gross&date=2026-03-10',
    )
    const back = (await routerAt(report)).buildLocation(links.explorerFromReport()).href
    expect(back).toBe('/?ledger=302321&period=last7&type=refund&type=capture&q=kake&sort=-gross')
  })

  it('a path nothing matches is the not-found page, inside the app shell', async () => {
    renderApp('/insights')
    expect(await screen.findByText('Siden finnes ikke.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Til transaksjonene' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('link', { name: 'Salgsoversikt' })).toHaveAttribute('href', '/')
  })
})

describe('the explorer in the router', () => {
  it('starts the sales of a URL from the route, before anything renders, and the explorer joins that request', async () => {
    // The web shop's ledger: no other test here loads it, so every request counted is this test's.
    const url = `/?ledger=302322&period=custom&from=${DAY}&to=${DAY}`
    const isFirstPage = (path: string) => path.includes(`/302322/dates/${DAY}?`) && !path.includes('cursor=')
    const client = newQueryClient()
    const history = createMemoryHistory({ initialEntries: [url] })
    const router = createAppRouter(client, history)
    // Matching the URL runs the route loader; nothing is rendered yet, and the day is on its way.
    await router.load()
    expect(client.getQueryState(salesByDateKey('302322', DAY))).toBeDefined()
    render(
      <Providers client={client}>
        <RouterProvider router={router} />
      </Providers>,
    )
    await screen.findAllByTestId('sales-row')
    expect(proxied.filter(isFirstPage)).toHaveLength(1)
  })

  it('reproduces the view of a pasted link, and cleans invalid values out of the URL', async () => {
    const { router } = renderApp(
      `/?ledger=302321&period=custom&from=${DAY}&to=${DAY}&view=calendar&sort=-gross&vat=abc`,
    )
    await screen.findAllByTestId('sales-row')
    expect(screen.getByRole('columnheader', { name: /Brutto/ })).toHaveAttribute('aria-sort', 'descending')
    expect(router.state.location.href).toBe(`/?ledger=302321&period=custom&from=${DAY}&to=${DAY}&sort=-gross`)
  })

  it('a keystroke renders the table once, for its rows; typing that filters nothing does not render it', async () => {
    const user = userEvent.setup()
    // A sort and hidden columns of its own: parsed anew from the URL on each keystroke, they must
    // still reach the table as the same objects.
    const { router } = renderApp(`/?ledger=302321&period=custom&from=${DAY}&to=${DAY}&sort=-gross&hide=vat`)
    const rowsBefore = (await screen.findAllByTestId('sales-row')).length
    const filters = screen.getByRole('search', { name: 'Filtre' })

    // An amount that is not kroner yet changes the URL but not the rows.
    counted.tableRenders = 0
    await user.type(within(filters).getByLabelText('Minste beløp i kroner'), 'ab')
    expect(router.state.location.search).toMatchObject({ min: 'ab' })
    expect(counted.tableRenders).toBe(0)

    // Each letter of a search changes the rows: one render each, not one more for the keystroke
    // itself (the urgent render of the input).
    const search = within(filters).getByRole('searchbox')
    await user.clear(within(filters).getByLabelText('Minste beløp i kroner'))
    counted.tableRenders = 0
    await user.type(search, '10')
    expect(search).toHaveValue('10')
    expect(router.state.location.search).toMatchObject({ q: '10' })
    expect(counted.tableRenders).toBeLessThanOrEqual(2)
    expect(screen.queryAllByTestId('sales-row').length).toBeLessThan(rowsBefore)
  })

  it('a sort is a history step, typing is not: Back undoes the sort, typing and all', async () => {
    const user = userEvent.setup()
    const { router, history } = renderApp(`/?ledger=302321&period=custom&from=${DAY}&to=${DAY}`)
    await screen.findAllByTestId('sales-row')
    const steps = history.length
    await user.click(within(screen.getByRole('columnheader', { name: /Brutto/ })).getByRole('button'))
    await user.type(within(screen.getByRole('search', { name: 'Filtre' })).getByRole('searchbox'), 'kake')
    expect(history.length).toBe(steps + 1)
    expect(router.state.location.search).toMatchObject({ sort: '-gross', q: 'kake' })
    await act(async () => history.back())
    expect(router.state.location.search).not.toHaveProperty('sort')
    expect(router.state.location.search).not.toHaveProperty('q')
    expect(screen.getByRole('columnheader', { name: /Tid/ })).toHaveAttribute('aria-sort', 'descending')
  })
})
