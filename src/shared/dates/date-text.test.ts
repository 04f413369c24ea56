import { describe, expect, it } from 'vitest'
import { formatDateText, maskDateText, parseDateText } from './date-text'

describe('typed dates (dd.mm.åååå)', () => {
  it('reads a complete date in the ways people type it', () => {
    expect(parseDateText('22.11.2026')).toBe('2026-11-22')
    expect(parseDateText(' 2.3.2026 ')).toBe('2026-03-02')
    expect(parseDateText('22.11.26')).toBe('2026-11-22')
    expect(parseDateText('22/11/2026')).toBe('2026-11-22')
    expect(parseDateText('22112026')).toBe('2026-11-22')
    expect(parseDateText('2026-11-22')).toBe('2026-11-22')
  })

  it('never accepts a date while its year is being typed', () => {
    for (const partial of ['2', '22', '22.', '22.1', '22.11', '22.11.', '22.11.2', '22.11.202'])
      expect(parseDateText(partial), partial).toBeNull()
  })

  it('refuses dates that do not exist', () => {
    expect(parseDateText('30.02.2026')).toBeNull()
    expect(parseDateText('32.01.2026')).toBeNull()
    expect(parseDateText('01.13.2026')).toBeNull()
    expect(parseDateText('2026-02-30')).toBeNull()
    expect(parseDateText('i går')).toBeNull()
  })

  it('writes dates as dd.mm.åååå', () => {
    expect(formatDateText('2026-03-09')).toBe('09.03.2026')
  })

  it('keeps typed dots where they belong: 22.11.2026 typed with its dots stays as typed', () => {
    let text = ''
    for (const key of '22.11.2026') text = maskDateText(text + key)
    expect(text).toBe('22.11.2026')
  })

  it('puts the dots in while bare digits are typed, and leaves separated text as typed', () => {
    const typed = '22112026'.split('').map((_, i) => maskDateText('22112026'.slice(0, i + 1)))
    expect(typed).toEqual(['2', '22', '22.1', '22.11', '22.11.2', '22.11.20', '22.11.202', '22.11.2026'])
    expect(maskDateText('22.112')).toBe('22.11.2')
    expect(maskDateText('22.')).toBe('22.')
    expect(maskDateText('22.11.')).toBe('22.11.')
    expect(maskDateText('22/11/2026')).toBe('22.11.2026')
    expect(maskDateText('2.3.')).toBe('2.3.')
    expect(maskDateText('2.3.2026')).toBe('2.3.2026')
    expect(maskDateText('22.11.2026x')).toBe('22.11.2026')
  })
})
