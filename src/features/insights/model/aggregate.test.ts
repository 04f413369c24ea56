import { describe, expect, it } from 'vitest'
import { toSaleRows } from '../../../api/sale-row'
import type { OrderLine } from '../../../api/schemas'
import { UNCATEGORISED } from '../../../shared/filters/filters'
import { totalsOf } from '../../../shared/filters/totals'
import type { MoneySum } from '../../../shared/view/money-sum'
import { saleEvent } from '../../../testing/events'
import { byCategory, OTHER, salesOverTime, vatSummary } from './aggregate'

const line = (name: string, gross: number, rate: number, category: string | null): OrderLine => {
  const net = Math.round((gross * 10000) / (10000 + rate))
  return {
    name,
    quantity: 1,
    unitPriceGross: gross,
    lineTotalGross: gross,
    lineTotalNet: net,
    vatRate: rate,
    vatAmount: gross - net,
    category,
  }
}
const withLines = (lines: OrderLine[], overrides = {}) => {
  const gross = lines.reduce((s, l) => s + (l.lineTotalGross ?? 0), 0)
  const vat = lines.reduce((s, l) => s + (l.vatAmount ?? 0), 0)
  return saleEvent({ lines, amounts: { gross, net: gross - vat, vat }, ...overrides })
}

describe('VAT summary', () => {
  const mixed = withLines([
    line('Genser', 100000, 2500, 'Klær'),
    line('Turmat', 11500, 1500, 'Mat'),
    line('Kurs', 11200, 1200, 'Kurs'),
  ])
  const refund = withLines([line('Turmat', 11500, 1500, 'Mat')], { entryType: 'refund' })
  const noVat = saleEvent({
    amounts: { gross: 30000, net: null, vat: null },
    lines: null,
    completeness: { hasLineItems: false, hasVatBreakdown: false },
  })
  const giftCard = withLines([line('Gavekort', 50000, 0, 'Gavekort')])
  const rows = toSaleRows([mixed, refund, noVat, giftCard])
  const summary = vatSummary(rows)
  const rate = (bp: number) => summary.rates.find((r) => r.vatRate === bp)
  const figures = (sum: MoneySum | undefined) => sum && { base: sum.net, vat: sum.vat, gross: sum.gross }

  it('splits base and VAT per rate, captures and refunds apart, and nets them', () => {
    expect(summary.rates.map((r) => r.vatRate)).toEqual([2500, 1500, 1200, 0])
    expect(figures(rate(2500)?.net)).toEqual({ base: 80000, vat: 20000, gross: 100000 })
    expect(figures(rate(1500)?.captures)).toEqual({ base: 10000, vat: 1500, gross: 11500 })
    expect(figures(rate(1500)?.refunds)).toEqual({ base: -10000, vat: -1500, gross: -11500 })
    expect(figures(rate(1500)?.net)).toEqual({ base: 0, vat: 0, gross: 0 })
    expect(figures(rate(0)?.net)).toEqual({ base: 50000, vat: 0, gross: 50000 })
  })

  it('reports revenue without a VAT breakdown and reconciles with the totals bar to the øre', () => {
    expect(summary.withoutBreakdown).toMatchObject({ count: 1, gross: 30000, withoutGross: 0 })
    const totals = totalsOf(rows)
    expect(summary.totals.vat).toBe(totals.all.vat)
    expect(summary.totals.net).toBe(totals.all.net)
    expect(summary.totals.gross + summary.withoutBreakdown.gross).toBe(totals.all.gross)
    expect(summary.all).toEqual(totals.all)
  })
})

describe('categories', () => {
  it('keeps the top categories, sums the rest as other, and has an uncategorised bucket', () => {
    const events = Array.from({ length: 10 }, (_, i) =>
      withLines([line(`Vare ${i}`, 1000 * (i + 1), 2500, `Kategori ${i}`)]),
    )
    events.push(withLines([line('Uten', 500, 2500, null)]))
    events.push(
      saleEvent({
        lines: null,
        amounts: { gross: 700, net: null, vat: null },
        classification: { solution: 'VARIABLE_AMOUNT', salesCategory: 'Kiosk' },
      }),
    )
    const buckets = byCategory(toSaleRows(events), 3)
    expect(buckets.map((b) => b.key)).toEqual(['Kategori 9', 'Kategori 8', 'Kategori 7', OTHER])
    expect(buckets.reduce((s, b) => s + b.sums.all.gross, 0)).toBe(55000 + 500 + 700)
    const all = byCategory(toSaleRows(events), 20)
    expect(all.find((b) => b.key === UNCATEGORISED)?.sums.all.gross).toBe(500)
    expect(all.find((b) => b.key === 'Kiosk')?.sums.all.gross).toBe(700)
  })
})

describe('sales over time', () => {
  it('has 25 hourly buckets on the autumn daylight-saving day, with 02:00 twice', () => {
    // 2026-10-25: clocks go back from 03:00 CEST to 02:00 CET (01:00 UTC).
    const rows = toSaleRows([
      saleEvent({ time: '2026-10-25T00:30:00Z' }), // 02:30 CEST
      saleEvent({ time: '2026-10-25T01:30:00Z' }), // 02:30 CET
      saleEvent({ time: '2026-10-25T22:59:00Z' }), // 23:59 CET
      saleEvent({ time: '2026-10-25T23:00:00Z' }), // next day
    ])
    const buckets = salesOverTime(rows, '2026-10-25', '2026-10-25')
    // The event of the next day is not dropped: it gets a bucket of its own after the day's hours.
    expect(buckets).toHaveLength(26)
    expect(buckets.map((b) => b.label).slice(0, 4)).toEqual(['00:00', '01:00', '02:00', '02:00 (vintertid)'])
    expect(buckets[2]?.sums.all.count).toBe(1)
    expect(buckets[3]?.sums.all.count).toBe(1)
    expect(buckets[24]?.label).toBe('23:00')
    expect(buckets[24]?.sums.all.count).toBe(1)
    expect(buckets[25]).toMatchObject({ label: 'Etter 24:00', outside: true })
    expect(buckets[25]?.sums.all.count).toBe(1)
    expect(buckets.reduce((s, b) => s + b.sums.all.count, 0)).toBe(4)
  })

  it('has 23 hourly buckets on the spring day, and daily buckets with refunds apart', () => {
    expect(salesOverTime([], '2026-03-29', '2026-03-29').map((b) => b.label)).not.toContain('02:00')
    expect(salesOverTime([], '2026-03-29', '2026-03-29')).toHaveLength(23)
    const rows = toSaleRows([
      saleEvent({ time: '2026-11-20T10:00:00Z', amounts: { gross: 1000, net: 800, vat: 200 } }),
      saleEvent({
        time: '2026-11-20T23:30:00Z',
        entryType: 'refund',
        amounts: { gross: 400, net: 320, vat: 80 },
      }), // 21st in Oslo
    ])
    const days = salesOverTime(rows, '2026-11-20', '2026-11-21')
    expect(days.map((d) => [d.key, d.sums.captures.gross, d.sums.refunds.gross])).toEqual([
      ['2026-11-20', 1000, 0],
      ['2026-11-21', 0, -400],
    ])
  })
})
