import type { Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useState } from 'react'
import { ROW_HEIGHT } from './use-virtual-rows'

/**
 * Which rows are open (by row key), kept across filtering and sorting. Only open rows are
 * measured (measuring every row forces a layout per row on each render); a row that closes goes
 * back to the fixed height.
 */
export function useRowExpansion(
  rows: readonly { key: string }[],
  virtualizer: Pick<Virtualizer<HTMLElement, Element>, 'measure' | 'resizeItem'>,
) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  // Sizes are cached by index (keys would cost a pass over every row whenever the rows change);
  // when the rows change, cached sizes are dropped and open rows measure themselves again.
  const hasExpanded = expanded.size > 0
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset exactly when the rows change
  useEffect(() => {
    if (hasExpanded) virtualizer.measure()
  }, [rows])

  const isOpen = (key: string) => expanded.has(key)
  const toggle = (key: string, index: number) => {
    if (expanded.has(key)) virtualizer.resizeItem(index, ROW_HEIGHT)
    setExpanded((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  }
  return { isOpen, toggle }
}
