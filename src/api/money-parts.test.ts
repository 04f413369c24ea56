import { describe, expect, it } from 'vitest'
import { saleEvent } from '../testing/events'
import { countsInTotals, MIXED_CATEGORIES } from './money-parts'
import { toSaleRow } from './sale-row'
import type { OrderLine } from './schemas'

const line = (
  gross: number,
  rate: number,
  category: string | null,
  vat = Math.round((gross * rate) / (10000 + rate)),
) => ({
  name: `Vare ${gross}`,
  quantity: 1,
  unitPriceGross: gross,
  lineTotalGross: gross,
  lineTotalNet: gross - vat,
  vatRate: rate,
  vatAmount: vat,
  category,
})
const eventOf = (lines: OrderLine[], overrides = {}) => {
  const gross = lines.reduce((s, l) => s + (l.lineTotalGross ?? 0), 0)
  const vat = lines.reduce((s, l) => s + (l.vatAmount ?? 0), 0)
  return saleEvent({ lines, amounts: { gross, net: gross - vat, vat }, ...overrides })
}
const partsOf = (event: ReturnType<typeof saleEvent>) => toSaleRow(event, 'k').parts

describe('money parts', () => {
  it('splits an event into its lines when the lines add up to its amounts', () => {
    const parts = partsOf(eventOf([line(12500, 2500, 'Utstyr'), line(11500, 1500, 'Mat')]))
    expect(parts).toEqual([
      { vatRate: 2500, category: 'Utstyr', gross: 12500, net: 10000, vat: 2500, lineIndex: 0 },
      { vatRate: 1500, category: 'Mat', gross: 11500, net: 10000, vat: 1500, lineIndex: 1 },
    ])
  })

  it('signs a refund’s parts negative whichever sign the API wrote', () => {
    const positive = partsOf(eventOf([line(12500, 2500, 'Utstyr')], { entryType: 'refund' }))
    expect(positive[0]).toMatchObject({ gross: -12500, net: -10000, vat: -2500 })
  })

  it('uses the event’s own amounts as one unknown-rate part when the lines do not add up', () => {
    const event = eventOf([line(12500, 2500, 'Utstyr'), line(11500, 1500, 'Utstyr')])
    const parts = partsOf({ ...event, amounts: { gross: 30000, net: 24000, vat: 6000 } })
    expect(parts).toEqual([
      { vatRate: null, category: 'Utstyr', gross: 30000, net: 24000, vat: 6000, lineIndex: null },
    ])
    const row = toSaleRow({ ...event, amounts: { gross: 30000, net: 24000, vat: 6000 } }, 'k')
    expect(row.issues.join(' ')).toContain('summene bruker salgets beløp, ukjent sats')
  })

  it('does the same when the lines’ VAT does not add up, and files a mixed sale under no single category', () => {
    const event = eventOf([line(12500, 2500, 'Utstyr'), line(11500, 1500, 'Mat')])
    const parts = partsOf({ ...event, amounts: { gross: 24000, net: 20100, vat: 3900 } })
    expect(parts).toEqual([
      { vatRate: null, category: MIXED_CATEGORIES, gross: 24000, net: 20100, vat: 3900, lineIndex: null },
    ])
  })

  it('keeps lines without VAT figures as line parts when the event has no VAT breakdown either', () => {
    const noVat = { ...line(5000, 2500, 'Kaffe'), lineTotalNet: null, vatAmount: null, vatRate: null }
    const parts = partsOf(
      saleEvent({
        lines: [noVat, { ...noVat, category: 'Bakst' }],
        amounts: { gross: 10000, net: null, vat: null },
        completeness: { hasLineItems: true, hasVatBreakdown: false },
      }),
    )
    expect(parts.map((p) => [p.category, p.gross, p.net, p.vat, p.vatRate])).toEqual([
      ['Kaffe', 5000, null, null, null],
      ['Bakst', 5000, null, null, null],
    ])
  })

  it('never reads a missing amount as zero: no gross, no split, the part says null', () => {
    const parts = partsOf(eventOf([line(12500, 2500, 'Utstyr')], { amounts: null }))
    expect(parts).toEqual([
      { vatRate: null, category: 'Utstyr', gross: null, net: null, vat: null, lineIndex: null },
    ])
  })

  it('trusts completeness: "no VAT breakdown" leaves net and VAT out even if figures were sent', () => {
    const row = toSaleRow(
      saleEvent({
        lines: null,
        amounts: { gross: 10000, net: 10000, vat: 0 },
        completeness: { hasVatBreakdown: false },
        classification: { solution: 'VARIABLE_AMOUNT', salesCategory: 'Kiosk' },
      }),
      'k',
    )
    expect([row.net, row.vat]).toEqual([null, null])
    expect(row.parts).toEqual([
      { vatRate: null, category: 'Kiosk', gross: 10000, net: null, vat: null, lineIndex: null },
    ])
  })

  it('counts captures and refunds, not unknown entry types or unreadable events', () => {
    const row = (entryType: string) => toSaleRow(saleEvent({ entryType }), 'k')
    expect(countsInTotals(row('capture'))).toBe(true)
    expect(countsInTotals(row('REFUND'))).toBe(true)
    expect(countsInTotals(row('chargeback'))).toBe(false)
    expect(countsInTotals({ ...row('capture'), invalid: ['amounts.gross: must be an integer'] })).toBe(false)
  })
})
