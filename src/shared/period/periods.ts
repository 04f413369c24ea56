import { DOCUMENTED_SALES_DATA_FROM } from '../../api/endpoints'
import { addDays, datesBetween, isCalendarDate, todayInOslo } from '../../api/oslo-time'
import { defineText } from '../i18n/language'

export const PERIOD_PRESETS = [
  'today',
  'yesterday',
  'last7',
  'thisMonth',
  'lastMonth',
  'term',
  'year',
  'custom',
] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

export const PRESET_LABELS: Record<PeriodPreset, string> = defineText('period.presets', {
  today: 'I dag',
  yesterday: 'I går',
  last7: 'Siste 7 dager',
  thisMonth: 'Denne måneden',
  lastMonth: 'Forrige måned',
  term: 'MVA-termin',
  year: 'År',
  custom: 'Egendefinert',
})
declare module '../i18n/messages' {
  interface Messages {
    'period.presets': typeof PRESET_LABELS
  }
}

export interface Period {
  preset: PeriodPreset
  from: string
  to: string
  /**
   * A custom period asked for past today. `notBegun`: all of it lies ahead (from/to as asked;
   * no day to load yet). `endedToday`: its end was moved to today; `askedTo` is the end asked for.
   */
  beyondToday?: { kind: 'notBegun' } | { kind: 'endedToday'; askedTo: string }
}

/** Longest custom period, to keep a mistyped year from requesting thousands of days. */
export const MAX_PERIOD_DAYS = 366

/** A VAT term: one of the six two-month terms of a year (1: January–February … 6: November–December). */
export interface VatTerm {
  year: number
  term: number
}

/** `2026-5`: term 5 of 2026, as the URL holds it. */
export const termId = ({ year, term }: VatTerm) => `${year}-${term}`
export const isTermId = (text: string) => /^\d{4}-[1-6]$/.test(text)

export function termOf(date: string): VatTerm {
  return { year: Number(date.slice(0, 4)), term: Math.floor((Number(date.slice(5, 7)) - 1) / 2) + 1 }
}

/** The term's first and last dates. */
export function termDates({ year, term }: VatTerm): { from: string; to: string } {
  const first = String(term * 2 - 1).padStart(2, '0')
  const next = term === 6 ? `${year + 1}-01-01` : `${year}-${String(term * 2 + 1).padStart(2, '0')}-01`
  return { from: `${year}-${first}-01`, to: addDays(next, -1) }
}

/**
 * Oslo accounting dates for a preset; custom ranges are clamped to today and to MAX_PERIOD_DAYS.
 * A term (`2026-5`) or year (`2026`) is named by `pick`; one not yet begun, or none, is the current.
 */
export function resolvePeriod(
  preset: PeriodPreset,
  from: string | null,
  to: string | null,
  now = Date.now(),
  pick: string | null = null,
): Period {
  const today = todayInOslo(now)
  const monthStart = `${today.slice(0, 8)}01`
  switch (preset) {
    case 'today':
      return { preset, from: today, to: today }
    case 'yesterday':
      return { preset, from: addDays(today, -1), to: addDays(today, -1) }
    case 'last7':
      return { preset, from: addDays(today, -6), to: today }
    case 'thisMonth':
      return { preset, from: monthStart, to: today }
    case 'lastMonth': {
      const lastMonthEnd = addDays(monthStart, -1)
      return { preset, from: `${lastMonthEnd.slice(0, 8)}01`, to: lastMonthEnd }
    }
    case 'term': {
      const named =
        pick && isTermId(pick) ? { year: Number(pick.slice(0, 4)), term: Number(pick.slice(5)) } : null
      const dates = termDates(named && termDates(named).from <= today ? named : termOf(today))
      return { preset, from: dates.from, to: dates.to < today ? dates.to : today }
    }
    case 'year': {
      const year = pick && /^\d{4}$/.test(pick) && `${pick}-01-01` <= today ? pick : today.slice(0, 4)
      const end = `${year}-12-31`
      return { preset, from: `${year}-01-01`, to: end < today ? end : today }
    }
    case 'custom': {
      let start = from && isCalendarDate(from) ? from : today
      let end = to && isCalendarDate(to) ? to : start
      // Order the bounds before comparing with today, or a future start becomes the end.
      if (start > end) [start, end] = [end, start]
      if (start > today) return { preset, from: start, to: end, beyondToday: { kind: 'notBegun' } }
      const askedTo = end
      if (end > today) end = today
      if (datesBetween(start, end).length > MAX_PERIOD_DAYS) start = addDays(end, -(MAX_PERIOD_DAYS - 1))
      return end === askedTo
        ? { preset, from: start, to: end }
        : { preset, from: start, to: end, beyondToday: { kind: 'endedToday', askedTo } }
    }
  }
}

/**
 * The days to load: none for a period that has not begun, none before the first date with sales
 * data (`dataFrom`; the Sales API answers nothing for them, so they are not asked for).
 */
export function periodDates(period: Period, dataFrom: string | null = DOCUMENTED_SALES_DATA_FROM): string[] {
  if (period.beyondToday?.kind === 'notBegun') return []
  if (dataFrom !== null && period.to < dataFrom) return []
  return datesBetween(dataFrom !== null && period.from < dataFrom ? dataFrom : period.from, period.to)
}

/** The period lies wholly before the first date with sales data. */
export const beforeSalesData = (period: Period, dataFrom: string | null) =>
  dataFrom !== null && period.to < dataFrom

/**
 * The custom period with one bound set to a date the user chose. The chosen bound stays as chosen:
 * when it passes the other bound, or makes the period longer than MAX_PERIOD_DAYS, the other one
 * moves to fit (so typing 22.11 into "Til" of 28.11–28.11 gives 22.11–22.11, not 22.11–28.11).
 */
export function periodWithBound(
  period: Period,
  bound: 'from' | 'to',
  date: string,
  now = Date.now(),
): Period {
  let { from, to } = period
  if (bound === 'from') {
    from = date
    if (to < from || datesBetween(from, to).length > MAX_PERIOD_DAYS)
      to = to < from ? from : addDays(from, MAX_PERIOD_DAYS - 1)
  } else {
    to = date
    if (from > to || datesBetween(from, to).length > MAX_PERIOD_DAYS)
      from = from > to ? to : addDays(to, -(MAX_PERIOD_DAYS - 1))
  }
  return resolvePeriod('custom', from, to, now)
}
