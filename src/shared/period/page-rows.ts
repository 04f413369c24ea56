import { type SaleRow, toSaleRows } from '../../api/sale-row'
import type { SalesPage } from '../../api/schemas'

const rowsByPage = new WeakMap<SalesPage, SaleRow[]>()
const rowsByPages = new WeakMap<readonly SalesPage[], SaleRow[]>()

/** A page's rows, normalised once per page object. */
export function rowsOfPage(page: SalesPage): SaleRow[] {
  let rows = rowsByPage.get(page)
  if (!rows) {
    rows = toSaleRows(page.items)
    rowsByPage.set(page, rows)
  }
  return rows
}

/** Rows of consecutive pages, once per pages array; an event repeated across pages counts once. */
export function rowsOfPages(pages: readonly SalesPage[]): SaleRow[] {
  let rows = rowsByPages.get(pages)
  if (!rows) {
    const seen = new Set<string>()
    rows = []
    for (const page of pages) {
      for (const row of rowsOfPage(page)) {
        if (seen.has(row.key)) continue
        seen.add(row.key)
        rows.push(row)
      }
    }
    rowsByPages.set(pages, rows)
  }
  return rows
}
