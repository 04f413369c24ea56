import { useSyncExternalStore } from 'react'
import { isLanguage, type Language, setFormattingLanguage } from '../../api/locale'
import type { English, Messages } from './messages'

/** Where the choice is kept: localStorage for the app, and a cookie the server's login page reads. */
export const LANGUAGE_COOKIE = 'salgsoversikt_lang'
const STORAGE_KEY = 'salgsoversikt.language'

let language: Language = 'nb'
let english: English | null = null
const listeners = new Set<() => void>()

const NORWEGIAN = Symbol('the Norwegian texts')

/** The Norwegian texts behind defineText, whatever the page's language: for files with a fixed format. */
export const norwegian = <T extends object>(texts: T): T =>
  ((texts as Record<symbol, unknown>)[NORWEGIAN] as T | undefined) ?? texts

/**
 * A component's texts in the chosen language. Norwegian is given here and bundled with the
 * component; English comes from the lazily loaded dictionary (./en). Each read looks up the
 * current language, so texts used outside React (column titles, CSV headers) follow it too.
 */
export function defineText<T extends object>(namespace: keyof Messages, norwegian: T): T {
  return new Proxy(norwegian, {
    get(target, key, receiver) {
      if (key === NORWEGIAN) return target
      if (language === 'en' && english) {
        const translated = (english as unknown as Record<string, Record<PropertyKey, unknown>>)[namespace]
        if (translated && key in translated) return translated[key]
      }
      return Reflect.get(target, key, receiver)
    },
  })
}

/** The text of the current language, where a component has its own two variants. */
export const inLanguage = <T>(variants: Record<Language, T>): T => variants[language]

export const currentLanguage = (): Language => language

function storedLanguage(): Language {
  const cookie = /(?:^|;\s*)salgsoversikt_lang=(\w+)/.exec(document.cookie)?.[1]
  if (isLanguage(cookie)) return cookie
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (isLanguage(stored)) return stored
  } catch {
    // Storage may be switched off; Norwegian then.
  }
  return 'nb'
}

function remember(choice: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, choice)
  } catch {
    // Not remembered in storage; the cookie still is.
  }
  // The Cookie Store API is not in every browser yet; a plain cookie the login page can read.
  // biome-ignore lint/suspicious/noDocumentCookie: see above
  document.cookie = `${LANGUAGE_COOKIE}=${choice}; Path=/; Max-Age=31536000; SameSite=Lax`
}

async function apply(choice: Language) {
  if (choice === 'en' && !english) english = (await import('./en')).en
  language = choice
  setFormattingLanguage(choice)
  document.documentElement.lang = choice
  for (const listener of listeners) listener()
}

/** At start: the remembered language, English fetched before the first render when chosen. */
export function startLanguage(): Promise<void> {
  const choice = storedLanguage()
  return choice === 'nb' ? Promise.resolve() : apply(choice).catch(() => apply('nb'))
}

/** The user's choice: remembered, and the app shown in it (English is fetched first). */
export async function chooseLanguage(choice: Language): Promise<void> {
  remember(choice)
  await apply(choice)
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const useLanguage = (): Language => useSyncExternalStore(subscribe, currentLanguage, currentLanguage)
