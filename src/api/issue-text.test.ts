import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { readSalesEvent } from './event-rows'
import { issueText } from './issue-text'

const event = {
  entryType: 'CAPTURE',
  time: '2026-11-20T10:00:00Z',
  reference: 'r-1',
  currency: 'NOK',
  amounts: { gross: 1000, net: 800, vat: 200 },
}

const problemsOf = (item: unknown) => readSalesEvent(item).problems ?? []

describe('an event that cannot be read is explained in Norwegian', () => {
  it('names the field and what it should have been, never valibot’s English', () => {
    expect(problemsOf({ ...event, amounts: { gross: 12.5 } })).toEqual([
      '«amounts.gross» skal være et helt tall, men er 12.5',
    ])
    expect(problemsOf({ ...event, time: 'i går kl. 12' })).toEqual([
      '«time» skal være et tidspunkt i ISO 8601-format (f.eks. 2026-11-28T12:00:00Z), men er "i går kl. 12"',
    ])
    expect(problemsOf({ ...event, reference: undefined })).toEqual([
      '«reference» skal være tekst, men mangler',
    ])
    expect(problemsOf({ ...event, lines: [{ vatRate: 'høy' }] })).toEqual([
      '«lines.0.vatRate» skal være et tall, men er "høy"',
    ])
    expect(problemsOf(null)).toEqual(['hendelsen skal være et objekt, men er tom (null)'])
    for (const text of problemsOf({ ...event, amounts: { gross: 1.5, vat: 'x' }, time: 3 }))
      expect(text).not.toMatch(/Invalid|Expected|received|must be/)
  })

  it('choices, bounds and long values', () => {
    const issue = (schema: v.GenericSchema, value: unknown) => {
      const result = v.safeParse(v.object({ f: schema }), { f: value })
      return result.success ? '' : issueText(result.issues[0])
    }
    expect(issue(v.picklist(['csv', 'gbat10']), 'x')).toBe('«f» skal være én av "csv", "gbat10", men er "x"')
    expect(issue(v.pipe(v.number(), v.minValue(1)), 0)).toBe('«f» skal være minst 1, men er 0')
    expect(issue(v.pipe(v.number(), v.maxValue(999)), 1000)).toBe('«f» skal være høyst 999, men er 1000')
    expect(issue(v.number(), 'x'.repeat(100))).toBe(`«f» skal være et tall, men er "${'x'.repeat(38)}…`)
  })
})
