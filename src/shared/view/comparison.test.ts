import { describe, expect, it } from 'vitest'
import { toSaleRows } from '../../api/sale-row'
import { saleEvent } from '../../testing/events'
import { totalsOf } from '../filters/totals'
import { averageSale, changeOf, comparePeriods, cutoffFor, rowsUntil } from './comparison'

const sale = (gross: number, time: string, entryType = 'capture') =>
  saleEvent({ entryType, time, amounts: { gross, net: gross - gross / 5, vat: gross / 5 }, lines: null })

describe('period comparison', () => {
  it('the average sale is the sales’ mean gross in whole øre; refunds and sales without amount are not sales of a size', () => {
    const rows = toSaleRows([
      sale(10000, '2026-11-20T10:00:00Z'),
      sale(20001, '2026-11-20T11:00:00Z'),
      sale(5000, '2026-11-20T12:00:00Z', 'refund'),
      saleEvent({ time: '2026-11-20T13:00:00Z', amounts: null, lines: null }),
    ])
    expect(averageSale(totalsOf(rows).captures)).toBe(15001)
    expect(averageSale(totalsOf([]).captures)).toBeNull()
  })

  it('changes are relative to the size of the previous figure; nothing to compare with is null', () => {
    expect(changeOf(150, 100)).toBe(0.5)
    expect(changeOf(50, -100)).toBe(1.5)
    expect(changeOf(100, 0)).toBeNull()
    expect(changeOf(null, 100)).toBeNull()
  })

  it('a period ending today is compared up to the same time of day (Oslo wall clock)', () => {
    const readAt = Date.parse('2026-11-28T13:05:00Z') // 14:05 in Oslo
    const previous = { from: '2026-11-21', to: '2026-11-21', kind: 'sameWeekday' as const }
    const cutoff = cutoffFor(previous, '2026-11-28', readAt)
    expect(cutoff).toBe(Date.parse('2026-11-21T13:05:00Z'))
    expect(cutoffFor(previous, '2026-11-27', readAt)).toBeNull()
    const rows = toSaleRows([sale(100, '2026-11-21T13:00:00Z'), sale(200, '2026-11-21T13:10:00Z')])
    expect(rowsUntil(rows, '2026-11-21', cutoff).map((r) => r.gross)).toEqual([100])
  })

  it('is provisional until both periods are in', () => {
    const totals = totalsOf(toSaleRows([sale(100, '2026-11-20T10:00:00Z')]))
    const previous = { from: '2026-11-13', to: '2026-11-13', kind: 'sameWeekday' as const }
    expect(
      comparePeriods(totals, true, { period: previous, cutoff: null, totals, complete: false }).complete,
    ).toBe(false)
    const done = comparePeriods(totals, true, { period: previous, cutoff: null, totals, complete: true })
    expect(done).toMatchObject({ complete: true, previous: { grossChange: 0, averageChange: 0 } })
  })

  it('is not final when either period adds currencies together: a change of a NOK + EUR sum is no figure', () => {
    const nok = toSaleRows([sale(10000, '2026-11-20T10:00:00Z')])
    const eur = toSaleRows([{ ...sale(500, '2026-11-20T11:00:00Z'), currency: 'EUR' }])
    const mixed = totalsOf([...nok, ...eur])
    const plain = totalsOf(nok)
    const previous = { from: '2026-11-13', to: '2026-11-13', kind: 'sameWeekday' as const }
    const withPrevious = (totals: typeof plain) => ({
      period: previous,
      cutoff: null,
      totals,
      complete: true,
    })
    expect(comparePeriods(mixed, true, withPrevious(plain)).mixedCurrencies).toBe(true)
    expect(comparePeriods(plain, true, withPrevious(mixed)).mixedCurrencies).toBe(true)
    expect(comparePeriods(mixed, true, null).mixedCurrencies).toBe(true)
    expect(comparePeriods(plain, true, withPrevious(plain)).mixedCurrencies).toBe(false)
  })
})
