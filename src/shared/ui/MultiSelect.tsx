import { useEffect, useRef } from 'react'
import { currentLocale } from '../../api/locale'
import { defineText } from '../i18n/language'

const TEXT = defineText('ui.MultiSelect', {
  all: 'Alle',
  chosen: (count: number) => `${count} valgt`,
  none: 'Ingen verdier i perioden',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.MultiSelect': typeof TEXT
  }
}

/**
 * Closes an open <details> dropdown on a click outside it or on Escape; Escape from inside it
 * puts the focus back on its button (the summary), not on the page.
 */
export function useDismissableDetails() {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    const close = (event: Event) => {
      const details = ref.current
      if (!details?.open) return
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return
        const focusInside = details.contains(document.activeElement)
        details.open = false
        if (focusInside) details.querySelector('summary')?.focus()
      } else if (!details.contains(event.target as Node)) {
        details.open = false
      }
    }
    document.addEventListener('pointerdown', close)
    document.addEventListener('keydown', close)
    return () => {
      document.removeEventListener('pointerdown', close)
      document.removeEventListener('keydown', close)
    }
  }, [])
  return ref
}

export interface MultiSelectOption<T> {
  value: T
  label: string
  count?: number
}

/** A dropdown of checkboxes; the summary says how many are chosen. */
export function MultiSelect<T extends string | number>({
  label,
  options,
  selected,
  onChange,
}: {
  label: string
  options: MultiSelectOption<T>[]
  selected: T[]
  onChange: (values: T[]) => void
}) {
  const ref = useDismissableDetails()
  const chosen = new Set(selected)
  const summary =
    selected.length === 0
      ? TEXT.all
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? String(selected[0]))
        : TEXT.chosen(selected.length)
  return (
    <details className="multiselect" ref={ref}>
      <summary
        className="multiselect__summary"
        data-active={selected.length > 0}
        aria-label={`${label}: ${summary}`}
      >
        <span className="field__label">{label}</span>
        <span className="multiselect__value">{summary}</span>
      </summary>
      <div className="multiselect__menu" role="group" aria-label={label}>
        {options.length === 0 ? <p className="muted">{TEXT.none}</p> : null}
        {options.map((option) => (
          <label key={String(option.value)} className="multiselect__option">
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((v) => v !== option.value),
                )
              }
            />
            <span className="multiselect__label">{option.label}</span>
            {option.count !== undefined ? (
              <span className="multiselect__count">{option.count.toLocaleString(currentLocale())}</span>
            ) : null}
          </label>
        ))}
        {selected.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Fjern valg
          </button>
        ) : null}
      </div>
    </details>
  )
}
