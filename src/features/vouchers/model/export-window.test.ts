import { describe, expect, it } from 'vitest'
import type { ExportedDate } from '../../../api/voucher-settings'
import { NEW_SINCE_MAX_DATES, newSinceWindow } from './export-window'

const exported = (date: string, provisional = false): ExportedDate => ({
  date,
  provisional,
  format: 'gbat10',
  at: '2026-11-20T10:00:00.000Z',
  voucherNumber: null,
})

describe('the dates "Nye siden siste eksport" looks at', () => {
  it('starts the day after the latest date exported as closed, and ends today', () => {
    const window = newSinceWindow([exported('2026-11-01'), exported('2026-11-10')], '2026-11-26')
    expect(window.dates[0]).toBe('2026-11-11')
    expect(window.dates.at(-1)).toBe('2026-11-26')
    expect(window.lastExported).toBe('2026-11-10')
    expect(window.capped).toBe(false)
  })

  it('goes back to a date exported while open, which may have closed since', () => {
    const window = newSinceWindow([exported('2026-11-20'), exported('2026-11-18', true)], '2026-11-26')
    expect(window.dates[0]).toBe('2026-11-18')
    expect(window.lastExported).toBe('2026-11-20')
  })

  it('before the first export shows last month and this one, a month at a time', () => {
    const window = newSinceWindow([], '2026-11-26')
    expect(window.dates[0]).toBe('2026-10-01')
    expect(window.dates).toHaveLength(NEW_SINCE_MAX_DATES)
    expect(window.dates.at(-1)).toBe('2026-10-31')
    expect(window.capped).toBe(true)
    expect(window.lastExported).toBeNull()
    // In January, last month is in the year before.
    expect(newSinceWindow([], '2027-01-05').dates[0]).toBe('2026-12-01')
  })

  it('takes at most a month, the oldest first, and says there are more', () => {
    const window = newSinceWindow([exported('2026-08-31')], '2026-11-26')
    expect(window.dates[0]).toBe('2026-09-01')
    expect(window.dates.at(-1)).toBe('2026-10-01')
    expect(window.capped).toBe(true)
  })

  it('has nothing new when today is exported', () => {
    expect(newSinceWindow([exported('2026-11-26')], '2026-11-26')).toEqual({
      dates: [],
      lastExported: '2026-11-26',
      capped: false,
    })
  })
})
