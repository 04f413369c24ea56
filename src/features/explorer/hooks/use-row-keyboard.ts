import { type KeyboardEvent, useState } from 'react'

/**
 * Keyboard use of a list of rows that is one tab stop: the arrows move the active row (and scroll
 * it into view), Enter toggles it, Escape closes it when open. Rows are addressed by index, so
 * the same keys work whatever renders the rows.
 */
export function useRowKeyboard({
  rowCount,
  scrollToIndex,
  isOpenAt,
  toggleAt,
}: {
  rowCount: number
  scrollToIndex: (index: number) => void
  isOpenAt: (index: number) => boolean
  toggleAt: (index: number) => void
}) {
  const [activeIndex, setActiveIndex] = useState(-1)

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys typed in a link or button inside an open row are theirs.
    if (event.target !== event.currentTarget) return
    const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (move !== 0) {
      event.preventDefault()
      const next = Math.max(0, Math.min(rowCount - 1, activeIndex + move))
      setActiveIndex(next)
      scrollToIndex(next)
      return
    }
    if (activeIndex < 0 || activeIndex >= rowCount) return
    if (event.key === 'Enter' || (event.key === 'Escape' && isOpenAt(activeIndex))) {
      event.preventDefault()
      toggleAt(activeIndex)
    }
  }
  return { activeIndex, setActiveIndex, onKeyDown }
}
