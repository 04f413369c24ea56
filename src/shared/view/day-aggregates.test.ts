import { describe, expect, it } from 'vitest'
import { type SaleRow, toSaleRows } from '../../api/sale-row'
import { saleEvent } from '../../testing/events'
import { randomEvents } from '../../testing/random-events'
import { EMPTY_FILTERS } from '../filters/filters'
import { sortRows } from '../filters/sort-rows'
import { totalsOf } from '../filters/totals'
import { periodFacets, viewTotals } from './day-aggregates'
import { facetsOf } from './facets'
import { buildSalesView, type ViewSource } from './sales-view'

/** Rows of a few days, one currency, no unknown types; and the same with flaws (unknown types, unreadable events…). */
const days: SaleRow[][] = [1, 2, 3, 4].map((seed) => toSaleRows(randomEvents(seed, 300, 0)))
const all = days.flat()
const flawed: SaleRow[][] = [5, 6, 7].map((seed) => toSaleRows(randomEvents(seed, 300)))

const source = (rowsByDay: SaleRow[][]): ViewSource => ({
  rows: rowsByDay.flat(),
  rowsByDay,
  days: [],
  complete: true,
  loadedDays: rowsByDay.length,
  totalDays: rowsByDay.length,
  failedDays: [],
})

describe('totals and facets added up per day', () => {
  it('are the totals and facets of all the rows, to the øre', () => {
    const period = source(days)
    const sorted = sortRows(all, { column: 'gross', desc: true })
    const totals = viewTotals(sorted, period)
    expect(totals).toEqual(totalsOf(sorted))
    // Added up once per period, whatever the order of its rows.
    expect(viewTotals(sortRows(all, { column: 'time', desc: false }), period)).toBe(totals)
    expect(periodFacets(period)).toEqual(facetsOf(all))
    expect(periodFacets(source(flawed))).toEqual(facetsOf(flawed.flat()))
  })

  it('keep the order of currencies and unknown types the rows give, when there are several', () => {
    const mixed = [
      ...days,
      ...flawed,
      toSaleRows([
        saleEvent({ reference: 'X', currency: 'EUR', time: '2026-11-20T08:00:00Z' }),
        saleEvent({ reference: 'Y', entryType: 'chargeback', time: '2026-11-20T09:00:00Z' }),
        saleEvent({ reference: 'Z', entryType: 'dispute', time: '2026-11-20T10:00:00Z' }),
      ]),
    ]
    const sorted = sortRows(mixed.flat(), { column: 'time', desc: true })
    const totals = viewTotals(sorted, source(mixed))
    expect(totals).toEqual(totalsOf(sorted))
    expect(totals.currencies[0]).toBe(sorted[0]?.currency)
  })

  it('count negative sales and the gross left out of the sums as the rows do', () => {
    const odd = [
      ...days,
      toSaleRows([
        saleEvent({ reference: 'N', amounts: { gross: -700, net: -560, vat: -140 }, lines: [] }),
        saleEvent({ reference: 'M', entryType: 'chargeback', amounts: { gross: 4000, net: 3200, vat: 800 } }),
      ]),
      toSaleRows([saleEvent({ reference: 'O', amounts: { gross: -300, net: -240, vat: -60 }, lines: [] })]),
    ]
    const totals = viewTotals(odd.flat(), source(odd))
    expect(totals).toEqual(totalsOf(odd.flat()))
    expect(totals.excluded).toMatchObject({ negativeCaptures: 2, unknownKind: 1, gross: 4000 - 700 - 300 })
    expect(totals.byCurrency).toEqual([
      { currency: 'NOK', count: all.length, gross: totalsOf(all).byCurrency[0]?.gross, withoutGross: 0 },
    ])
  })

  it('give the view the same figures with days as without', () => {
    const input = {
      period: { preset: 'custom' as const, from: '2026-11-20', to: '2026-11-20' },
      filters: EMPTY_FILTERS,
      sort: { column: 'time' as const, desc: true },
    }
    const withDays = buildSalesView(source(days), input)
    const without = buildSalesView({ ...source(days), rowsByDay: undefined }, input)
    expect(withDays.totals).toEqual(without.totals)
    expect(withDays.facets).toEqual(without.facets)
    expect(withDays.rows).toEqual(without.rows)
    // A day that grows (a page arrives) is counted again; the others are kept.
    const grown = days.map((day, i) => (i === 2 ? [...day, ...toSaleRows(randomEvents(9, 50))] : day))
    const next = buildSalesView(source(grown), input, withDays)
    expect(next.totals).toEqual(totalsOf(next.rows))
    expect(next.totals.rows).toBe(all.length + 50)
  })
})
