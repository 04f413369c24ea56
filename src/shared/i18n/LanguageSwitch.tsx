import { type ChangeEvent, Fragment, type ReactNode, useEffect, useRef } from 'react'
import { isLanguage } from '../../api/locale'
import { chooseLanguage, defineText, useLanguage } from './language'

const TEXT = defineText('i18n.switch', { label: 'Språk', failed: 'Engelsk kunne ikke lastes. Prøv igjen.' })
declare module './messages' {
  interface Messages {
    'i18n.switch': typeof TEXT
  }
}

// The switch is remounted with the whole app in the new language; it takes the focus back.
let focusAfterSwitch = false

/** A plain select: reachable by Tab, named, and each language named in its own language. */
export function LanguageSwitch() {
  const language = useLanguage()
  const select = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (!focusAfterSwitch) return
    focusAfterSwitch = false
    select.current?.focus()
  }, [])
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    const choice = event.target.value
    if (!isLanguage(choice)) return
    focusAfterSwitch = true
    chooseLanguage(choice).catch(() => {
      focusAfterSwitch = false
      event.target.value = language
      window.alert(TEXT.failed)
    })
  }
  return (
    <label className="language-switch">
      <span className="visually-hidden">{TEXT.label}</span>
      <select ref={select} value={language} onChange={change} className="language-switch__select">
        <option value="nb" lang="nb">
          Norsk
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  )
}

/** Renders the app anew when the language changes, so every text, number and date follows it. */
export function LanguageRoot({ children }: { children: ReactNode }) {
  const language = useLanguage()
  return <Fragment key={language}>{children}</Fragment>
}
