import { type ColumnVisibilityState, type SortingState, useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef } from 'react'
import type { SaleRow } from '../../../api/sale-row'
import type { ColumnId, SortSpec } from '../../../shared/filters/sort-rows'
import { NUMERIC_COLUMNS, salesColumns, tableFeaturesUsed } from '../model/columns'

const ROW_HEIGHT = 37

/**
 * The transactions table: rows arrive filtered and sorted by the explorer's model, TanStack
 * Table supplies columns, visibility and sort state, and only the visible rows are rendered.
 */
export function SalesTable({
  rows,
  sort,
  hiddenColumns,
  onSort,
  onEndReached,
}: {
  rows: SaleRow[]
  sort: SortSpec
  hiddenColumns: ColumnId[]
  onSort: (column: ColumnId) => void
  /** Called when the user scrolls near the last row (the feed loads its next page then). */
  onEndReached?: () => void
}) {
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.desc }], [sort])
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hiddenColumns.map((c) => [c, false])),
    [hiddenColumns],
  )
  const table = useTable({
    features: tableFeaturesUsed,
    columns: salesColumns,
    data: rows,
    getRowId: (row) => row.key,
    manualSorting: true,
    state: { sorting, columnVisibility },
  })
  const tableRows = table.getRowModel().rows
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0
  const visibleColumns = table.getVisibleLeafColumns().length
  const lastIndex = items[items.length - 1]?.index ?? -1
  useEffect(() => {
    if (onEndReached && lastIndex >= tableRows.length - 40) onEndReached()
  }, [onEndReached, lastIndex, tableRows.length])

  return (
    <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
      <table className="sales-table" aria-rowcount={tableRows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id as ColumnId
                const sorted = header.column.getIsSorted()
                return (
                  <th
                    key={header.id}
                    className={NUMERIC_COLUMNS.has(id) ? 'num' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={() => onSort(id)}>
                      <table.FlexRender header={header} />
                      <span className="sort-indicator" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr>
              <td colSpan={visibleColumns} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = tableRows[item.index]
            if (!row) return null
            return (
              <tr
                key={row.id}
                className={row.original.isRefund ? 'row--refund' : undefined}
                aria-rowindex={item.index + 2}
                data-testid="sales-row"
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={NUMERIC_COLUMNS.has(cell.column.id as ColumnId) ? 'num' : undefined}
                    data-column={cell.column.id}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            )
          })}
          {paddingBottom > 0 ? (
            <tr>
              <td colSpan={visibleColumns} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
