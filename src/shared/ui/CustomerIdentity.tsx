import { useState } from 'react'
import type { Customer } from '../../api/schemas'

function mask(text: string): string {
  if (text.length <= 2) return '••'
  return `${text.slice(0, 1)}${'•'.repeat(Math.min(8, text.length - 2))}${text.slice(-1)}`
}

/** Personal data stays masked until the user asks to see it. */
export function CustomerIdentity({ customer }: { customer: Customer | null }) {
  const [shown, setShown] = useState(false)
  if (!customer) return <span className="muted">Ikke oppgitt</span>
  const parts = [customer.name, customer.email, customer.phone].filter((p): p is string => Boolean(p))
  return (
    <span className="customer">
      <span className="customer__text">{parts.map((p) => (shown ? p : mask(p))).join(' · ')}</span>{' '}
      <button type="button" className="link-button" onClick={() => setShown(!shown)} aria-pressed={shown}>
        {shown ? 'Skjul personopplysninger' : 'Vis personopplysninger'}
      </button>
    </span>
  )
}
