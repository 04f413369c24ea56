import { formatVatRate } from '../../api/money'
import { count, csvFile, money, text } from '../csv/csv-file'
import { assertBalanced, type Voucher } from './vouchers'

/**
 * A day's takings the way Fiken's "kasseoppgjør" is entered (Salg → Registrer annet salg, the
 * customer "Kasseoppgjør", one amount per VAT rate; the payment below it, with the fee withheld):
 * Fiken has no file import for it, so this is a sheet to register from, one row per VAT rate per
 * day, then the day's fees and payouts. Excel dialect: semicolon, decimal comma, kroner.
 *
 * Columns: Dato · Type (Salg / Usikker mva / Gebyr / Utbetaling) · Mva-sats · Mva-kode · Konto
 * (income, uncertain-VAT, fee or bank account) · Beløp inkl. mva · Herav mva · Beløp eks. mva ·
 * Betalt via (the clearing or cash account the money came through) · Bilagsnr · Tekst · Status.
 */
export const FIKEN_HEADER = [
  'Dato',
  'Type',
  'Mva-sats',
  'Mva-kode',
  'Konto',
  'Beløp inkl. mva',
  'Herav mva',
  'Beløp eks. mva',
  'Betalt via',
  'Bilagsnr',
  'Tekst',
  'Status',
] as const

export function toFikenSummary(vouchers: readonly Voucher[]): string {
  assertBalanced(vouchers)
  const rows = vouchers.flatMap((voucher) => {
    const status = text(voucher.provisional ? 'Foreløpig' : '')
    const common = (type: string) => [text(voucher.date), text(type)]
    return voucher.lines.flatMap((line) => {
      const tail = [text(line.counterAccount), count(voucher.number), text(line.text), status]
      if (line.kind === 'sales') {
        const gross = -(line.grossAmount ?? 0)
        const net = -line.amount
        return [
          [
            ...common('Salg'),
            text(formatVatRate(line.rate, 'nb')),
            text(line.vatCode),
            text(line.account),
            money(gross),
            money(gross - net),
            money(net),
            ...tail,
          ],
        ]
      }
      if (line.kind === 'uncertain-vat')
        return [
          [
            ...common('Usikker mva'),
            text('ukjent'),
            text(line.vatCode),
            text(line.account),
            money(-line.amount),
            money(null),
            money(null),
            ...tail,
          ],
        ]
      if (line.kind === 'fees' || line.kind === 'payout-bank')
        return [
          [
            ...common(line.kind === 'fees' ? 'Gebyr' : 'Utbetaling'),
            text(''),
            text(line.vatCode),
            text(line.account),
            money(line.amount),
            money(null),
            money(null),
            ...tail,
          ],
        ]
      return []
    })
  })
  return csvFile(FIKEN_HEADER, rows, 'excel-nb')
}
