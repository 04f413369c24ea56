import { describe, expect, it } from 'vitest'
import { saleEvent } from '../testing/events'
import { readSourceRows } from './event-rows'
import { fingerprintOf } from './fingerprint'
import { toSaleRows } from './sale-row'

describe('a fingerprint of an event as sent', () => {
  const event = saleEvent({ customer: { name: 'Åse', email: null, phone: '+4790000000' } })

  it('is the same in any key order, at every depth, and counts an undefined field as absent', () => {
    const reordered = JSON.parse(JSON.stringify(event), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    )
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(event)[0])
    expect(fingerprintOf(reordered)).toBe(fingerprintOf(event))
    expect(fingerprintOf({ ...event, orderDate: undefined })).toBe(fingerprintOf(event))
  })

  it('changes with any field: an amount, a line, a customer, the type of a value, the order of lines', () => {
    const line = event.lines?.[0]
    const other = { ...line, lineId: '2', name: 'Kaffe' }
    const variants = [
      { ...event, amounts: { gross: 12501, net: 10000, vat: 2500 } },
      { ...event, lines: [{ ...line, vatRate: 1500 }] },
      { ...event, customer: { name: 'Åse', email: null, phone: '+4790000001' } },
      { ...event, customer: { name: 'Åse', email: '', phone: '+4790000000' } },
      { ...event, reference: 12 },
      { ...event, pspReference: null },
      { ...event, lines: [line, other] },
      { ...event, lines: [other, line] },
      { ...event, extra: 'a field we do not know' },
    ]
    const prints = new Set([event, ...variants].map(fingerprintOf))
    expect(prints.size).toBe(variants.length + 1)
  })
})

describe('compact rows', () => {
  it('rows with the same lines share one copy of them, and no row can change it', () => {
    const rows = toSaleRows([saleEvent(), saleEvent(), saleEvent({ entryType: 'refund' })])
    const [a, b, refund] = rows
    if (!a || !b || !refund) throw new Error('three rows')
    expect(a.lines).toBe(b.lines)
    expect(a.parts).toBe(b.parts)
    expect(a.categories).toBe(b.categories)
    // A refund's lines are signed, so they are another copy.
    expect(refund.lines).not.toBe(a.lines)
    expect(refund.lines[0]?.lineTotalGross).toBe(-12500)
    expect(() => (a.lines as unknown[]).push({})).toThrow()
    expect(() => {
      ;(a.parts[0] as { gross: number }).gross = 0
    }).toThrow()
    expect(b.parts[0]?.gross).toBe(12500)
  })

  it('a repeat is told from a corrected copy after its page is gone, in any key order', () => {
    const first = saleEvent({ pspReference: null, paymentType: 'CASH', reference: 'kasse-9' })
    const reordered = Object.fromEntries(Object.entries(structuredClone(first)).reverse())
    const corrected = { ...first, amounts: { gross: 13000, net: 10400, vat: 2600 } }
    const { rows, repeated } = readSourceRows([[first], [reordered], [corrected]])
    expect(repeated).toBe(1)
    expect(rows.map((r) => r.gross)).toEqual([12500, 13000])
  })
})
