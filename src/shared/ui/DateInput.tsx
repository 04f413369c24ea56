import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { defineText } from '../../shared/i18n/language'
import { formatDateText, maskDateText, parseDateText } from '../dates/date-text'

const TEXT = defineText('ui.DateInput', {
  placeholder: 'dd.mm.åååå',
  invalid: 'Skriv datoen som dd.mm.åååå, for eksempel 22.11.2026.',
  afterMax: (max: string) => `Velg en dato til og med ${max}.`,
  beforeMin: (min: string) => `Velg en dato fra og med ${min}.`,
  calendar: (label: string) => `${label}: velg i kalender`,
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'ui.DateInput': typeof TEXT
  }
}

const canShowPicker = typeof HTMLInputElement !== 'undefined' && 'showPicker' in HTMLInputElement.prototype

/**
 * A date typed as dd.mm.åååå whatever the browser's language, taken only when it is complete:
 * on Enter or when the field is left. While the user types, nothing else changes. A calendar
 * button opens the browser's own date picker for those who would rather pick.
 */
export function DateInput({
  label,
  value,
  min,
  max,
  onCommit,
  className,
}: {
  label: string
  /** The committed date, YYYY-MM-DD. */
  value: string
  min?: string
  max?: string
  onCommit: (date: string) => void
  className?: string
}) {
  const shown = formatDateText(value)
  const [text, setText] = useState(shown)
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  const picker = useRef<HTMLInputElement>(null)

  // A date set elsewhere (a preset, Back, the calendar) replaces whatever was typed.
  useEffect(() => {
    setText(shown)
    setError(null)
  }, [shown])

  const accept = (date: string) => {
    if (max && date > max) return setError(TEXT.afterMax(formatDateText(max)))
    if (min && date < min) return setError(TEXT.beforeMin(formatDateText(min)))
    setError(null)
    setText(formatDateText(date))
    if (date !== value) onCommit(date)
  }
  const commit = () => {
    if (text.trim() === shown) return setError(null)
    const date = parseDateText(text)
    if (!date) return setError(TEXT.invalid)
    accept(date)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape' && text !== shown) {
      event.preventDefault()
      setText(shown)
      setError(null)
    }
  }

  return (
    <div className={`date-field ${className ?? ''}`}>
      <label className="field field--inline">
        <span className="field__label">{label}</span>
        <input
          type="text"
          className="input date-field__input"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={10}
          placeholder={TEXT.placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={text}
          onChange={(event) => {
            setText(maskDateText(event.target.value))
            if (error) setError(null)
          }}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      </label>
      {canShowPicker ? (
        <span className="date-field__calendar">
          <button
            type="button"
            className="button button--icon"
            aria-label={TEXT.calendar(label)}
            title={TEXT.calendar(label)}
            onClick={() => picker.current?.showPicker()}
          >
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
              <rect
                x="2.5"
                y="4"
                width="15"
                height="13.5"
                rx="2"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
              />
              <path d="M2.5 8h15M6.5 2v4M13.5 2v4" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </button>
          <input
            ref={picker}
            type="date"
            className="date-field__native"
            tabIndex={-1}
            aria-hidden="true"
            value={value}
            min={min}
            max={max}
            onChange={(event) => {
              const date = event.target.value
              if (date) accept(date)
            }}
          />
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error date-field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  )
}
