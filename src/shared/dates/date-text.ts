import { isCalendarDate } from '../../api/oslo-time'

/**
 * Dates as a Norwegian reads and types them, dd.mm.åååå, whatever language the browser has
 * (a native date input follows the browser's language and shows 11/28/2026 in Chromium).
 */

/** "2026-11-22" → "22.11.2026". */
export function formatDateText(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`
}

const SEPARATED = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4}|\d{2})$/
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/
const ISO = /^\d{4}-\d{2}-\d{2}$/

/**
 * A complete typed date as YYYY-MM-DD, or null while it is incomplete or not a real date.
 * Accepts 22.11.2026, 22.11.26 (this century), 2.3.2026, 22112026 and a pasted 2026-11-22;
 * a year of fewer digits is not complete (no year 0002 while the user types 2026).
 */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim()
  if (ISO.test(trimmed)) return isCalendarDate(trimmed) ? trimmed : null
  const match = SEPARATED.exec(trimmed) ?? DIGITS_ONLY.exec(trimmed)
  if (!match) return null
  const [, day = '', month = '', year = ''] = match
  const iso = `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDate(iso) ? iso : null
}

/**
 * Dots put in while digits are typed (2211 → 22.11, 22.112 → 22.11.2), so the field reads as a
 * date; text separated otherwise is left as typed (so 2.3.2026 works). At most 10 characters.
 */
export function maskDateText(text: string): string {
  const separators = [...text.matchAll(/[.\-/ ]/g)].map((m) => m.index)
  const ours = /^[\d.\-/ ]*$/.test(text) && separators.every((at) => at === 2 || at === 5)
  if (!ours) return text.slice(0, 10)
  const digits = text.replace(/\D/g, '').slice(0, 8)
  let masked = digits
  if (digits.length > 4) masked = `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`
  else if (digits.length > 2) masked = `${digits.slice(0, 2)}.${digits.slice(2)}`
  // A dot just typed after the day or the month stays.
  if (separators.length > 0 && /[.\-/ ]$/.test(text) && (masked.length === 2 || masked.length === 5))
    masked += '.'
  return masked
}
