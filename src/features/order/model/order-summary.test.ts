import { describe, expect, it } from 'vitest'
import { toSaleRows } from '../../../api/sale-row'
import type { OrderLine } from '../../../api/schemas'
import { saleEvent } from '../../../testing/events'
import { summariseOrder } from './order-summary'

const line = (
  id: string,
  name: string,
  qty: number,
  unit: number,
  rate: number,
  category: string,
): OrderLine => {
  const gross = unit * qty
  const net = Math.round((gross * 10000) / (10000 + rate))
  return {
    lineId: id,
    name,
    quantity: qty,
    unitPriceGross: unit,
    lineTotalGross: gross,
    lineTotalNet: net,
    vatRate: rate,
    vatAmount: gross - net,
    category,
  }
}

const sweater = line('1', 'Ullgenser', 1, 129900, 2500, 'Klær')
const socks = line('2', 'Ullsokker', 3, 29900, 2500, 'Klær')
const food = line('3', 'Turmat', 2, 12900, 1500, 'Turmat')
const capture = saleEvent({
  reference: '10234',
  time: '2026-11-20T10:00:00Z',
  lines: [sweater, socks, food],
  amounts: {
    gross: 129900 + 89700 + 25800,
    net: (sweater.lineTotalNet ?? 0) + (socks.lineTotalNet ?? 0) + (food.lineTotalNet ?? 0),
    vat: (sweater.vatAmount ?? 0) + (socks.vatAmount ?? 0) + (food.vatAmount ?? 0),
  },
})
const oneSock = line('2', 'Ullsokker', 1, 29900, 2500, 'Klær')
const oneFood = line('3', 'Turmat', 1, 12900, 1500, 'Turmat')
// A partial refund written with positive numbers, another with negative ones: both reduce.
const refund1 = saleEvent({
  entryType: 'refund',
  reference: '10234',
  time: '2026-11-21T09:00:00Z',
  lines: [oneSock],
  amounts: { gross: 29900, net: oneSock.lineTotalNet, vat: oneSock.vatAmount },
})
const refund2 = saleEvent({
  entryType: 'refund',
  reference: '10234',
  time: '2026-11-22T09:00:00Z',
  lines: [
    {
      ...oneFood,
      lineTotalGross: -12900,
      lineTotalNet: -(oneFood.lineTotalNet ?? 0),
      vatAmount: -(oneFood.vatAmount ?? 0),
    },
  ],
  amounts: { gross: -12900, net: -(oneFood.lineTotalNet ?? 0), vat: -(oneFood.vatAmount ?? 0) },
})

describe('order after refunds', () => {
  const summary = summariseOrder(toSaleRows([refund2, capture, refund1]))

  it('orders the timeline and nets the gross', () => {
    expect(summary.events.map((e) => e.entryType)).toEqual(['capture', 'refund', 'refund'])
    expect(summary.totals.captures.gross).toBe(245_400)
    expect(summary.totals.refunds.gross).toBe(-42_800)
    expect(summary.totals.all.gross).toBe(202_600)
  })

  it('nets each line: quantities and amounts after partial refunds', () => {
    const byName = Object.fromEntries(summary.lines.map((l) => [l.name, l]))
    expect(byName.Ullgenser).toMatchObject({ quantity: 1, gross: 129_900, refunded: 'none' })
    expect(byName.Ullsokker).toMatchObject({ quantity: 2, gross: 59_800, refunded: 'partial' })
    expect(byName.Turmat).toMatchObject({ quantity: 1, gross: 12_900, refunded: 'partial' })
  })

  it('nets VAT per rate, and the rates add up to the events’ own VAT after refunds', () => {
    const rate25 = summary.vatRates.find((r) => r.vatRate === 2500)
    const rate15 = summary.vatRates.find((r) => r.vatRate === 1500)
    expect(rate25?.sum.gross).toBe(129_900 + 59_800)
    expect(rate25?.sum.vat).toBe(25_980 + 11_960)
    expect(rate15?.sum.gross).toBe(12_900)
    expect(rate15?.sum.vat).toBe(3_365 - 1_683)
    const eventsVat = summary.events.reduce((sum, e) => sum + (e.vat ?? 0), 0)
    expect(summary.vatRates.reduce((sum, r) => sum + r.sum.vat, 0)).toBe(eventsVat)
    expect(summary.vatRates.reduce((sum, r) => sum + r.sum.net + r.sum.vat, 0)).toBe(summary.totals.all.gross)
  })
})

describe('refund labels', () => {
  it('calls a line refunded in full "full", not partial, and one with units left "partial"', () => {
    const wholeSweater = saleEvent({
      entryType: 'refund',
      reference: '10234',
      time: '2026-11-23T09:00:00Z',
      lines: [sweater],
      amounts: { gross: 129900, net: sweater.lineTotalNet, vat: sweater.vatAmount },
    })
    const summary = summariseOrder(toSaleRows([capture, refund1, wholeSweater]))
    const byName = Object.fromEntries(summary.lines.map((l) => [l.name, l]))
    expect(byName.Ullgenser).toMatchObject({ quantity: 0, gross: 0, refunded: 'full' })
    expect(byName.Ullsokker).toMatchObject({ quantity: 2, refunded: 'partial' })
    expect(byName.Turmat).toMatchObject({ quantity: 2, refunded: 'none' })
  })

  it('does not use line amounts that disagree with the event: the event counts whole, under an unknown rate', () => {
    const odd = saleEvent({
      reference: '555',
      lines: [sweater],
      amounts: { gross: 100000, net: 80000, vat: 20000 },
    })
    const summary = summariseOrder(toSaleRows([odd]))
    expect(summary.notSplit).toBe(1)
    expect(summary.lines[0]).toMatchObject({ name: 'Ullgenser', quantity: 1, gross: null })
    expect(summary.vatRates).toEqual([
      { vatRate: null, sum: expect.objectContaining({ gross: 100000, vat: 20000 }) },
    ])
    expect(summary.totals.all.gross).toBe(100000)
  })

  it('lists an event of an unknown type but keeps it out of paid, refunded and net', () => {
    const chargeback = saleEvent({
      entryType: 'chargeback',
      reference: '10234',
      amounts: { gross: 5000, net: 4000, vat: 1000 },
    })
    const summary = summariseOrder(toSaleRows([capture, chargeback]))
    expect(summary.events).toHaveLength(2)
    expect(summary.totals.all.gross).toBe(245_400)
    expect(summary.totals.excluded.unknownTypes).toEqual(['chargeback'])
  })
})
