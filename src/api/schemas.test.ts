import { describe, expect, it } from 'vitest'
import { saleEvent } from '../testing/events'
import { parseOrThrow, ResponseShapeError, SalesPageSchema } from './schemas'

const page = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  items,
  cursor: 'c',
  hasMore: false,
  ...extra,
})

describe('API model', () => {
  it('accepts what the API leaves out: amounts, lines, line fields, customer, category, pspReference', () => {
    const sparse = {
      entryType: 'capture',
      time: '2026-11-20T10:00:00Z',
      reference: 'r',
      currency: 'NOK',
      pspReference: null,
      amounts: null,
      lines: [{ name: 'Bolle' }],
      customer: null,
      classification: { solution: 'MPOS' },
    }
    const parsed = parseOrThrow(
      SalesPageSchema,
      page([sparse, { ...sparse, amounts: undefined, lines: undefined }]),
      'page',
    )
    expect(parsed.items).toHaveLength(2)
  })

  it('keeps unknown entry types, payment types and solutions, and ignores extra fields', () => {
    const odd = {
      ...saleEvent(),
      entryType: 'chargeback',
      paymentType: 'CRYPTO',
      classification: { solution: 'KIOSK' },
      extra: 1,
    }
    const [item] = parseOrThrow(SalesPageSchema, page([odd]), 'page').items
    expect(item?.entryType).toBe('chargeback')
    expect(item?.paymentType).toBe('CRYPTO')
    expect(item?.classification?.solution).toBe('KIOSK')
  })

  it('refuses a response that is not a page, naming the field', () => {
    expect(() => parseOrThrow(SalesPageSchema, { items: [] }, 'sales page')).toThrow(
      /sales page is not valid: hasMore/,
    )
    expect(() => parseOrThrow(SalesPageSchema, [], 'sales page')).toThrow(ResponseShapeError)
    const floatAmount = { ...saleEvent(), amounts: { gross: 12.5, net: null, vat: null } }
    expect(() => parseOrThrow(SalesPageSchema, page([saleEvent(), floatAmount]), 'sales page')).toThrow(
      /items\.1\.amounts\.gross must be an integer amount in minor units/,
    )
    expect(() =>
      parseOrThrow(SalesPageSchema, page([{ ...saleEvent(), time: 'yesterday' }]), 'sales page'),
    ).toThrow(/items\.0\.time/)
  })
})
