import { describe, expect, it } from 'vitest'
import { toSaleRows } from '../../api/sale-row'
import { saleEvent } from '../../testing/events'
import { EMPTY_FILTERS, filterRows, UNCATEGORISED } from './filters'
import { sortRows } from './sort-rows'
import { totalsOf } from './totals'

const coffee = saleEvent({
  reference: 'K-1001',
  amounts: { gross: 5200, net: 4522, vat: 678 },
  lines: [
    {
      name: 'Cappuccino',
      quantity: 1,
      unitPriceGross: 5200,
      lineTotalGross: 5200,
      lineTotalNet: 4522,
      vatRate: 1500,
      vatAmount: 678,
      category: 'Kaffe',
    },
  ],
})
const refundPositive = saleEvent({
  entryType: 'refund',
  reference: 'K-1001',
  amounts: { gross: 5200, net: 4522, vat: 678 },
  lines: coffee.lines,
})
const refundNegative = saleEvent({
  entryType: 'refund',
  reference: 'W-77',
  amounts: { gross: -12500, net: -10000, vat: -2500 },
})
const club = saleEvent({
  reference: 'vm-1',
  paymentType: 'WALLET',
  amounts: { gross: 30000, net: null, vat: null },
  lines: null,
  classification: { solution: 'VARIABLE_AMOUNT', salesCategory: 'Kiosk' },
  completeness: { hasLineItems: false, hasVatBreakdown: false, hasCustomerIdentity: false },
})
const cash = saleEvent({
  pspReference: null,
  paymentType: 'CASH',
  reference: 'K-1002',
  customer: { name: 'Åse Ødegård', email: null, phone: null },
})
const oddType = saleEvent({
  entryType: 'adjustment',
  paymentType: 'GIFTCARD',
  classification: { solution: 'NEW_THING', salesCategory: null },
  lines: [],
  completeness: null,
})

const rows = toSaleRows([coffee, refundPositive, refundNegative, club, cash, oddType])

describe('totals', () => {
  it('counts refunds as reductions whichever sign the API used, exact to the øre', () => {
    const totals = totalsOf(rows)
    expect(totals.rows).toBe(6)
    expect(totals.refunds.count).toBe(2)
    expect(totals.captures.count).toBe(3)
    // 5200 − 5200 − 12500 + 30000 + 12500 (the adjustment of unknown type is not summed)
    expect(totals.all.gross).toBe(30_000)
    expect(totals.captures.gross + totals.refunds.gross).toBe(totals.all.gross)
    // club has no VAT breakdown: kept out of net/VAT and reported separately
    expect(totals.all.net).toBe(4522 - 4522 - 10000 + 10000)
    expect(totals.all.vat).toBe(678 - 678 - 2500 + 2500)
    expect(totals.all.withoutVat).toBe(1)
    expect(totals.all.grossWithoutVat).toBe(30_000)
  })

  it('never counts an unknown entry type as a sale: it is counted apart, with its type', () => {
    const totals = totalsOf(rows)
    expect(totals.excluded).toEqual({
      unknownKind: 1,
      unknownTypes: ['adjustment'],
      invalid: 0,
      negativeCaptures: 0,
      // Its gross is said apart ("Ikke summert brutto"), in no sum.
      gross: 12500,
      withoutGross: 0,
    })
    expect(totals.all.count).toBe(5)
  })

  it('keeps unknown entry types, payment types and solutions as they are', () => {
    const odd = rows[5]
    expect(odd?.entryType).toBe('adjustment')
    expect(odd?.isRefund).toBe(false)
    expect(odd?.paymentType).toBe('GIFTCARD')
    expect(odd?.solution).toBe('NEW_THING')
  })
})

describe('filters', () => {
  const only = (patch: Partial<typeof EMPTY_FILTERS>) =>
    filterRows(rows, { ...EMPTY_FILTERS, ...patch }).map((r) => r.reference)

  it('finds by reference, line name and customer, case-insensitively', () => {
    expect(only({ text: 'k-100' })).toEqual(['K-1001', 'K-1001', 'K-1002'])
    expect(only({ text: 'CAPPUCCINO' })).toEqual(['K-1001', 'K-1001'])
    expect(only({ text: 'ødegård' })).toEqual(['K-1002'])
    expect(only({ text: 'cappuccino refund-does-not-exist' })).toEqual([])
  })

  it('combines entry type with category, and category matches the sales category too', () => {
    expect(only({ entryTypes: ['refund'], categories: ['Kaffe'] })).toEqual(['K-1001'])
    expect(only({ categories: ['Kiosk'] })).toEqual(['vm-1'])
    expect(only({ categories: [UNCATEGORISED] })).toEqual([oddType.reference])
  })

  it('filters by payment type, solution, VAT rate, amount size and missing data', () => {
    expect(only({ paymentTypes: ['CASH'] })).toEqual(['K-1002'])
    expect(only({ solutions: ['VARIABLE_AMOUNT'] })).toEqual(['vm-1'])
    expect(only({ vatRates: [1500] })).toEqual(['K-1001', 'K-1001'])
    // 125 kr refund matches a 100–130 kr range by its size
    expect(only({ minGross: 10000, maxGross: 13000 })).toContain('W-77')
    expect(only({ minGross: 10000, maxGross: 13000 })).not.toContain('vm-1')
    expect(only({ missing: ['vat'] })).toEqual(['vm-1'])
    expect(only({ missing: ['lines'] })).toEqual(['vm-1', oddType.reference])
  })

  it('search finds references in any case, line names, the sales category and the customer', () => {
    const rows = toSaleRows([
      saleEvent({ reference: 'WEB-Ørn-17' }),
      saleEvent({ pspReference: 'PSP-ABC', lines: [], amounts: { gross: 100, net: null, vat: null } }),
      saleEvent({ classification: { solution: 'VARIABLE_AMOUNT', salesCategory: 'Kontingent' } }),
      saleEvent({ customer: { name: 'Kari Nordmann', email: 'kari@example.no', phone: null } }),
    ])
    const found = (text: string) => filterRows(rows, { ...EMPTY_FILTERS, text }).map((r) => rows.indexOf(r))
    expect(found('web-ørn')).toEqual([0])
    expect(found('ØRN')).toEqual([0])
    expect(found('psp-abc')).toEqual([1])
    expect(found('kontingent')).toEqual([2])
    expect(found('nordmann')).toEqual([3])
    expect(found('kari@')).toEqual([3])
    expect(found('termokopp')).toEqual([0, 2, 3])
  })
})

describe('sorting', () => {
  it('sorts by signed gross with missing values last, and keeps ties in API order', () => {
    const byGross = sortRows(rows, { column: 'gross', desc: false }).map((r) => r.gross)
    expect(byGross).toEqual([-12500, -5200, 5200, 12500, 12500, 30000])
    const withMissing = toSaleRows([saleEvent({ amounts: null }), coffee])
    expect(sortRows(withMissing, { column: 'gross', desc: true }).map((r) => r.gross)).toEqual([5200, null])
  })
})

describe('text sorting', () => {
  it('sorts references naturally and names in Norwegian order, case-insensitively', () => {
    const refs = toSaleRows(
      ['10234', '9999', 'ordre #2', 'ordre #10', 'Åsen', 'Ørje', 'Ærfugl', 'zebra', 'Alta'].map((reference) =>
        saleEvent({ reference }),
      ),
    )
    expect(sortRows(refs, { column: 'reference', desc: false }).map((r) => r.reference)).toEqual([
      '9999',
      '10234',
      'Alta',
      'ordre #2',
      'ordre #10',
      'zebra',
      'Ærfugl',
      'Ørje',
      'Åsen',
    ])
  })
})

describe('narrowing while typing', () => {
  it('gives the same rows as filtering from scratch, for longer, shorter and changed queries', async () => {
    const { filterRowsFrom } = await import('./filters')
    let previous = null as ReturnType<typeof filterRowsFrom> | null
    for (const text of ['k', 'k-', 'k-100', 'k-1001', 'k-10', '', 'cap', 'cappuccino', 'cappuccino x']) {
      const filters = { ...EMPTY_FILTERS, text }
      previous = filterRowsFrom(rows, filters, previous)
      expect(previous.result).toEqual(filterRows(rows, filters))
    }
    const refunds = { ...EMPTY_FILTERS, text: 'k', entryTypes: ['refund'] }
    previous = filterRowsFrom(rows, refunds, previous)
    expect(previous.result).toEqual(filterRows(rows, refunds))
  })
})
