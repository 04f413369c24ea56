/**
 * The one place money is turned into text. Amounts are integer minor units (øre) everywhere;
 * only this module divides by 100, and only to print.
 */

const DEFAULT_LOCALE = 'nb-NO'
const formatters = new Map<string, Intl.NumberFormat>()

function currencyFormatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`
  let formatter = formatters.get(key)
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      })
    } catch {
      // An unknown currency code from upstream: show the number with the code beside it.
      formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    }
    formatters.set(key, formatter)
  }
  return formatter
}

/** Number of minor units in one major unit; NOK, DKK, EUR and SEK all use 2 decimals. */
export function minorUnitDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    )
  } catch {
    return 2
  }
}

/** Integer øre → "1 234,50 kr" (nb-NO). Never adds floats: the division happens once, for display. */
export function formatMoney(
  minor: number | null | undefined,
  currency = 'NOK',
  locale = DEFAULT_LOCALE,
): string {
  if (minor === null || minor === undefined) return '–'
  const digits = minorUnitDigits(currency)
  const formatter = currencyFormatter(currency, locale)
  const text = formatter.format(minor / 10 ** digits)
  return formatter.resolvedOptions().style === 'currency' ? text : `${text} ${currency}`
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

/** VAT rate in basis points → "25 %", "12,5 %". */
export function formatVatRate(basisPoints: number | null | undefined, locale = DEFAULT_LOCALE): string {
  if (basisPoints === null || basisPoints === undefined) return 'ukjent'
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(basisPoints / 100)
  return `${percent} %`
}
