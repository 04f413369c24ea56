import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ReportTopic } from '../../../api/endpoints'
import type { ReportDatePage } from '../../../api/report-schemas'
import { createDemoBackend } from '../../../testing/demo-backend'
import {
  isReportAccessDenied,
  type ReportDayPages,
  reportByDateOptions,
  reportDateOf,
  reportStaleTime,
} from './report-by-date'

const backend = createDemoBackend()
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())
beforeEach(() => {
  backend.proxied.length = 0
  backend.simulator.knobs.reportAccess = 'granted'
})

const LEDGER = '302321'

/** Follows a date to its last page, the way the period loader does. */
async function loadDate(client: QueryClient, topic: ReportTopic, date: string) {
  const observer = new InfiniteQueryObserver(client, reportByDateOptions(LEDGER, topic, date))
  await observer.refetch()
  let result = observer.getCurrentResult()
  while (!result.isError && result.hasNextPage) result = await observer.fetchNextPage()
  return { observer, result }
}

const queryOf = (client: QueryClient, topic: ReportTopic, date: string) =>
  client.getQueryCache().find<ReportDatePage, Error, ReportDayPages>({
    queryKey: reportByDateOptions(LEDGER, topic, date).queryKey,
    exact: true,
  })!

describe('report dates as infinite queries', () => {
  it('loads a date at the maximum page size, following the cursor to the end', async () => {
    const client = new QueryClient()
    const { result } = await loadDate(client, 'fees', '2026-11-20')
    const truth = backend.simulator.report.visibleEntries(
      backend.simulator.store.merchant(LEDGER)!,
      'fees',
      '2026-11-20',
    )
    expect(result.data?.pages).toHaveLength(2)
    expect(result.data?.pages.flatMap((p) => p.items)).toHaveLength(truth.length)
    expect(backend.proxied).toHaveLength(2)
    expect(
      backend.proxied.every((p) =>
        p.startsWith('/api/report/v2/ledgers/302321/fees/dates/2026-11-20?pageSize=1000'),
      ),
    ).toBe(true)
    expect(backend.proxied[1]).toContain('cursor=')
  })

  it('never refetches a closed date, refetches an open one after a minute, and marks it provisional', async () => {
    const client = new QueryClient()
    const closed = await loadDate(client, 'funds', '2026-11-25')
    const open = await loadDate(client, 'funds', '2026-11-26')
    await loadDate(client, 'fees', '2026-11-25')
    await loadDate(client, 'fees', '2026-11-26')
    expect(reportStaleTime(queryOf(client, 'funds', '2026-11-25'))).toBe(Number.POSITIVE_INFINITY)
    expect(reportStaleTime(queryOf(client, 'funds', '2026-11-26'))).toBe(60_000)

    // An hour later, a screen showing both dates mounts: only the open one is asked again.
    for (const date of ['2026-11-25', '2026-11-26'])
      queryOf(client, 'funds', date).state.dataUpdatedAt -= 3_600_000
    const mount = (date: string) => {
      const observer = new InfiniteQueryObserver(client, {
        ...reportByDateOptions(LEDGER, 'funds', date),
        enabled: true,
      })
      const unsubscribe = observer.subscribe(() => {})
      const fetching = observer.getCurrentResult().isFetching
      unsubscribe()
      return fetching
    }
    expect(mount('2026-11-25')).toBe(false)
    expect(mount('2026-11-26')).toBe(true)

    const fees = (date: string) => client.getQueryData(reportByDateOptions(LEDGER, 'fees', date).queryKey)!
    expect(reportDateOf('2026-11-25', closed.result.data!, fees('2026-11-25')).provisional).toBe(false)
    const today = reportDateOf('2026-11-26', open.result.data!, fees('2026-11-26'))
    expect(today.provisional).toBe(true)
    expect(today.funds.length).toBe(open.result.data?.pages.flatMap((p) => p.items).length)
    expect(today.funds.every((row) => row.issues.length === 0)).toBe(true)
  })

  it.each([
    ['forbidden', 403],
    ['not-found', 404],
  ] as const)('tells keys without Report API access (%s) apart, without retrying', async (access, status) => {
    backend.simulator.knobs.reportAccess = access
    const { result } = await loadDate(new QueryClient(), 'funds', '2026-11-20')
    expect(result.isError).toBe(true)
    expect(result.error).toMatchObject({ status })
    expect(isReportAccessDenied(result.error)).toBe(true)
    expect(backend.proxied).toHaveLength(1)
  })
})
