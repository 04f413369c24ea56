import { formattingLanguage } from '../../api/locale'
import type { VatTerm } from './periods'
import { termOf } from './periods'

/** What the period picker and the loading progress call terms, months and years (loaded beside the first view). */

const MONTH_NAMES = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
]

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const months = () => (formattingLanguage() === 'en' ? ENGLISH_MONTHS : MONTH_NAMES)

/** "5. termin 2026: september–oktober" (English: "Term 5 2026: September–October"). */
export function termLabel({ year, term }: VatTerm): string {
  const names = months()
  return formattingLanguage() === 'en'
    ? `Term ${term} ${year}: ${names[term * 2 - 2]}–${names[term * 2 - 1]}`
    : `${term}. termin ${year}: ${names[term * 2 - 2]}–${names[term * 2 - 1]}`
}

/** "September 2026", for a month as `2026-09`. */
export function monthLabel(month: string): string {
  const name = months()[Number(month.slice(5, 7)) - 1] ?? ''
  return `${name.slice(0, 1).toUpperCase()}${name.slice(1)} ${month.slice(0, 4)}`
}

const lastDayOfTerm = ({ year, term }: VatTerm) =>
  new Date(Date.UTC(year, term * 2, 0)).toISOString().slice(0, 10)

/**
 * The terms that have begun, newest first: this year's and all of last year's; none that ends
 * before the first date with sales data (`dataFrom`, null: none known).
 */
export function recentTerms(today: string, dataFrom: string | null = null): VatTerm[] {
  const current = termOf(today)
  const terms: VatTerm[] = []
  for (let term = current.term; term >= 1; term--) terms.push({ year: current.year, term })
  for (let term = 6; term >= 1; term--) terms.push({ year: current.year - 1, term })
  return terms.filter((t) => dataFrom === null || lastDayOfTerm(t) >= dataFrom)
}

/** This year and the two before it, newest first; none that ends before the first date with sales data. */
export const recentYears = (today: string, dataFrom: string | null = null) =>
  [0, 1, 2]
    .map((back) => Number(today.slice(0, 4)) - back)
    .filter((year) => dataFrom === null || `${year}-12-31` >= dataFrom)
