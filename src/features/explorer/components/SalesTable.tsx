import { type ColumnVisibilityState, type SortingState, useTable } from '@tanstack/react-table'
import { memo, useId, useMemo, useRef } from 'react'
import type { SaleRow } from '../../../api/sale-row'
import type { ColumnId, SortSpec } from '../../../shared/filters/sort-rows'
import { defineText } from '../../../shared/i18n/language'
import { useRowExpansion } from '../hooks/use-row-expansion'
import { useRowKeyboard } from '../hooks/use-row-keyboard'
import { useVirtualRows } from '../hooks/use-virtual-rows'
import { salesColumns, tableFeaturesUsed } from '../model/columns'
import { SalesTableHead } from './SalesTableHead'
import { SalesTableRow, SpacerRow } from './SalesTableRow'

const TEXT = defineText('explorer.SalesTable', {
  region: 'Transaksjoner',
  hint: 'Hver rad har en knapp for varelinjene. Piltastene flytter mellom radene, Home og End til første og siste, Enter eller mellomrom åpner, Escape lukker.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.SalesTable': typeof TEXT
  }
}

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
  const scrollRef = useRef<HTMLDivElement>(null)
  const hintId = useId()
  const { virtualizer, items, firstIndex, windowRows, spaceAbove, spaceBelow } = useVirtualRows(
    rows,
    scrollRef,
    onEndReached,
  )
  const expansion = useRowExpansion(rows, virtualizer)
  const keyboard = useRowKeyboard({
    rowCount: rows.length,
    containerRef: scrollRef,
    // Set on the scroll area itself: the virtualizer's own scrollToIndex did not move it for a jump
    // far out of the rendered rows (End), and the rows rendered for the target then vanished.
    scrollToIndex: (index) => {
      const target = virtualizer.getOffsetForIndex(index, 'auto')
      if (target && scrollRef.current) scrollRef.current.scrollTop = target[0]
    },
    isOpenAt: (index) => expansion.isOpen(rows[index]?.key ?? ''),
    toggleAt: (index) => {
      const row = rows[index]
      if (row) expansion.toggle(row.key, index)
    },
  })

  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.desc }], [sort])
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hiddenColumns.map((c) => [c, false])),
    [hiddenColumns],
  )
  // The table only ever sees the rows on screen: filtering and sorting already happened in the
  // model, so TanStack Table builds a few dozen row objects per render, not 100 000.
  const table = useTable({
    features: tableFeaturesUsed,
    columns: salesColumns,
    data: windowRows,
    getRowId: (row) => row.key,
    manualSorting: true,
    state: { sorting, columnVisibility },
  })
  const tableRows = table.getRowModel().rows
  const columnCount = table.getVisibleLeafColumns().length + 1
  const tabStop = keyboard.tabStop(firstIndex, firstIndex + windowRows.length - 1)

  return (
    <div
      role="region"
      className="table-scroll"
      ref={scrollRef}
      // Not a Tab stop (the rows' buttons are): it holds the focus while a far row is scrolled in.
      tabIndex={-1}
      onKeyDown={keyboard.onKeyDown}
      aria-label={TEXT.region}
      aria-describedby={hintId}
    >
      <p id={hintId} className="visually-hidden">
        {TEXT.hint}
      </p>
      <table className="sales-table" aria-rowcount={rows.length + 1}>
        <SalesTableHead headerGroups={table.getHeaderGroups()} onSort={onSort} />
        <SpacerRow height={spaceAbove} columnCount={columnCount} />
        {items.map((item) => {
          const row = tableRows[item.index - firstIndex]
          if (!row) return null
          const isOpen = expansion.isOpen(row.id)
          return (
            <SalesTableRow
              key={row.id}
              row={row}
              index={item.index}
              ledgerId={ledgerId}
              isOpen={isOpen}
              isActive={item.index === keyboard.activeIndex}
              isTabStop={item.index === tabStop}
              onControlFocus={keyboard.onControlFocus}
              columnCount={columnCount}
              measureRef={isOpen ? virtualizer.measureElement : undefined}
              onClick={() => {
                keyboard.setActiveIndex(item.index)
                expansion.toggle(row.id, item.index)
              }}
            />
          )
        })}
        <SpacerRow height={spaceBelow} columnCount={columnCount} />
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
