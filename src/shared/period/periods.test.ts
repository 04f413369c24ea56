import { describe, expect, it } from 'vitest'
import { MAX_PERIOD_DAYS, periodWithBound, resolvePeriod } from './periods'

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
