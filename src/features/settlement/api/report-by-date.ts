import { type InfiniteData, infiniteQueryOptions, type Query } from '@tanstack/react-query'
import { type ReportTopic, reportPaths } from '../../../api/endpoints'
import { FIRST_PAGE, type PageParam } from '../../../api/paging-guard'
import type { ReportRow } from '../../../api/report-entry'
import { type ReportDatePage, ReportDatePageSchema } from '../../../api/report-schemas'
import { ApiError } from '../../../shared/api/client'
import type { DateSource } from '../../../shared/period/period-loader'
import { fetchMaxPage, nextPage } from '../../../shared/period/sales-pages'
import { type ReportDate, reportDateFromPages, reportRowsOfPages } from '../model/report-date'

export type ReportDayPages = InfiniteData<ReportDatePage>

/** One page of a topic's ledger date, at the maximum page size, through the same paging guards as sales. */
export function fetchReportPage(
  ledgerId: string,
  topic: ReportTopic,
  date: string,
  param: PageParam,
  signal?: AbortSignal,
) {
  return fetchMaxPage(
    reportPaths.date(ledgerId, topic, date),
    ReportDatePageSchema,
    param,
    `${topic} page`,
    signal,
  )
}

export const reportByDateKey = (ledgerId: string, topic: ReportTopic, date: string) =>
  ['report', ledgerId, topic, 'date', date] as const

/** An open date is asked again after this long; a closed one never. */
export const OPEN_DATE_STALE_MS = 60_000

/** Closed: the last page said `tryLater: false` (a page without tryLater is not known to be closed). */
export const isClosed = (data: ReportDayPages | undefined) => data?.pages.at(-1)?.tryLater === false

export const reportStaleTime = (query: Pick<Query<ReportDatePage, Error, ReportDayPages>, 'state'>) =>
  isClosed(query.state.data) ? Number.POSITIVE_INFINITY : OPEN_DATE_STALE_MS

/**
 * One topic of one ledger date as an infinite query, like salesByDateOptions: pages of the maximum
 * size followed by cursor, one cache entry per date, retries in apiGet. Unlike sales, whether a date
 * can change is told by the API (`tryLater`), so closed dates are never refetched and open ones are
 * refetched after a minute, whatever their age.
 */
export function reportByDateOptions(ledgerId: string, topic: ReportTopic, date: string) {
  return infiniteQueryOptions({
    queryKey: reportByDateKey(ledgerId, topic, date),
    queryFn: ({ pageParam, signal }) => fetchReportPage(ledgerId, topic, date, pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPage,
    staleTime: reportStaleTime,
    gcTime: 30 * 60_000,
    retry: false,
    enabled: false,
  })
}

/** One topic of a ledger as a period loader's source: each date's query, its rows read once per pages. */
export function reportDateSource(
  ledgerId: string,
  topic: ReportTopic,
): DateSource<ReportDatePage, ReportRow> {
  return {
    options: (date) => reportByDateOptions(ledgerId, topic, date),
    rowsOf: (pages, date) => reportRowsOfPages(topic, pages, date),
  }
}

/** A ledger date for the model, from its two topics' loaded pages. */
export function reportDateOf(date: string, funds: ReportDayPages, fees: ReportDayPages): ReportDate {
  return reportDateFromPages(date, funds.pages, fees.pages)
}

/**
 * Keys that may not read funds and fees get 403 or 404 on the report paths: the settlement views
 * then explain that and hide, and the sales views go on as before.
 */
export const isReportAccessDenied = (error: unknown) =>
  error instanceof ApiError && (error.status === 403 || error.status === 404)
