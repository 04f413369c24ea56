import { useVirtualizer } from '@tanstack/react-virtual'
import { type RefObject, useEffect, useMemo } from 'react'

/** Height of a closed row, px; an open row measures itself. */
export const ROW_HEIGHT = 37

/** How close to the last row (in rows) the end counts as reached. */
const END_MARGIN_ROWS = 40

/**
 * Which of `rows` are on screen in the scroll area, and the space above and below them: the
 * caller renders only `windowRows` (a few dozen of 100 000), starting at row `firstIndex`.
 */
export function useVirtualRows<Row>(
  rows: readonly Row[],
  scrollRef: RefObject<HTMLElement | null>,
  /** Called when the user scrolls near the last row (the feed loads its next page then). */
  onEndReached?: () => void,
) {
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const firstIndex = items[0]?.index ?? 0
  const lastIndex = items[items.length - 1]?.index ?? -1
  const windowRows = useMemo(() => rows.slice(firstIndex, lastIndex + 1), [rows, firstIndex, lastIndex])
  const spaceAbove = items[0]?.start ?? 0
  const spaceBelow = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0
  useEffect(() => {
    if (onEndReached && lastIndex >= rows.length - END_MARGIN_ROWS) onEndReached()
  }, [onEndReached, lastIndex, rows.length])
  return { virtualizer, items, firstIndex, windowRows, spaceAbove, spaceBelow }
}
