import { describe, expect, it } from 'vitest'
import type { ExportedDate } from '../../../api/voucher-settings'
import { dateRuns, exportHistory } from './history'

const at1 = '2026-11-01T09:00:00.000Z'
const at2 = '2026-11-20T15:30:00.000Z'
const e = (date: string, at: string, format: ExportedDate['format'] = 'gbat10', provisional = false) => ({
  date,
  at,
  format,
  provisional,
})

describe('what was exported when', () => {
  it('groups the remembered dates by export, newest first, with the dates that were open', () => {
    const history = exportHistory([
      e('2026-10-30', at1),
      e('2026-10-31', at1),
      e('2026-11-19', at2),
      e('2026-11-20', at2, 'gbat10', true),
      e('2026-11-18', at2, 'fiken'),
    ])
    expect(history).toEqual([
      { at: at2, format: 'fiken', dates: ['2026-11-18'], provisionalDates: [] },
      { at: at2, format: 'gbat10', dates: ['2026-11-19', '2026-11-20'], provisionalDates: ['2026-11-20'] },
      { at: at1, format: 'gbat10', dates: ['2026-10-30', '2026-10-31'], provisionalDates: [] },
    ])
  })

  it('writes dates as runs of consecutive days, across a month end', () => {
    expect(dateRuns(['2026-11-02', '2026-10-31', '2026-11-01', '2026-11-05', '2026-11-06'])).toEqual([
      { from: '2026-10-31', to: '2026-11-02' },
      { from: '2026-11-05', to: '2026-11-06' },
    ])
    expect(dateRuns([])).toEqual([])
  })
})
