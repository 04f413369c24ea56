import { describe, expect, it } from 'vitest'
import { toSaleRows } from '../../api/sale-row'
import type { OrderLine } from '../../api/schemas'
import { saleEvent } from '../../testing/events'
import { EMPTY_FILTERS, type Filters } from '../filters/filters'
import type { PeriodSnapshot } from '../period/period-loader'
import { buildSalesView, type ViewInput } from './sales-view'

const line = (name: string, gross: number, category: string): OrderLine => ({
  name,
  quantity: 1,
  unitPriceGross: gross,
  lineTotalGross: gross,
  lineTotalNet: gross * 0.8,
  vatRate: 2500,
  vatAmount: gross * 0.2,
  category,
})
const basket = (reference: string, lines: OrderLine[], overrides = {}) => {
  const gross = lines.reduce((s, l) => s + (l.lineTotalGross ?? 0), 0)
  return saleEvent({ reference, lines, amounts: { gross, net: gross * 0.8, vat: gross * 0.2 }, ...overrides })
}

const rows = toSaleRows([
  basket('A', [line('Kaffe', 5000, 'Kaffe'), line('Bolle', 4000, 'Bakst')], { time: '2026-11-20T08:00:00Z' }),
  basket('B', [line('Kaffe', 5000, 'Kaffe')], { time: '2026-11-20T09:00:00Z', entryType: 'refund' }),
  basket('C', [line('Bolle', 4000, 'Bakst')], { time: '2026-11-20T10:00:00Z' }),
  saleEvent({ reference: 'D', time: '2026-11-20T11:00:00Z', entryType: 'chargeback' }),
  saleEvent({ reference: 'E', time: '2026-11-20T12:00:00Z', amounts: null, lines: null }),
])
// An event that could not be read, as the loader keeps it: shown, never summed.
const unreadable = { ...rows[0], key: 'bad', reference: 'F', invalid: ['amounts.gross: must be an integer'] }
const all = [...rows, unreadable] as typeof rows

const snapshot = (complete: boolean): PeriodSnapshot => ({
  days: [
    {
      date: '2026-11-20',
      status: complete ? 'loaded' : 'loading',
      events: all.length,
      pages: 1,
      error: null,
    },
  ],
  rows: all,
  totalDays: 1,
  loadedDays: complete ? 1 : 0,
  failedDays: [],
  eventCount: all.length,
  complete,
})
const input = (filters: Partial<Filters> = {}, sort: ViewInput['sort'] = { column: 'time', desc: true }) => ({
  period: { preset: 'custom' as const, from: '2026-11-20', to: '2026-11-20' },
  filters: { ...EMPTY_FILTERS, ...filters },
  sort,
})

describe('the sales view', () => {
  it('holds the filtered, sorted rows with their totals, and what the totals leave out', () => {
    const view = buildSalesView(snapshot(true), input())
    expect(view.rows.map((r) => r.reference)).toEqual(['E', 'D', 'C', 'B', 'A', 'F'])
    expect(view.totals.rows).toBe(6)
    expect(view.totals.all.gross).toBe(9000 - 5000 + 4000)
    expect(view.completeness).toMatchObject({
      loaded: true,
      busy: false,
      excluded: { unknownKind: 1, unknownTypes: ['chargeback'], invalid: 1 },
      withoutGross: 1,
    })
    expect(view.facets.entryTypes.map((f) => f.value)).toEqual(['capture', 'chargeback', 'refund'])
  })

  it('says when loading is not finished', () => {
    expect(buildSalesView(snapshot(false), input()).completeness).toMatchObject({ loaded: false, busy: true })
  })

  it('with a category filter, sums the categories’ own lines apart from the whole transactions', () => {
    const view = buildSalesView(snapshot(true), input({ categories: ['Kaffe'] }))
    expect(view.rows.map((r) => r.reference).sort()).toEqual(['A', 'B', 'F'])
    // Whole transactions: A (9000) and B (−5000); F is unreadable and not summed.
    expect(view.totals.all.gross).toBe(4000)
    // Only the coffee lines: 5000 − 5000.
    expect(view.categoryShare?.sums.all).toMatchObject({ gross: 0, count: 2, vat: 0 })
    expect(
      buildSalesView(snapshot(true), input({ categories: ['Bakst'] })).categoryShare?.sums.all.gross,
    ).toBe(8000)
    expect(buildSalesView(snapshot(true), input()).categoryShare).toBeNull()
  })

  it('reuses the sort while only the filters change, and the totals when the rows are the same', () => {
    const first = buildSalesView(snapshot(true), input({ text: 'a' }, { column: 'gross', desc: true }))
    const second = buildSalesView(
      snapshot(true),
      input({ text: 'a' }, { column: 'gross', desc: true }),
      first,
    )
    expect(second.rows).toBe(first.rows)
    expect(second.totals).toBe(first.totals)
    const narrowed = buildSalesView(
      snapshot(true),
      input({ text: 'ab' }, { column: 'gross', desc: true }),
      second,
    )
    expect(narrowed.reuse.sorted).toBe(first.reuse.sorted)
    const resorted = buildSalesView(
      snapshot(true),
      input({ text: 'a' }, { column: 'gross', desc: false }),
      first,
    )
    expect(resorted.reuse.sorted).not.toBe(first.reuse.sorted)
  })

  it('sorts gross by signed value: a refund is below a sale, a large refund lowest', () => {
    const view = buildSalesView(snapshot(true), input({}, { column: 'gross', desc: true }))
    expect(view.rows.map((r) => r.gross)).toEqual([12500, 9000, 9000, 4000, -5000, null])
  })
})
