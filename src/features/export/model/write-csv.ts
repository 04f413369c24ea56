import type { SaleRow } from '../../../api/sale-row'
import { byteOrderMark, unparseCsv } from '../../../shared/csv/csv-file'
import { type CsvOptions, headerOf, recordsOf } from './csv-format'

export const CHUNK_ROWS = 2000

export class ExportCancelled extends Error {
  constructor() {
    super('Eksporten ble avbrutt')
    this.name = 'ExportCancelled'
  }
}

// Formulas are neutralised per column in recordsOf, where text and numbers are told apart.
const unparse = (records: string[][], options: CsvOptions) => unparseCsv(records, options.dialect)

/** The whole file as one string (small exports and tests). */
export function toCsv(rows: readonly SaleRow[], options: CsvOptions): string {
  const records = [headerOf(options), ...rows.flatMap((row) => recordsOf(row, options))]
  return `${byteOrderMark(options.dialect) + unparse(records, options)}\r\n`
}

/**
 * The file in parts of CHUNK_ROWS events, yielding to the browser between parts so that 100 000
 * events never block the page; stops without a result when cancelled.
 */
export async function toCsvParts(
  rows: readonly SaleRow[],
  options: CsvOptions,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (done: number) => void } = {},
): Promise<string[]> {
  const parts: string[] = [`${byteOrderMark(options.dialect) + unparse([headerOf(options)], options)}\r\n`]
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    if (signal?.aborted) throw new ExportCancelled()
    const records = rows.slice(start, start + CHUNK_ROWS).flatMap((row) => recordsOf(row, options))
    parts.push(`${unparse(records, options)}\r\n`)
    onProgress?.(Math.min(rows.length, start + CHUNK_ROWS))
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  if (signal?.aborted) throw new ExportCancelled()
  return parts
}

export function fileName(ledgerId: string, from: string, to: string, options: CsvOptions): string {
  const period = from === to ? from : `${from}_${to}`
  const shape = options.shape === 'lines' ? '_varelinjer' : ''
  const dialect = options.dialect === 'standard' ? '_standard' : ''
  return `salg_${ledgerId}_${period}${shape}${dialect}.csv`
}
