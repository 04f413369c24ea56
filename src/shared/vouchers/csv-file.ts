import Papa from 'papaparse'
import { minorToDecimalString } from '../../api/money'
import { neutraliseFormula } from '../../api/spreadsheet-text'

/**
 * The two CSV dialects of the app's exports: `excel-nb` (semicolon, decimal comma, kroner, byte-order
 * mark so Excel reads UTF-8) and `standard` (comma, integer øre, for machines).
 */
export type VoucherCsvDialect = 'excel-nb' | 'standard'

/** A cell: text is neutralised against formulas; money is integer øre, written by the dialect. */
export type CsvCell = { text: string } | { money: number | null } | { number: number | null }

export const text = (value: string | null | undefined): CsvCell => ({ text: value ?? '' })
export const money = (minor: number | null | undefined): CsvCell => ({ money: minor ?? null })
export const count = (value: number | null | undefined): CsvCell => ({ number: value ?? null })

function cellText(cell: CsvCell, dialect: VoucherCsvDialect): string {
  if ('text' in cell) return neutraliseFormula(cell.text, dialect)
  if ('number' in cell) return cell.number === null ? '' : String(cell.number)
  if (cell.money === null) return ''
  return dialect === 'excel-nb' ? minorToDecimalString(cell.money, ',') : String(cell.money)
}

export function csvFile(header: readonly string[], rows: readonly CsvCell[][], dialect: VoucherCsvDialect) {
  const records = [[...header], ...rows.map((row) => row.map((cell) => cellText(cell, dialect)))]
  const body = Papa.unparse(records, {
    delimiter: dialect === 'excel-nb' ? ';' : ',',
    newline: '\r\n',
    quotes: false,
    escapeFormulae: false,
  })
  return `${dialect === 'excel-nb' ? '\uFEFF' : ''}${body}\r\n`
}
