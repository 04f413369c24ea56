import Papa from 'papaparse'

/**
 * Readers for the files the voucher writers produce, written for the tests from the published
 * layouts (not from the writers): what an importing system would read back.
 */

/** "1234.50" / "-1234,50" → signed øre, with no floating point. */
export function decimalToOre(text: string, separator: '.' | ','): number {
  const pattern = separator === '.' ? /^(-?)(\d+)\.(\d{2})$/ : /^(-?)(\d+),(\d{2})$/
  const match = pattern.exec(text)
  if (!match) throw new Error(`not an amount with two decimals: "${text}"`)
  const ore = Number(match[2]) * 100 + Number(match[3])
  return match[1] === '-' ? -ore : ore
}

export interface Gbat10Posting {
  voucher: number
  date: string
  type: number
  period: number
  year: number
  account: string
  vatCode: string
  /** Saldo (column 8): the net posting. */
  net: number
  text: string
  grossType: string
  gross: number
}

/** Mamut's layout: 0-based columns, ";" separated, no quoting, no header. */
export function readGbat10(file: string, separator: '.' | ',' = '.'): Gbat10Posting[] {
  if (file === '') return []
  if (!file.endsWith('\r\n')) throw new Error('GBAT10 lines end with CRLF')
  return file
    .slice(0, -2)
    .split('\r\n')
    .map((line) => {
      const f = line.split(';')
      if (f.length !== 28) throw new Error(`GBAT10 line with ${f.length} fields: ${line}`)
      if (f[0] !== 'GBAT10') throw new Error(`not a GBAT10 line: ${line}`)
      const date = f[2] ?? ''
      if (!/^\d{8}$/.test(date)) throw new Error(`bad date ${date}`)
      return {
        voucher: Number(f[1]),
        date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
        type: Number(f[3]),
        period: Number(f[4]),
        year: Number(f[5]),
        account: f[6] ?? '',
        vatCode: f[7] ?? '',
        net: decimalToOre(f[8] ?? '', separator),
        text: f[20] ?? '',
        grossType: f[26] ?? '',
        gross: decimalToOre(f[27] ?? '', separator),
      }
    })
}

/** A CSV of the app's exports back into records of strings (byte-order mark dropped). */
export function readCsv(file: string, delimiter: ';' | ','): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(file.replace(/^\uFEFF/, ''), {
    delimiter,
    header: true,
    skipEmptyLines: true,
  })
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join('; '))
  return parsed.data
}

export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const item of items) {
    const list = map.get(keyOf(item))
    if (list) list.push(item)
    else map.set(keyOf(item), [item])
  }
  return map
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
