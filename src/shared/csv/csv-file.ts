import Papa from 'papaparse'
import { minorToDecimalString } from '../../api/money'
import { neutraliseFormula, type SpreadsheetDialect } from '../../api/spreadsheet-text'

/**
 * The two CSV dialects of the app's exports (sales, vouchers, the settlement's reconciliation):
 * `excel-nb` (semicolon, decimal comma, kroner, byte-order mark so Excel reads UTF-8) and
 * `standard` (comma, integer øre, for machines).
 */
export type CsvDialect = SpreadsheetDialect

/** A cell: text is neutralised against formulas; money is integer øre, written by the dialect. */
export type CsvCell = { text: string } | { money: number | null } | { number: number | null }

export const text = (value: string | null | undefined): CsvCell => ({ text: value ?? '' })
export const money = (minor: number | null | undefined): CsvCell => ({ money: minor ?? null })
export const count = (value: number | null | undefined): CsvCell => ({ number: value ?? null })

/** Excel reads a file as UTF-8 only with it. */
export const byteOrderMark = (dialect: CsvDialect) => (dialect === 'excel-nb' ? '\uFEFF' : '')

export function cellText(cell: CsvCell, dialect: CsvDialect): string {
  if ('text' in cell) return neutraliseFormula(cell.text, dialect)
  if ('number' in cell) return cell.number === null ? '' : String(cell.number)
  if (cell.money === null) return ''
  return dialect === 'excel-nb' ? minorToDecimalString(cell.money, ',') : String(cell.money)
}

/**
 * Records already written as cell texts, joined in the dialect (no trailing newline). Formulas are
 * neutralised per cell before (cellText), where text and numbers are told apart, so that a
 * refund's "-52,00" stays a number.
 */
export function unparseCsv(records: readonly (readonly string[])[], dialect: CsvDialect): string {
  return Papa.unparse(records as string[][], {
    delimiter: dialect === 'excel-nb' ? ';' : ',',
    newline: '\r\n',
    quotes: false,
    escapeFormulae: false,
  })
}

export function csvFile(header: readonly string[], rows: readonly CsvCell[][], dialect: CsvDialect) {
  const records = [[...header], ...rows.map((row) => row.map((cell) => cellText(cell, dialect)))]
  return `${byteOrderMark(dialect)}${unparseCsv(records, dialect)}\r\n`
}
