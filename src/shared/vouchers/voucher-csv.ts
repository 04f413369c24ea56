import { type CsvDialect, count, csvFile, money, text } from '../csv/csv-file'
import { assertBalanced, type Voucher } from './vouchers'

/**
 * The vouchers as a plain CSV, one posting per row, for any system or spreadsheet: debit and credit
 * in their own columns, the signed amount beside them, and the gross posting for systems that
 * compute VAT from the VAT code (empty on the output VAT lines they would skip).
 */
const COLUMNS = [
  ['Bilagsnr', 'voucher_number'],
  ['Dato', 'date'],
  ['Konto', 'account'],
  ['Mva-kode', 'vat_code'],
  ['Mva-sats (%)', 'vat_rate_basis_points'],
  ['Debet', 'debit'],
  ['Kredit', 'credit'],
  ['Beløp', 'amount'],
  ['Beløp inkl. mva', 'gross_amount'],
  ['Motkonto', 'counter_account'],
  ['Tekst', 'text'],
  ['Bilagstekst', 'voucher_text'],
  ['Foreløpig', 'provisional'],
] as const

export function toVoucherCsv(vouchers: readonly Voucher[], dialect: CsvDialect = 'excel-nb'): string {
  assertBalanced(vouchers)
  const excel = dialect === 'excel-nb'
  const rows = vouchers.flatMap((voucher) =>
    voucher.lines.map((line) => [
      count(voucher.number),
      text(voucher.date),
      text(line.account),
      text(line.vatCode),
      // Basis points for machines; "15,00" (percent) in the Excel dialect, like the sales export.
      line.rate === null ? text('') : excel ? money(line.rate) : count(line.rate),
      money(line.amount > 0 ? line.amount : null),
      money(line.amount < 0 ? -line.amount : null),
      money(line.amount),
      money(line.grossAmount),
      text(line.counterAccount),
      text(line.text),
      text(voucher.text),
      text(voucher.provisional ? (excel ? 'ja' : 'true') : excel ? 'nei' : 'false'),
    ]),
  )
  return csvFile(
    COLUMNS.map(([excelName, standard]) => (excel ? excelName : standard)),
    rows,
    dialect,
  )
}
