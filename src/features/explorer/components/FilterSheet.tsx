import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import type { Filters } from '../../../shared/filters/filters'
import { defineText } from '../../../shared/i18n/language'

const TEXT = defineText('explorer.FilterSheet', {
  open: (active: number) => (active > 0 ? `Filtre og periode (${active} i bruk)` : 'Filtre og periode'),
  title: 'Filtre og periode',
  done: 'Ferdig',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.FilterSheet': typeof TEXT
  }
}

/**
 * On a phone, the filters (and the period's dates) live in a sheet: a modal dialog from the
 * bottom of the screen, opened by one button that says how many filters are in use. The dialog
 * keeps the focus inside, closes on Escape or "Ferdig", and gives the focus back to its button.
 */
export function FilterSheet({ active, children }: { active: number; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const [isOpen, setOpen] = useState(false)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    const closed = () => {
      setOpen(false)
      opener.current?.focus()
    }
    element.addEventListener('close', closed)
    return () => element.removeEventListener('close', closed)
  }, [])
  return (
    <div className="filter-sheet">
      <button
        ref={opener}
        type="button"
        className="button filter-sheet__open"
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        onClick={() => {
          dialog.current?.showModal()
          setOpen(true)
        }}
      >
        {TEXT.open(active)}
      </button>
      <dialog ref={dialog} className="filter-sheet__dialog" aria-labelledby={titleId}>
        <div className="filter-sheet__head">
          <h2 id={titleId}>{TEXT.title}</h2>
          <button type="button" className="button button--primary" onClick={() => dialog.current?.close()}>
            {TEXT.done}
          </button>
        </div>
        {isOpen ? <div className="filter-sheet__body">{children}</div> : null}
      </dialog>
    </div>
  )
}

/** How many filters are in use, for the sheet's button. */
export function activeFilters(filters: Filters): number {
  return [
    filters.text.trim() !== '',
    filters.entryTypes.length > 0,
    filters.solutions.length > 0,
    filters.paymentTypes.length > 0,
    filters.categories.length > 0,
    filters.vatRates.length > 0,
    filters.minGross !== null || filters.maxGross !== null,
    filters.missing.length > 0,
  ].filter(Boolean).length
}
