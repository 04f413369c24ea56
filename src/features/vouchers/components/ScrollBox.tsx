import type { ReactNode } from 'react'

/**
 * A wide table scrolls sideways in its own box on a narrow screen, never the page; the box can be
 * reached with the keyboard (and is named) so its hidden columns can be scrolled to.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <div className="vouchers__scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  )
}
