import { type FocusEvent, type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react'

/** The attribute that marks a row's control (its expand button) with the row's index. */
export const ROW_CONTROL = 'data-row-control'

/**
 * Keyboard use of a list of rows: each row has one focusable control (its expand button) and the
 * list is one Tab stop (roving tabindex: the active row's control, else the first on screen). The
 * arrows, Home and End move the focus from row to row (scrolling the row into view), Enter or
 * Space on a row's control toggles it (a button's own click), Escape closes an open row. Screen
 * readers hear the focused row's control and its state (aria-expanded). Rows are addressed by
 * index, so the same keys work whatever renders the rows.
 */
export function useRowKeyboard({
  rowCount,
  containerRef,
  scrollToIndex,
  isOpenAt,
  toggleAt,
}: {
  rowCount: number
  containerRef: RefObject<HTMLElement | null>
  scrollToIndex: (index: number) => void
  isOpenAt: (index: number) => boolean
  toggleAt: (index: number) => void
}) {
  const [activeIndex, setActiveIndexState] = useState(-1)
  // The index as of the last key, ahead of the render (keys can come faster than frames).
  const current = useRef(-1)
  const focusWanted = useRef(false)
  const setActiveIndex = (index: number) => {
    current.current = index
    setActiveIndexState(index)
  }

  // After a move the active row's control takes the focus, once it is rendered (a row scrolled
  // into view renders a moment later).
  useEffect(() => {
    if (!focusWanted.current) return
    // The latest key's row, not this render's: keys can come between a render and its effect.
    const control = containerRef.current?.querySelector<HTMLElement>(`[${ROW_CONTROL}="${current.current}"]`)
    if (control) {
      focusWanted.current = false
      control.focus({ preventScroll: true })
    }
  })

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rowCount - 1, index))
    current.current = next
    // The focused row may be scrolled out and removed: the list holds the focus meanwhile (a
    // removed focused element sends the focus to the page, and Chromium then scrolled the list back).
    if (!containerRef.current?.querySelector(`[${ROW_CONTROL}="${next}"]`))
      containerRef.current?.focus({ preventScroll: true })
    scrollToIndex(next)
    // Rendered after the scroll has been seen (scroll events come before animation frames): a
    // render in between would have the virtualizer put back its last known scroll position.
    requestAnimationFrame(() => {
      setActiveIndexState(current.current)
      focusWanted.current = true
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement
    // Keys typed in a link or button inside an open row are theirs.
    if (!target.hasAttribute(ROW_CONTROL) && target !== event.currentTarget) return
    const from = current.current
    const to =
      event.key === 'ArrowDown'
        ? from + 1
        : event.key === 'ArrowUp'
          ? from - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? rowCount - 1
              : null
    if (to !== null) {
      event.preventDefault()
      moveTo(to)
      return
    }
    const active = current.current
    if (event.key === 'Escape' && active >= 0 && isOpenAt(active)) {
      event.preventDefault()
      toggleAt(active)
    }
  }

  /** A row's control was focused (Tab, a click): it is the active row. */
  const onControlFocus = (event: FocusEvent<HTMLElement>) => {
    const index = Number(event.currentTarget.getAttribute(ROW_CONTROL))
    if (Number.isInteger(index) && index !== current.current) setActiveIndex(index)
  }

  /** The row whose control is the list's Tab stop: the active one when on screen, else the first on screen. */
  const tabStop = (firstShown: number, lastShown: number) =>
    activeIndex >= firstShown && activeIndex <= lastShown ? activeIndex : firstShown

  return { activeIndex, setActiveIndex, onKeyDown, onControlFocus, tabStop }
}
