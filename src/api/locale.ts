/**
 * The language numbers, money and dates are written in. The browser sets it when the user picks
 * a language (src/shared/i18n); the server and the simulator never do, so they write Norwegian.
 */
export type Language = 'nb' | 'en'

export const LANGUAGES: readonly Language[] = ['nb', 'en']

/** The Intl locale of each language: British English writes 1,234.50 and 22 Nov 2026. */
export const LOCALES: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' }

let current: Language = 'nb'

export const isLanguage = (value: unknown): value is Language => value === 'nb' || value === 'en'

export function setFormattingLanguage(language: Language): void {
  current = language
}

export const formattingLanguage = (): Language => current

export const currentLocale = (): string => LOCALES[current]

/** A whole number as the language writes it: 1 234 or 1,234. */
export const formatCount = (n: number): string => n.toLocaleString(LOCALES[current])

/**
 * One Intl formatter per locale and options (creating one costs far more than using it): call
 * the returned function where the text is made, so it follows the language chosen since.
 */
export function localeFormat<F>(create: (locale: string) => F): () => F {
  const made = new Map<string, F>()
  return () => {
    const locale = LOCALES[current]
    let format = made.get(locale)
    if (!format) {
      format = create(locale)
      made.set(locale, format)
    }
    return format
  }
}
