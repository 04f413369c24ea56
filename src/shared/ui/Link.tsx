import type { ReactNode } from 'react'
import { navigate } from '../router'

/** A link inside the app: a real href (copyable, openable), followed without a page load. */
export function Link({
  href,
  className,
  children,
}: {
  href: string
  className?: string
  children: ReactNode
}) {
  return (
    <a
      className={className}
      href={href}
      onClick={(event) => {
        event.preventDefault()
        navigate(href)
      }}
    >
      {children}
    </a>
  )
}
