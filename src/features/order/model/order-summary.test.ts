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
    expect(summary.captured).toBe(245_400)
    expect(summary.refunded).toBe(-42_800)
    expect(summary.netGross).toBe(202_600)
  })

  it('nets each line: quantities and amounts after partial refunds', () => {
    const byName = Object.fromEntries(summary.lines.map((l) => [l.name, l]))
    expect(byName.Ullgenser).toMatchObject({ quantity: 1, gross: 129_900, refunded: false })
    expect(byName.Ullsokker).toMatchObject({ quantity: 2, gross: 59_800, refunded: true })
    expect(byName.Turmat).toMatchObject({ quantity: 1, gross: 12_900, refunded: true })
  })

  it('nets VAT per rate, and the rates add up to the events’ own VAT after refunds', () => {
    const rate25 = summary.vatRates.find((r) => r.vatRate === 2500)
    const rate15 = summary.vatRates.find((r) => r.vatRate === 1500)
    expect(rate25?.gross).toBe(129_900 + 59_800)
    expect(rate25?.vat).toBe(25_980 + 11_960)
    expect(rate15?.gross).toBe(12_900)
    expect(rate15?.vat).toBe(3_365 - 1_683)
    const eventsVat = summary.events.reduce((sum, e) => sum + (e.vat ?? 0), 0)
    expect(summary.vatRates.reduce((sum, r) => sum + r.vat, 0)).toBe(eventsVat)
    expect(summary.vatRates.reduce((sum, r) => sum + r.base + r.vat, 0)).toBe(summary.netGross)
  })
})
