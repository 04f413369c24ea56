import type { SalesEvent } from '../api/schemas'

let counter = 0

/** A sales event for tests, complete unless a field is overridden. */
export function saleEvent(overrides: Partial<SalesEvent> = {}): SalesEvent {
  counter++
  return {
    entryType: 'capture',
    time: '2026-11-20T10:00:00.000Z',
    pspReference: `psp-${counter}`,
    reference: `ref-${counter}`,
    currency: 'NOK',
    paymentType: 'CARD',
    amounts: { gross: 12500, net: 10000, vat: 2500 },
    lines: [
      {
        lineId: '1',
        name: 'Termokopp',
        quantity: 1,
        unitPriceGross: 12500,
        unitPriceNet: 10000,
        discountTotal: 0,
        lineTotalGross: 12500,
        lineTotalNet: 10000,
        vatRate: 2500,
        vatAmount: 2500,
        category: 'Utstyr',
      },
    ],
    customer: null,
    classification: { solution: 'MPOS', salesCategory: null },
    completeness: { hasLineItems: true, hasVatBreakdown: true, hasCustomerIdentity: false },
    ...overrides,
  }
}
