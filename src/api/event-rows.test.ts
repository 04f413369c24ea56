import { describe, expect, it } from 'vitest'
import { saleEvent } from '../testing/events'
import { SHARED_PSP_ISSUE } from './event-identity'
import { readSourceRows } from './event-rows'
import { toSaleRows } from './sale-row'
import { parseOrThrow, SalesPageSchema } from './schemas'

const day = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    saleEvent({ time: new Date(Date.parse('2026-11-20T07:00:00Z') + i * 20_000).toISOString() }),
  )

const cash = (overrides = {}) =>
  saleEvent({ pspReference: null, paymentType: 'CASH', reference: 'kasse-17', ...overrides })

describe('reading a page event by event', () => {
  it('keeps every readable event of a day when one cannot be read, and flags that one by field path', () => {
    const events: unknown[] = day(1283)
    const original = day(1)[0]
    const odd = { ...original, amounts: { gross: '125,00', net: 10000, vat: 2500 } }
    events[500] = odd
    const { rows, unreadable } = readSourceRows([events], { ledgerDate: '2026-11-20' })
    expect(rows).toHaveLength(1283)
    expect(unreadable).toBe(1)
    const flagged = rows.filter((r) => r.invalid)
    expect(flagged).toHaveLength(1)
    expect(flagged[0]?.invalid?.[0]).toMatch(/^«amounts\.gross» skal være et tall, men er /)
    expect(flagged[0]?.reference).toBe(odd.reference)
    expect(flagged[0]?.time).toBe(odd.time)
    expect(flagged[0]?.gross).toBeNull()
    expect(rows.filter((r) => !r.invalid).every((r) => r.gross === 12500)).toBe(true)
  })

  it('names every problem of an unreadable event: a fractional vatRate, a bad time, an amount beyond 2^53', () => {
    const base = saleEvent()
    const broken = {
      ...base,
      time: 'i går kl. 12',
      amounts: { gross: 1e300, net: null, vat: null },
      lines: [{ ...base.lines?.[0], vatRate: 2500.5 }],
    }
    const [row] = readSourceRows([[broken]], { ledgerDate: '2026-11-20' }).rows
    expect(row?.invalid).toEqual([
      expect.stringMatching(/^«time» skal være et tidspunkt/),
      expect.stringMatching(/^«amounts\.gross» skal være .*9 007 199 254 740 991/),
      expect.stringMatching(/^«lines\.0\.vatRate» skal være et helt tall/),
    ])
    // The time as far as readable: the text as sent, placed at the start of the day it was fetched under.
    expect(row?.time).toBe('i går kl. 12')
    expect(row?.timeMs).toBe(Date.parse('2026-11-19T23:00:00Z'))
    expect(row?.ledgerDate).toBe('2026-11-20')
    expect(row?.issues.join(' ')).toContain('ikke med i summene')
  })

  it('refuses gross: 1e300 in a whole page too (the schema the proxy-side tools use)', () => {
    const page = { items: [saleEvent({ amounts: { gross: 1e300, net: null, vat: null } })], hasMore: false }
    expect(() => parseOrThrow(SalesPageSchema, page, 'sales page')).toThrow(/items\.0\.amounts\.gross/)
  })

  it('carries the ledger date of the day that was fetched, not one recomputed from the time', () => {
    // 23:30 UTC on the 20th is the 21st in Oslo; the upstream filed it under the 20th.
    const late = saleEvent({ time: '2026-11-20T23:30:00Z' })
    expect(readSourceRows([[late]], { ledgerDate: '2026-11-20' }).rows[0]?.ledgerDate).toBe('2026-11-20')
    expect(readSourceRows([[late]]).rows[0]?.ledgerDate).toBe('2026-11-21')
  })
})

describe('events that arrive twice: one rule inside and across pages', () => {
  it('counts an identical cash event once, whether the repeat is in the same page or the next', () => {
    const first = cash()
    const repeat = structuredClone(first)
    const other = saleEvent()
    const inside = readSourceRows([[first, repeat, other]])
    const across = readSourceRows([[first], [repeat, other]])
    expect(inside.rows.map((r) => r.key)).toEqual(across.rows.map((r) => r.key))
    expect(inside.rows).toHaveLength(2)
    expect(inside.repeated).toBe(1)
    expect(across.repeated).toBe(1)
  })

  it('treats a repeat with the same fields in another key order as identical', () => {
    const first = cash()
    const reordered = Object.fromEntries(Object.entries(structuredClone(first)).reverse())
    expect(readSourceRows([[first], [reordered]]).repeated).toBe(1)
  })

  it('keeps two different cash events with the same reference and time, each with its own key', () => {
    const a = cash({ amounts: { gross: 5200, net: 4522, vat: 678 } })
    const b = cash({ amounts: { gross: 4500, net: 3913, vat: 587 } })
    for (const pages of [[[a, b]], [[a], [b]]]) {
      const { rows, repeated } = readSourceRows(pages)
      expect(rows.map((r) => r.gross)).toEqual([5200, 4500])
      expect(new Set(rows.map((r) => r.key)).size).toBe(2)
      expect(repeated).toBe(0)
      expect(rows.every((r) => !r.issues.includes(SHARED_PSP_ISSUE))).toBe(true)
    }
  })

  it('keeps and flags two different events that share a pspReference', () => {
    const a = saleEvent({ pspReference: 'psp-dup' })
    const b = { ...a, amounts: { gross: 9900, net: 7920, vat: 1980 } }
    const { rows, repeated } = readSourceRows([[a], [b]])
    expect(rows).toHaveLength(2)
    expect(repeated).toBe(0)
    expect(rows.every((r) => r.issues.includes(SHARED_PSP_ISSUE))).toBe(true)
  })

  it('toSaleRows follows the same rule as pages', () => {
    const first = cash()
    const later = cash({ time: '2026-11-20T10:00:01.000Z' })
    const rows = toSaleRows([first, structuredClone(first), later])
    expect(rows).toHaveLength(2)
    const paged = readSourceRows([[first], [structuredClone(first), later]]).rows
    expect(rows.map((r) => r.key)).toEqual(paged.map((r) => r.key))
  })
})
