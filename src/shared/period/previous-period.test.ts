import { describe, expect, it } from 'vitest'
import { previousPeriodOf } from './previous-period'

const custom = (from: string, to: string) => ({ preset: 'custom' as const, from, to })

describe('previousPeriodOf', () => {
  it('one day: the same weekday a week before', () => {
    expect(previousPeriodOf(custom('2026-11-28', '2026-11-28'))).toEqual({
      from: '2026-11-21',
      to: '2026-11-21',
      kind: 'sameWeekday',
    })
  })
  it('this month so far: the same days of last month (cut at its end)', () => {
    expect(previousPeriodOf(custom('2026-11-01', '2026-11-28'))).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-28',
      kind: 'sameDaysLastMonth',
    })
    expect(previousPeriodOf(custom('2026-07-01', '2026-07-31'))).toMatchObject({
      from: '2026-06-01',
      to: '2026-06-30',
      kind: 'monthBefore',
    })
    expect(previousPeriodOf(custom('2026-10-01', '2026-10-30'))).toMatchObject({
      from: '2026-09-01',
      to: '2026-09-30',
    })
  })
  it('a whole month: the month before', () => {
    expect(previousPeriodOf(custom('2026-10-01', '2026-10-31'))).toMatchObject({
      from: '2026-09-01',
      to: '2026-09-30',
      kind: 'monthBefore',
    })
  })
  it('any other period: as many days just before', () => {
    expect(previousPeriodOf(custom('2026-11-22', '2026-11-28'))).toEqual({
      from: '2026-11-15',
      to: '2026-11-21',
      kind: 'daysBefore',
    })
  })
  it('nothing to compare with before the Sales API has data', () => {
    expect(previousPeriodOf(custom('2026-03-10', '2026-03-12'))).toBeNull()
  })
})
