import { describe, expect, it } from 'vitest'
import {
  addDays,
  datesBetween,
  isCalendarDate,
  osloDateOf,
  osloDayStart,
  osloLocalToUtc,
  osloOffsetMs,
} from './oslo-time'

const intlParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
})

const intlDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' })

function intlOffsetHours(utcMs: number): number {
  const parts = Object.fromEntries(intlParts.formatToParts(utcMs).map((p) => [p.type, p.value]))
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour))
  return Math.round((local - Math.floor(utcMs / 3_600_000) * 3_600_000) / 3_600_000)
}

describe('Oslo accounting dates', () => {
  it('agree with Intl for every hour of 2025–2027, daylight-saving changes included', () => {
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) {
      expect(osloOffsetMs(t) / 3_600_000).toBe(intlOffsetHours(t))
      expect(osloDateOf(t)).toBe(intlDate.format(t))
    }
  })

  it('find the first instant of a local day, on ordinary and daylight-saving days', () => {
    expect(new Date(osloDayStart('2026-11-26')).toISOString()).toBe('2026-11-25T23:00:00.000Z')
    expect(new Date(osloDayStart('2026-07-01')).toISOString()).toBe('2026-06-30T22:00:00.000Z')
    expect(new Date(osloDayStart('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(new Date(osloDayStart('2026-10-25')).toISOString()).toBe('2026-10-24T22:00:00.000Z')
    // 12:00 local on the autumn change day is 11:00 UTC (CET again)
    expect(new Date(osloLocalToUtc('2026-10-25', 12 * 3_600_000)).toISOString()).toBe(
      '2026-10-25T11:00:00.000Z',
    )
  })

  it('accept only real calendar dates', () => {
    for (const good of ['2026-02-28', '2024-02-29', '2026-12-31']) expect(isCalendarDate(good)).toBe(true)
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '20260101',
      '2025-02-29',
      '2026-1-1',
      '2026-00-10',
      ' 2026-01-01',
    ]) {
      expect(isCalendarDate(bad)).toBe(false)
    }
  })

  it('step through dates across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ])
  })
})
