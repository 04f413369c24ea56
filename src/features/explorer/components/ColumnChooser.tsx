import { type ColumnId, SORTABLE_COLUMNS } from '../../../shared/filters/sort-rows'
import { defineText } from '../../../shared/i18n/language'
import { useDismissableDetails } from '../../../shared/ui/MultiSelect'
import { COLUMN_LABELS } from '../model/column-labels'

const TEXT = defineText('explorer.ColumnChooser', {
  count: (count: number) => `${count} vist`,

  shown: (count: number) => `Kolonner: ${count} vist`,
  columns: 'Kolonner',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.ColumnChooser': typeof TEXT
  }
}

export function ColumnChooser({
  hidden,
  onChange,
}: {
  hidden: ColumnId[]
  onChange: (hidden: ColumnId[]) => void
}) {
  const ref = useDismissableDetails()
  return (
    <details className="multiselect multiselect--right column-chooser" ref={ref}>
      <summary
        className="multiselect__summary"
        aria-label={TEXT.shown(SORTABLE_COLUMNS.length - hidden.length)}
      >
        <span className="field__label">{TEXT.columns}</span>
        <span className="multiselect__value">{TEXT.count(SORTABLE_COLUMNS.length - hidden.length)}</span>
      </summary>
      <div className="multiselect__menu" role="group" aria-label="Synlige kolonner">
        {SORTABLE_COLUMNS.map((column) => (
          <label key={column} className="multiselect__option">
            <input
              type="checkbox"
              checked={!hidden.includes(column)}
              onChange={(e) =>
                onChange(e.target.checked ? hidden.filter((c) => c !== column) : [...hidden, column])
              }
            />
            <span className="multiselect__label">{COLUMN_LABELS[column]}</span>
          </label>
        ))}
      </div>
    </details>
  )
}
