import { describe, expect, it } from 'vitest'
import {
  bankStatementTextOf,
  feesKindOf,
  fundsKindOf,
  payoutNumberOf,
  toFeesRows,
  toFundsRows,
} from './report-entry'
import { ReportDatePageSchema, type ReportEntry, ReportFeedPageSchema } from './report-schemas'
import { parseOrThrow, ResponseShapeError } from './schemas'

const entry = (overrides: Record<string, unknown> = {}) => ({
  pspReference: '2056700000402',
  time: '2026-11-20T10:00:05.000Z',
  ledgerDate: '2026-11-20',
  entryType: 'capture',
  reference: '20261120-0001',
  currency: 'NOK',
  amount: 12500,
  balanceBefore: 100,
  balanceAfter: 12600,
  recipientHandle: 'NO:123455',
  ...overrides,
})

const datePage = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  items,
  cursor: 'c',
  hasMore: false,
  tryLater: false,
  ...extra,
})

const parseDate = (value: unknown) => parseOrThrow(ReportDatePageSchema, value, 'funds page')

describe('Report API model', () => {
  it('reads a date page and a feed page, ignoring fields it does not know', () => {
    const page = parseDate(datePage([entry({ extra: 1 })], { tryLater: true }))
    expect(page.tryLater).toBe(true)
    expect(page.items[0]).not.toHaveProperty('extra')
    const feed = parseOrThrow(ReportFeedPageSchema, { items: [entry()], cursor: 'x', tryLater: true }, 'feed')
    expect(feed.items).toHaveLength(1)
  })

  it('accepts what may be missing: recipientHandle, reference, pspReference, the personal fields, tryLater', () => {
    const sparse = entry({ recipientHandle: null, reference: undefined, pspReference: null })
    const page = parseDate(datePage([sparse], { tryLater: undefined }))
    expect(page.tryLater).toBeUndefined()
    const [row] = toFundsRows(page.items)
    expect(row?.reference).toBe('')
    expect(row?.pspReference).toBeNull()
  })

  it.each([
    ['a float amount', { amount: 125.5 }, 'items.0.amount'],
    ['an amount beyond the safe-integer range', { amount: 2 ** 53 }, 'items.0.amount'],
    ['an amount written as text', { amount: '12500' }, 'items.0.amount'],
    ['a float balance', { balanceAfter: 0.1 }, 'items.0.balanceAfter'],
    ['a missing balance', { balanceBefore: undefined }, 'items.0.balanceBefore'],
    ['an impossible ledger date', { ledgerDate: '2026-02-30' }, 'items.0.ledgerDate'],
    ['a time that is not a timestamp', { time: 'yesterday' }, 'items.0.time'],
    ['no entry type', { entryType: undefined }, 'items.0.entryType'],
  ])('refuses %s, naming the field', (_, overrides, field) => {
    expect(() => parseDate(datePage([entry(overrides)]))).toThrow(ResponseShapeError)
    expect(() => parseDate(datePage([entry(overrides)]))).toThrow(field)
  })

  it('refuses a date page without hasMore (it decides whether the date is complete)', () => {
    expect(() => parseDate({ items: [], cursor: 'c', tryLater: false })).toThrow('hasMore')
  })

  it('accepts the largest safe amounts, negative and positive', () => {
    const big = Number.MAX_SAFE_INTEGER
    const page = parseDate(datePage([entry({ amount: -big, balanceBefore: big, balanceAfter: 0 })]))
    expect(page.items[0]?.amount).toBe(-big)
  })
})

describe('what an entry means', () => {
  it('folds the older payout name into the current one and keeps unknown types flagged', () => {
    expect(fundsKindOf('payout-scheduled')).toBe('payout-scheduled')
    expect(fundsKindOf('scheduled-for-payout')).toBe('payout-scheduled')
    expect(fundsKindOf('Capture')).toBe('capture')
    expect(fundsKindOf('interest-payout')).toBe('unknown')
    expect(fundsKindOf('constructor')).toBe('unknown')
    expect(fundsKindOf('capture-fee')).toBe('unknown')
    expect(feesKindOf('capture-fee')).toBe('capture-fee')
    expect(feesKindOf('capture')).toBe('unknown')
    const [legacy, odd] = toFundsRows([
      entry({ entryType: 'scheduled-for-payout', amount: -100, balanceAfter: 0 }) as ReportEntry,
      entry({ entryType: 'interest-payout' }) as ReportEntry,
    ])
    expect(legacy).toMatchObject({ kind: 'payout-scheduled', entryType: 'scheduled-for-payout', known: true })
    expect(odd).toMatchObject({ kind: 'unknown', entryType: 'interest-payout', known: false, amount: 12500 })
  })

  it('gives repeated fees of one capture distinct keys that stay the same across page boundaries', () => {
    const fee = entry({ entryType: 'capture-fee', amount: -50, balanceBefore: 0, balanceAfter: -50 })
    const rows = toFeesRows([fee, fee, { ...fee, pspReference: 'other' }] as ReportEntry[])
    expect(new Set(rows.map((r) => r.key)).size).toBe(3)
    expect(toFeesRows([fee, fee] as ReportEntry[]).map((r) => r.key)).toEqual(
      rows.slice(0, 2).map((r) => r.key),
    )
  })

  it('flags an entry whose balances do not add up, or that came under another date', () => {
    const [row] = toFundsRows([entry({ balanceAfter: 12601 }) as ReportEntry], '2026-11-21')
    expect(row?.issues).toHaveLength(2)
    expect(toFundsRows([entry() as ReportEntry], '2026-11-20')[0]?.issues).toEqual([])
  })

  it('reads the payout number the bank shows, from either documented pspReference form', () => {
    const current = { reference: 'Vipps utbet. 2000023 Vippsnr 550123', pspReference: '302321-2000023' }
    expect(payoutNumberOf(current)).toBe('2000023')
    expect(bankStatementTextOf(current)).toBe('Utb. 2000023 Vippsnr 550123')
    expect(payoutNumberOf({ reference: '', pspReference: '302321-2000024' })).toBe('2000024')
    expect(payoutNumberOf({ reference: '', pspReference: '2000025' })).toBe('2000025')
    expect(bankStatementTextOf({ reference: '', pspReference: '2000025' })).toBe('Utb. 2000025')
    expect(payoutNumberOf({ reference: 'Utbetaling', pspReference: null })).toBeNull()
  })
})
