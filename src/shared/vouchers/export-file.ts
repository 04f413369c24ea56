import type { ExportFormat, ExportRecordRequest, VoucherSettings } from '../../api/voucher-settings'
import type { CsvDialect } from '../csv/csv-file'
import { toFikenSummary } from './fiken-summary'
import { toGbat10 } from './gbat10'
import { toVoucherCsv } from './voucher-csv'
import type { Voucher } from './vouchers'

export interface VoucherFile {
  name: string
  type: string
  text: string
}

/** The file of one format for the vouchers of a ledger, named by ledger and dates; `dialect` is the plain CSV's. */
export function voucherFile(
  format: ExportFormat,
  vouchers: readonly Voucher[],
  settings: VoucherSettings,
  ledgerId: string,
  dialect: CsvDialect = 'excel-nb',
): VoucherFile {
  const first = vouchers[0]?.date ?? ''
  const last = vouchers.at(-1)?.date ?? ''
  const period = first === last ? first : `${first}_${last}`
  const provisional = vouchers.some((v) => v.provisional) ? '_FORELOPIG' : ''
  const name = (kind: string, suffix = '') => `${kind}_${ledgerId}_${period}${provisional}${suffix}.csv`
  if (format === 'gbat10')
    return { name: name('gbat10'), type: 'text/csv;charset=utf-8', text: toGbat10(vouchers, settings) }
  if (format === 'fiken')
    return { name: name('kasseoppgjor'), type: 'text/csv;charset=utf-8', text: toFikenSummary(vouchers) }
  // The standard dialect is named apart, as the sales export does, so the two never share a name.
  const dialectSuffix = dialect === 'standard' ? '_standard' : ''
  return {
    name: name('bilag', dialectSuffix),
    type: 'text/csv;charset=utf-8',
    text: toVoucherCsv(vouchers, dialect),
  }
}

/**
 * What to POST to /api/vouchers/exports/:ledgerId once the file is saved: the dates, the number
 * each has in the file, and the range of new numbers it used (numbers a date kept are not new).
 * `renumber`: the user chose new numbers for dates exported before.
 */
export function exportRecordOf(
  format: ExportFormat,
  vouchers: readonly Voucher[],
  settings: VoucherSettings,
  renumber = false,
): ExportRecordRequest {
  const sequential = settings.numbering.mode === 'sequential' && vouchers.length > 0
  const fresh = vouchers.filter((v) => !v.numberKept).map((v) => v.number)
  return {
    format,
    dates: vouchers.map((v) => v.date),
    provisionalDates: vouchers.filter((v) => v.provisional).map((v) => v.date),
    voucherNumbers:
      sequential && fresh.length > 0 ? { first: Math.min(...fresh), last: Math.max(...fresh) } : null,
    dateNumbers: sequential ? vouchers.map((v) => v.number) : null,
    renumber,
  }
}
