import { Link } from '@tanstack/react-router'
import { FlexRender, type Row } from '@tanstack/react-table'
import type { FocusEvent, MouseEvent, Ref } from 'react'
import { formatOsloDateTime } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import type { ColumnId } from '../../../shared/filters/sort-rows'
import { defineText } from '../../../shared/i18n/language'
import { links } from '../../../shared/links'
import { OrderLines } from '../../../shared/ui/OrderLines'
import { ROW_CONTROL } from '../hooks/use-row-keyboard'
import { NUMERIC_COLUMNS, type tableFeaturesUsed } from '../model/columns'

const TEXT = defineText('explorer.SalesTableRow', {
  control: (reference: string, time: string) => `Varelinjer for ${reference}, ${time}`,
  openOrder: (reference: string) => `Åpne ordren «${reference}» med alle refusjoner →`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.SalesTableRow': typeof TEXT
  }
}

/**
 * One transaction of the table, in its own tbody: the row, and under it, when open, its order
 * lines and a link to the whole order. `index` is the row's place in the whole list.
 */
export function SalesTableRow({
  row,
  index,
  ledgerId,
  isOpen,
  isActive,
  isTabStop,
  onControlFocus,
  columnCount,
  measureRef,
  onClick,
}: {
  row: Row<typeof tableFeaturesUsed, SaleRow>
  index: number
  ledgerId: string
  isOpen: boolean
  isActive: boolean
  /** This row's button is the table's one Tab stop (roving tabindex). */
  isTabStop: boolean
  onControlFocus: (event: FocusEvent<HTMLElement>) => void
  /** Columns on screen, the expand cell included. */
  columnCount: number
  /** Measures the open row's height (closed rows have the fixed height). */
  measureRef?: Ref<HTMLTableSectionElement>
  onClick: () => void
}) {
  const sale = row.original
  return (
    <tbody data-index={index} ref={measureRef}>
      <tr
        className={`${sale.isRefund ? 'row--refund' : ''}${isActive ? ' row--active' : ''}`}
        aria-rowindex={index + 2}
        data-testid="sales-row"
        onClick={onClick}
      >
        <td className="expand-cell">
          <button
            type="button"
            className="row-toggle"
            aria-expanded={isOpen}
            aria-label={TEXT.control(sale.reference, formatOsloDateTime(sale.timeMs))}
            tabIndex={isTabStop ? 0 : -1}
            {...{ [ROW_CONTROL]: index }}
            onFocus={onControlFocus}
            onClick={(event: MouseEvent) => {
              // The row's own click toggles it too: once is enough.
              event.stopPropagation()
              onClick()
            }}
          >
            <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
          </button>
        </td>
        {row.getVisibleCells().map((cell) => (
          <td
            key={cell.id}
            className={NUMERIC_COLUMNS.has(cell.column.id as ColumnId) ? 'num' : undefined}
            data-column={cell.column.id}
          >
            <FlexRender cell={cell} />
          </td>
        ))}
      </tr>
      {isOpen ? (
        <tr className="row-detail">
          <td colSpan={columnCount}>
            <OrderLines row={sale} />
            <Link
              className="button button--small"
              {...links.order(ledgerId, sale.reference, sale.pspReference)}
            >
              {TEXT.openOrder(sale.reference)}
            </Link>
          </td>
        </tr>
      ) : null}
    </tbody>
  )
}

/** The height of the rows not rendered, above or below those on screen, so the scrollbar is true. */
export function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  if (height <= 0) return null
  return (
    <tbody>
      <tr>
        <td colSpan={columnCount} style={{ height, padding: 0, border: 0 }} />
      </tr>
    </tbody>
  )
}
