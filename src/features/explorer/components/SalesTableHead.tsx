import { FlexRender, type HeaderGroup } from '@tanstack/react-table'
import type { SaleRow } from '../../../api/sale-row'
import type { ColumnId } from '../../../shared/filters/sort-rows'
import { defineText } from '../../../shared/i18n/language'
import { COLUMN_HINTS } from '../model/column-labels'
import { NUMERIC_COLUMNS, type tableFeaturesUsed } from '../model/columns'

const TEXT = defineText('explorer.SalesTableHead', {
  showLines: 'Vis linjer',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.SalesTableHead': typeof TEXT
  }
}

/** The column headers: each is a button that sorts by its column, with the sort said as aria-sort. */
export function SalesTableHead({
  headerGroups,
  onSort,
}: {
  headerGroups: HeaderGroup<typeof tableFeaturesUsed, SaleRow>[]
  onSort: (column: ColumnId) => void
}) {
  return (
    <thead>
      {headerGroups.map((group) => (
        <tr key={group.id}>
          <th className="expand-cell" aria-label={TEXT.showLines} />
          {group.headers.map((header) => {
            const id = header.column.id as ColumnId
            const sorted = header.column.getIsSorted()
            return (
              <th
                key={header.id}
                className={NUMERIC_COLUMNS.has(id) ? 'num' : undefined}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  title={COLUMN_HINTS[id]}
                  onClick={() => onSort(id)}
                >
                  <FlexRender header={header} />
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
  )
}
