import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { neutraliseFormula } from './spreadsheet-text'

/** What a spreadsheet would treat as a formula: the cell's first non-blank character is a trigger. */
const startsLikeFormula = (cell: string) =>
  /^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@＝＋－＠﹦﹢﹣﹫]/u.test(cell)

describe('text cells a spreadsheet would run as a formula', () => {
  const attacks = [
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1)',
    ' =1+1',
    '   =HYPERLINK("http://x","klikk")',
    '\u00a0=1+1',
    '\u3000=1+1',
    '\u200b=1+1',
    '＝SUM(A1)',
    '＋1+1',
    '－1+1',
    '＠SUM(A1)',
    '﹦1+1',
  ]

  it.each(attacks)('prefixes %j with an apostrophe, in both dialects', (attack) => {
    for (const dialect of ['excel-nb', 'standard'] as const) {
      const cell = neutraliseFormula(attack, dialect)
      expect(cell).toBe(`'${attack}`)
    }
  })

  it('a line break before a trigger: prefixed, and again after the break, where a misread file starts a row', () => {
    expect(neutraliseFormula('\n=HYPERLINK("http://x","klikk")')).toBe(`'\n'=HYPERLINK("http://x","klikk")`)
    expect(neutraliseFormula('\r\n=1+1')).toBe(`'\r\n'=1+1`)
  })

  it('a separator or line break inside the text, then a trigger: an apostrophe after it, where a misread file starts a cell', () => {
    expect(neutraliseFormula('Ordre 1;=HYPERLINK("http://x")')).toBe(`Ordre 1;'=HYPERLINK("http://x")`)
    expect(neutraliseFormula('a, @SUM(A1)')).toBe(`a,' @SUM(A1)`)
    expect(neutraliseFormula('a;"=1+1"')).toBe(`a;'"=1+1"`)
    expect(neutraliseFormula('Brød\n-2+3+cmd|x')).toBe(`Brød\n'-2+3+cmd|x`)
    expect(neutraliseFormula('a\t＝SUM(A1)')).toBe(`a\t'＝SUM(A1)`)
  })

  it('but not before a would-be cell that is only a signed number, which runs nothing', () => {
    for (const text of ['Rabatt, -20 %', 'Kaffe kr 10,-', 'Tlf. 22 22 22 22, +47 40 12 34 56', 'a;+1.5'])
      expect(neutraliseFormula(text)).toBe(text)
  })

  it('prefixes a cell that begins with a tab, carriage return or line feed (OWASP), whatever follows', () => {
    for (const text of ['\tTab', '\rCR', '\nLF']) expect(neutraliseFormula(text)).toBe(`'${text}`)
  })

  it('removes control characters (NUL, BEL, ESC, DEL, C1) but keeps tab, CR and LF inside the text', () => {
    expect(neutraliseFormula('Brød\u0000 med\u0007 ost\u001b\u007f\u0085')).toBe('Brød med ost')
    expect(neutraliseFormula('Linje 1\r\nLinje 2\tkolonne')).toBe('Linje 1\r\nLinje 2\tkolonne')
  })

  it('cannot be fooled into a trigger by a control character in front of it', () => {
    expect(neutraliseFormula('\u0000=1+1')).toBe(`'=1+1`)
    expect(neutraliseFormula('\u0007 +1')).toBe(`' +1`)
  })

  it('leaves ordinary text alone', () => {
    for (const text of ['Kaffe latte', 'Brød - grovt', 'a=b', 'e-post@example.no', '', '12 %'])
      expect(neutraliseFormula(text)).toBe(text)
  })

  it('no cell of a hostile list starts like a formula once written, in either dialect', () => {
    for (const dialect of ['excel-nb', 'standard'] as const) {
      const cells = attacks.map((a) => neutraliseFormula(a, dialect))
      const csv = Papa.unparse([cells], { delimiter: dialect === 'excel-nb' ? ';' : ',' })
      const [read = []] = Papa.parse<string[]>(csv).data
      expect(read).toHaveLength(attacks.length)
      for (const cell of read) expect(startsLikeFormula(cell), cell).toBe(false)
    }
  })
})

describe('phone numbers stay readable', () => {
  it('standard dialect (for other programs): a plain phone number is written as it is', () => {
    expect(neutraliseFormula('+4740123456', 'standard')).toBe('+4740123456')
    expect(neutraliseFormula('+47 40 12 34 56', 'standard')).toBe('+47 40 12 34 56')
  })

  it('Excel dialect: a plain phone number is written as a text formula, so Excel keeps the + and every digit', () => {
    expect(neutraliseFormula('+4740123456', 'excel-nb')).toBe('="+4740123456"')
    expect(neutraliseFormula('+47 40 12 34 56', 'excel-nb')).toBe('="+47 40 12 34 56"')
  })

  it('anything more than + digits and spaces is not a phone number: prefixed as any formula', () => {
    for (const text of [
      '+47 40 12 34 56+1',
      '+47(0)40',
      '+47-40',
      '+',
      '+ 47',
      ' +4740123456',
      '+4740123456\n',
    ])
      for (const dialect of ['excel-nb', 'standard'] as const)
        expect(neutraliseFormula(text, dialect), `${text} ${dialect}`).toBe(`'${text}`)
  })
})
