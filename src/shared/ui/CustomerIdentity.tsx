import { createContext, useContext, useState } from 'react'
import type { Customer } from '../../api/schemas'
import { defineText } from '../i18n/language'

const TEXT = defineText('ui.CustomerIdentity', {
  hide: 'Skjul personopplysninger',
  show: 'Vis personopplysninger',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.CustomerIdentity': typeof TEXT
  }
}

export function mask(text: string): string {
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
        {shown ? TEXT.hide : TEXT.show}
      </button>
    </span>
  )
}

/** Whether the explorer shows customers' personal data unmasked (off until the user turns it on). */
export const ShowPersonalData = createContext(false)

/** A customer field in a table cell: masked unless personal data is shown. */
export function MaskedText({ text }: { text: string }) {
  const shown = useContext(ShowPersonalData)
  if (!text) return null
  return <span title={shown ? text : 'Skjult personopplysning'}>{shown ? text : mask(text)}</span>
}
