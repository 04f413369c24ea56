import type { ReportTopic } from '../../../api/endpoints'
import {
  type FeesRow,
  type FundsRow,
  type ReportRow,
  toFeesRows,
  toFundsRows,
} from '../../../api/report-entry'
import type { ReportDatePage } from '../../../api/report-schemas'
import { memoByPages } from '../../../shared/period/page-rows'

/** One ledger date of the Report API as the model reads it: both topics, and whether it is final. */
export interface ReportDate {
  date: string
  funds: readonly FundsRow[]
  fees: readonly FeesRow[]
  /**
   * More entries may still come: a topic said `tryLater: true`, or did not say (read as "not known
   * to be closed"). Its figures are shown as provisional, never as final.
   */
  provisional: boolean
}

const isOpen = (pages: readonly ReportDatePage[]) => pages.length === 0 || pages.at(-1)?.tryLater !== false

/** Rows of consecutive pages, in order; an entry repeated across pages counts once. */
function pageRows<R extends ReportRow>(
  pages: readonly ReportDatePage[],
  toRows: (page: ReportDatePage) => R[],
) {
  const seen = new Set<string>()
  const rows: R[] = []
  let repeated = 0
  for (const page of pages) {
    for (const row of toRows(page)) {
      if (seen.has(row.key)) {
        repeated++
        continue
      }
      seen.add(row.key)
      rows.push(row)
    }
  }
  return { rows, repeated }
}

/** A date's funds rows, read once per pages array (the period loader asks at every progress step). */
export const fundsRowsOfPages = memoByPages((pages: readonly ReportDatePage[], date) =>
  pageRows(pages, (page) => toFundsRows(page.items, date)),
)

export const feesRowsOfPages = memoByPages((pages: readonly ReportDatePage[], date) =>
  pageRows(pages, (page) => toFeesRows(page.items, date)),
)

export function reportRowsOfPages(topic: ReportTopic, pages: readonly ReportDatePage[], date: string) {
  return topic === 'funds' ? fundsRowsOfPages(pages, date) : feesRowsOfPages(pages, date)
}

/** A ledger date from the pages of its two infinite queries (see api/report-by-date.ts). */
export function reportDateFromPages(
  date: string,
  fundsPages: readonly ReportDatePage[],
  feesPages: readonly ReportDatePage[],
): ReportDate {
  return {
    date,
    funds: fundsRowsOfPages(fundsPages, date).rows,
    fees: feesRowsOfPages(feesPages, date).rows,
    provisional: isOpen(fundsPages) || isOpen(feesPages),
  }
}
