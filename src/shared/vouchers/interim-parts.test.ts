import { describe, expect, it } from 'vitest'
import { toSaleRow } from '../../api/sale-row'
import { saleEvent } from '../../testing/events'
import { interimPartsOf } from './interim-parts'

const line = (vatRate: number | null, gross: number, vat: number | null) => ({
  lineId: String(gross),
  name: 'Vare',
  quantity: 1,
  unitPriceGross: gross,
  unitPriceNet: gross - (vat ?? 0),
  discountTotal: 0,
  lineTotalGross: gross,
  lineTotalNet: gross - (vat ?? 0),
  vatRate,
  vatAmount: vat,
  category: null,
})

describe('VAT parts of a sale row (stopgap until rows carry parts)', () => {
  it('splits by rate from lines that reconcile, signed like the row', () => {
    const event = saleEvent({
      amounts: { gross: 17_700, net: 14_522, vat: 3_178 },
      lines: [line(2500, 12_500, 2_500), line(1500, 5_200, 678)],
    })
    expect(interimPartsOf(toSaleRow(event, 'a'))).toEqual([
      { rate: 2500, gross: 12_500, vat: 2_500, net: 10_000 },
      { rate: 1500, gross: 5_200, vat: 678, net: 4_522 },
    ])
    const refund = toSaleRow({ ...event, entryType: 'refund' }, 'b')
    expect(interimPartsOf(refund).map((p) => [p.gross, p.vat])).toEqual([
      [-12_500, -2_500],
      [-5_200, -678],
    ])
  })

  it('gives one part of unknown rate when the lines do not add up, lack VAT, or are absent', () => {
    const disagree = saleEvent({ amounts: { gross: 13_000, net: 10_500, vat: 2_500 } })
    expect(interimPartsOf(toSaleRow(disagree, 'c'))).toEqual([
      { rate: null, gross: 13_000, net: 10_500, vat: 2_500 },
    ])
    const noVat = saleEvent({
      amounts: { gross: 12_500, net: null, vat: null },
      completeness: { hasLineItems: true, hasVatBreakdown: false, hasCustomerIdentity: false },
    })
    expect(interimPartsOf(toSaleRow(noVat, 'd'))).toEqual([
      { rate: null, gross: 12_500, net: null, vat: null },
    ])
    const noLines = saleEvent({ lines: null })
    expect(interimPartsOf(toSaleRow(noLines, 'e'))).toEqual([
      { rate: null, gross: 12_500, net: 10_000, vat: 2_500 },
    ])
    expect(interimPartsOf(toSaleRow(saleEvent({ amounts: null }), 'f'))).toEqual([])
  })
})
