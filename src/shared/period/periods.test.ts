import { describe, expect, it } from 'vitest'
import {
  beforeSalesData,
  MAX_PERIOD_DAYS,
  periodDates,
  periodWithBound,
  resolvePeriod,
  termDates,
  termOf,
} from './periods'
import { monthLabel, recentTerms, recentYears, termLabel } from './term-labels'

describe('VAT terms', () => {
  it('are the six two-month terms of a year, with plain labels', () => {
    expect([1, 2, 3, 4, 5, 6].map((term) => termDates({ year: 2028, term }))).toEqual([
      { from: '2028-01-01', to: '2028-02-29' },
      { from: '2028-03-01', to: '2028-04-30' },
      { from: '2028-05-01', to: '2028-06-30' },
      { from: '2028-07-01', to: '2028-08-31' },
      { from: '2028-09-01', to: '2028-10-31' },
      { from: '2028-11-01', to: '2028-12-31' },
    ])
    expect(termLabel({ year: 2026, term: 1 })).toBe('1. termin 2026: januar–februar')
    expect(termLabel({ year: 2026, term: 6 })).toBe('6. termin 2026: november–desember')
    expect(termOf('2026-10-31')).toEqual({ year: 2026, term: 5 })
    expect(termOf('2026-11-01')).toEqual({ year: 2026, term: 6 })
    expect(monthLabel('2026-09')).toBe('September 2026')
  })

  it('the picker offers the terms begun, this year’s and last year’s, and three years', () => {
    expect(recentTerms('2026-03-15').map((t) => `${t.year}-${t.term}`)).toEqual([
      '2026-2',
      '2026-1',
      '2025-6',
      '2025-5',
      '2025-4',
      '2025-3',
      '2025-2',
      '2025-1',
    ])
    expect(recentYears('2026-03-15')).toEqual([2026, 2025, 2024])
  })

  it('offers no term or year that ends before the first date with sales data', () => {
    expect(recentTerms('2026-11-28', '2026-03-09').map((t) => `${t.year}-${t.term}`)).toEqual([
      '2026-6',
      '2026-5',
      '2026-4',
      '2026-3',
      '2026-2',
    ])
    expect(recentYears('2026-11-28', '2026-03-09')).toEqual([2026])
    expect(recentYears('2028-01-02', '2026-03-09')).toEqual([2028, 2027, 2026])
  })
})

describe('the days a period loads', () => {
  const year2025 = { preset: 'year' as const, from: '2025-01-01', to: '2025-12-31' }
  it('asks for no day before the first date with sales data', () => {
    expect(periodDates(year2025, '2026-03-09')).toEqual([])
    expect(beforeSalesData(year2025, '2026-03-09')).toBe(true)
    expect(periodDates({ preset: 'custom', from: '2026-03-07', to: '2026-03-10' }, '2026-03-09')).toEqual([
      '2026-03-09',
      '2026-03-10',
    ])
    // The documented floor by default.
    expect(periodDates(year2025)).toEqual([])
  })

  it('asks for every day when the server knows no such floor', () => {
    expect(periodDates(year2025, null)).toHaveLength(365)
    expect(beforeSalesData(year2025, null)).toBe(false)
  })
})

const NOW = Date.parse('2026-11-28T12:00:00Z')
const today = resolvePeriod('today', null, null, NOW)

describe('periodWithBound: a chosen date keeps its place', () => {
  it('a "Til" before "Fra" moves "Fra" to it, not the other way round', () => {
    expect(periodWithBound(today, 'to', '2026-11-22', NOW)).toEqual({
      preset: 'custom',
      from: '2026-11-22',
      to: '2026-11-22',
    })
  })

  it('a "Fra" after "Til" moves "Til" to it', () => {
    const week = { preset: 'custom' as const, from: '2026-11-01', to: '2026-11-07' }
    expect(periodWithBound(week, 'from', '2026-11-10', NOW)).toMatchObject({
      from: '2026-11-10',
      to: '2026-11-10',
    })
  })

  it('a bound inside the period changes only itself', () => {
    const week = { preset: 'custom' as const, from: '2026-11-01', to: '2026-11-07' }
    expect(periodWithBound(week, 'to', '2026-11-03', NOW)).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-03',
    })
    expect(periodWithBound(week, 'from', '2026-10-20', NOW)).toMatchObject({
      from: '2026-10-20',
      to: '2026-11-07',
    })
  })

  it('a period longer than the maximum moves the other bound, keeping the chosen one', () => {
    const p = periodWithBound(today, 'from', '2024-01-01', NOW)
    expect(p.from).toBe('2024-01-01')
    expect(p.to).toBe('2024-12-31')
    expect(MAX_PERIOD_DAYS).toBe(366)
  })
})

describe('a custom period asked for past today', () => {
  it('one that has not begun keeps its dates and has no day to load', () => {
    const p = resolvePeriod('custom', '2027-03-01', '2027-03-05', NOW)
    expect(p).toEqual({
      preset: 'custom',
      from: '2027-03-01',
      to: '2027-03-05',
      beyondToday: { kind: 'notBegun' },
    })
    expect(periodDates(p)).toEqual([])
  })

  it('bounds given the wrong way round are ordered before they meet today', () => {
    expect(resolvePeriod('custom', '2027-03-05', '2027-03-01', NOW)).toMatchObject({
      from: '2027-03-01',
      to: '2027-03-05',
      beyondToday: { kind: 'notBegun' },
    })
  })

  it('one that runs past today ends today, and says what end was asked for', () => {
    const p = resolvePeriod('custom', '2026-11-20', '2027-03-05', NOW)
    expect(p).toEqual({
      preset: 'custom',
      from: '2026-11-20',
      to: '2026-11-28',
      beyondToday: { kind: 'endedToday', askedTo: '2027-03-05' },
    })
    expect(periodDates(p)).toHaveLength(9)
  })

  it('a long one ending past today keeps its last MAX_PERIOD_DAYS up to today', () => {
    const p = resolvePeriod('custom', '2025-01-01', '2027-12-31', NOW)
    expect(p.to).toBe('2026-11-28')
    expect(periodDates(p, null)).toHaveLength(MAX_PERIOD_DAYS)
    expect(periodDates(p)[0]).toBe('2026-03-09')
  })
})
