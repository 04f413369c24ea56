import { Link } from '@tanstack/react-router'
import { type ColumnVisibilityState, type SortingState, useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react'
import type { SaleRow } from '../../../api/sale-row'
import type { ColumnId, SortSpec } from '../../../shared/filters/sort-rows'
import { links } from '../../../shared/links'
import { OrderLines } from '../../../shared/ui/OrderLines'
import { NUMERIC_COLUMNS, salesColumns, tableFeaturesUsed } from '../model/columns'

const ROW_HEIGHT = 37

/**
 * The transactions table: rows arrive filtered and sorted by the explorer's model, TanStack
 * Table supplies columns, visibility and sort state, and only the visible rows are rendered.
 * A row expands to its order lines (click, or Enter on the active row; arrows move, Escape closes).
 */
function SalesTableView({
  rows,
  sort,
  hiddenColumns,
  onSort,
  onEndReached,
  ledgerId,
}: {
  rows: SaleRow[]
  sort: SortSpec
  hiddenColumns: ColumnId[]
  onSort: (column: ColumnId) => void
  /** Called when the user scrolls near the last row (the feed loads its next page then). */
  onEndReached?: () => void
  ledgerId: string
}) {
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.desc }], [sort])
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hiddenColumns.map((c) => [c, false])),
    [hiddenColumns],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const [activeIndex, setActiveIndex] = useState(-1)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  // Sizes are cached by index (keys would cost a pass over every row whenever the rows change);
  // when the rows change, cached sizes are dropped and open rows measure themselves again.
  const hasExpanded = expanded.size > 0
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset exactly when the rows change
  useEffect(() => {
    if (hasExpanded) virtualizer.measure()
  }, [rows])
  const items = virtualizer.getVirtualItems()
  const firstIndex = items[0]?.index ?? 0
  const lastIndex = items[items.length - 1]?.index ?? -1
  // The table only ever sees the rows on screen: filtering and sorting already happened in the
  // model, so TanStack Table builds a few dozen row objects per render, not 100 000.
  const windowRows = useMemo(() => rows.slice(firstIndex, lastIndex + 1), [rows, firstIndex, lastIndex])
  const table = useTable({
    features: tableFeaturesUsed,
    columns: salesColumns,
    data: windowRows,
    getRowId: (row) => row.key,
    manualSorting: true,
    state: { sorting, columnVisibility },
  })
  const tableRows = table.getRowModel().rows
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0
  const visibleColumns = table.getVisibleLeafColumns().length
  useEffect(() => {
    if (onEndReached && lastIndex >= rows.length - 40) onEndReached()
  }, [onEndReached, lastIndex, rows.length])

  // Only expanded rows are measured (measuring every row forces a layout per row on each render);
  // a row that closes goes back to the fixed height.
  const toggle = (key: string, index: number) => {
    if (expanded.has(key)) virtualizer.resizeItem(index, ROW_HEIGHT)
    setExpanded((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return
    const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (move !== 0) {
      event.preventDefault()
      const next = Math.max(0, Math.min(rows.length - 1, activeIndex + move))
      setActiveIndex(next)
      virtualizer.scrollToIndex(next, { align: 'auto' })
      return
    }
    const active = rows[activeIndex]
    if (!active) return
    if (event.key === 'Enter') {
      event.preventDefault()
      toggle(active.key, activeIndex)
    } else if (event.key === 'Escape' && expanded.has(active.key)) {
      event.preventDefault()
      toggle(active.key, activeIndex)
    }
  }

  return (
    <div
      role="region"
      className="table-scroll"
      ref={scrollRef}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll area is one keyboard stop; arrows move through rows
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label="Transaksjoner. Piltaster flytter, Enter viser varelinjer, Escape lukker."
    >
      <table className="sales-table" aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th className="expand-cell" aria-label="Vis linjer" />
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
        {paddingTop > 0 ? (
          <tbody>
            <tr>
              <td colSpan={visibleColumns + 1} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          </tbody>
        ) : null}
        {items.map((item) => {
          const row = tableRows[item.index - firstIndex]
          if (!row) return null
          const isOpen = expanded.has(row.id)
          return (
            <tbody key={row.id} data-index={item.index} ref={isOpen ? virtualizer.measureElement : undefined}>
              <tr
                className={`${row.original.isRefund ? 'row--refund' : ''}${item.index === activeIndex ? ' row--active' : ''}`}
                aria-rowindex={item.index + 2}
                aria-expanded={isOpen}
                data-testid="sales-row"
                onClick={() => {
                  setActiveIndex(item.index)
                  toggle(row.id, item.index)
                }}
              >
                <td className="expand-cell">
                  <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                </td>
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
              {isOpen ? (
                <tr className="row-detail">
                  <td colSpan={visibleColumns + 1}>
                    <OrderLines row={row.original} />
                    <Link
                      className="button button--small"
                      {...links.order(ledgerId, row.original.reference, row.original.pspReference)}
                    >
                      Åpne ordren «{row.original.reference}» med alle refusjoner →
                    </Link>
                  </td>
                </tr>
              ) : null}
            </tbody>
          )
        })}
        {paddingBottom > 0 ? (
          <tbody>
            <tr>
              <td colSpan={visibleColumns + 1} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          </tbody>
        ) : null}
      </table>
    </div>
  )
}

/**
 * Re-renders only when what it shows changes: the view state's parts are structurally shared
 * (src/shared/view-state.ts), so a keystroke's urgent render (the input) skips the table, which
 * then renders once with the newly filtered rows.
 */
export const SalesTable = memo(SalesTableView)
