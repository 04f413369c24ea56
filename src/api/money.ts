/**
 * The one place money is turned into text. Amounts are integer minor units (øre) everywhere;
 * only this module divides by 100, and only to print.
 */

import { currentLocale, formattingLanguage, type Language, LOCALES } from './locale'

interface CurrencyFormat {
  formatter: Intl.NumberFormat
  /** Minor units per major unit, as a power of ten (2 for NOK, DKK, EUR, SEK). */
  digits: number
  /** False for a currency code Intl does not know: the code is then written after the number. */
  known: boolean
}

// Creating an Intl.NumberFormat costs far more than formatting with one: one per locale and currency.
const formats = new Map<string, CurrencyFormat>()

function currencyFormat(currency: string, locale: string): CurrencyFormat {
  const key = `${locale}|${currency}`
  let format = formats.get(key)
  if (!format) {
    try {
      const formatter = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      })
      format = { formatter, digits: formatter.resolvedOptions().maximumFractionDigits ?? 2, known: true }
    } catch {
      // An unknown currency code from upstream: show the number with the code beside it.
      const formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
      format = { formatter, digits: 2, known: false }
    }
    formats.set(key, format)
  }
  return format
}

/** −0 (a refund of 0 % VAT is its sale's 0 negated) is printed as 0: "−0,00 kr" is no figure. */
const withoutNegativeZero = (minor: number) => (minor === 0 ? 0 : minor)

/** Integer øre → "1 234,50 kr" (nb-NO), "NOK 1,234.50" (en-GB). Never adds floats: the division happens once, for display. */
export function formatMoney(
  minor: number | null | undefined,
  currency = 'NOK',
  locale = currentLocale(),
): string {
  if (minor === null || minor === undefined) return '–'
  const { formatter, digits, known } = currencyFormat(currency, locale)
  const text = formatter.format(withoutNegativeZero(minor) / 10 ** digits)
  return known ? text : `${text} ${currency}`
}

/** Integer minor units → plain decimal string with a fixed number of decimals and a chosen separator. */
export function minorToDecimalString(minor: number, decimalSeparator: ',' | '.' = '.', digits = 2): string {
  const negative = minor < 0
  const abs = Math.abs(minor)
  const scale = 10 ** digits
  const whole = Math.trunc(abs / scale)
  const fraction = String(abs % scale).padStart(digits, '0')
  return `${negative ? '-' : ''}${whole}${digits > 0 ? decimalSeparator + fraction : ''}`
}

/** "123,45" or "123.45" or "123" (kroner, as typed by a person) → integer øre, or null if not a number. */
export function parseKronerToMinor(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.')
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null
  const negative = cleaned.startsWith('-')
  const [whole = '0', fraction = ''] = cleaned.replace('-', '').split('.')
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  return negative ? -minor : minor
}

/** VAT rate in basis points → "25 %", "12,5 %" (English: "25%", "12.5%"). */
const percentFormats = {
  nb: new Intl.NumberFormat(LOCALES.nb, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 2 }),
}

export function formatVatRate(
  basisPoints: number | null | undefined,
  language: Language = formattingLanguage(),
): string {
  const english = language === 'en'
  if (basisPoints === null || basisPoints === undefined) return english ? 'unknown' : 'ukjent'
  return `${percentFormats[language].format(basisPoints / 100)}${english ? '%' : ' %'}`
}

const amountFormats = new Map<string, Intl.NumberFormat>()

/** Integer øre → "1 234,50" (kroner without the currency), for tables whose heading names it. */
export function formatAmount(minor: number | null | undefined, locale = currentLocale()): string {
  if (minor === null || minor === undefined) return '–'
  let format = amountFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    amountFormats.set(locale, format)
  }
  return format.format(withoutNegativeZero(minor) / 100)
}
