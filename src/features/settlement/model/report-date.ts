import { type FeesRow, type FundsRow, toFeesRows, toFundsRows } from '../../../api/report-entry'
import type { ReportDatePage } from '../../../api/report-schemas'

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

const fundsByPages = new WeakMap<readonly ReportDatePage[], FundsRow[]>()
const feesByPages = new WeakMap<readonly ReportDatePage[], FeesRow[]>()

/** Rows of consecutive pages, normalised once per pages array; an entry repeated across pages counts once. */
function rowsOf<R extends { key: string }>(
  cache: WeakMap<readonly ReportDatePage[], R[]>,
  pages: readonly ReportDatePage[],
  toRows: (page: ReportDatePage) => R[],
): R[] {
  let rows = cache.get(pages)
  if (!rows) {
    const seen = new Set<string>()
    rows = []
    for (const page of pages) {
      for (const row of toRows(page)) {
        if (seen.has(row.key)) continue
        seen.add(row.key)
        rows.push(row)
      }
    }
    cache.set(pages, rows)
  }
  return rows
}

/** A ledger date from the pages of its two infinite queries (see api/report-by-date.ts). */
export function reportDateFromPages(
  date: string,
  fundsPages: readonly ReportDatePage[],
  feesPages: readonly ReportDatePage[],
): ReportDate {
  return {
    date,
    funds: rowsOf(fundsByPages, fundsPages, (page) => toFundsRows(page.items, date)),
    fees: rowsOf(feesByPages, feesPages, (page) => toFeesRows(page.items, date)),
    provisional: isOpen(fundsPages) || isOpen(feesPages),
  }
}
