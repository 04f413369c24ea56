import { minorToDecimalString } from '../../../api/money'
import { formatOsloIsoLocal } from '../../../api/oslo-time'
import type { SaleLine, SaleRow } from '../../../api/sale-row'
import { neutraliseFormula } from '../../../api/spreadsheet-text'
import { entryTypeLabel, paymentTypeLabel, solutionLabel } from '../../../shared/labels'

export type CsvDialect = 'excel-nb' | 'standard'
export type CsvShape = 'events' | 'lines'

export interface CsvOptions {
  dialect: CsvDialect
  shape: CsvShape
  includePersonalData: boolean
}

type Cell = { text: string } | { number: string }

interface Column {
  excel: string
  standard: string
  personal?: boolean
  lineOnly?: boolean
  value: (row: SaleRow, line: SaleLine | null, money: (minor: number | null) => Cell) => Cell
}

const text = (value: string | null | undefined): Cell => ({ text: value ?? '' })
const count = (value: number | null | undefined): Cell => ({
  number: value === null || value === undefined ? '' : String(value),
})

const COLUMNS: Column[] = [
  { excel: 'Tid (norsk tid)', standard: 'time_local_oslo', value: (r) => text(formatOsloIsoLocal(r.timeMs)) },
  {
    excel: 'Tid (UTC, ISO 8601)',
    standard: 'time_utc',
    value: (r) => text(new Date(r.timeMs).toISOString()),
  },
  { excel: 'Regnskapsdato', standard: 'ledger_date', value: (r) => text(r.ledgerDate) },
  { excel: 'Type', standard: 'entry_type', value: (r, _l) => text(entryTypeLabel(r.entryType)) },
  { excel: 'Referanse', standard: 'reference', value: (r) => text(r.reference) },
  { excel: 'pspReference', standard: 'psp_reference', value: (r) => text(r.pspReference) },
  { excel: 'Løsning', standard: 'solution', value: (r) => text(solutionLabel(r.solution)) },
  { excel: 'Betalingsmåte', standard: 'payment_type', value: (r) => text(paymentTypeLabel(r.paymentType)) },
  { excel: 'Salgskategori', standard: 'sales_category', value: (r) => text(r.salesCategory) },
  { excel: 'Valuta', standard: 'currency', value: (r) => text(r.currency) },
  { excel: 'Brutto', standard: 'gross_minor', value: (r, _l, m) => m(r.gross) },
  { excel: 'Netto', standard: 'net_minor', value: (r, _l, m) => m(r.net) },
  { excel: 'MVA', standard: 'vat_minor', value: (r, _l, m) => m(r.vat) },
  { excel: 'Antall linjer', standard: 'line_count', value: (r) => count(r.lines.length) },
  { excel: 'Har varelinjer', standard: 'has_line_items', value: (r) => text(r.hasLines ? 'ja' : 'nei') },
  {
    excel: 'Har mva-spesifikasjon',
    standard: 'has_vat_breakdown',
    value: (r) => text(r.hasVatBreakdown ? 'ja' : 'nei'),
  },
  { excel: 'Kundenavn', standard: 'customer_name', personal: true, value: (r) => text(r.customer?.name) },
  {
    excel: 'Kunde e-post',
    standard: 'customer_email',
    personal: true,
    value: (r) => text(r.customer?.email),
  },
  {
    excel: 'Kunde telefon',
    standard: 'customer_phone',
    personal: true,
    value: (r) => text(r.customer?.phone),
  },
  { excel: 'Linje-ID', standard: 'line_id', lineOnly: true, value: (_r, l) => text(l?.lineId) },
  { excel: 'Vare', standard: 'line_name', lineOnly: true, value: (_r, l) => text(l?.name) },
  { excel: 'Kategori', standard: 'line_category', lineOnly: true, value: (_r, l) => text(l?.category) },
  { excel: 'Antall', standard: 'quantity', lineOnly: true, value: (_r, l) => count(l?.quantity) },
  {
    excel: 'Enhetspris brutto',
    standard: 'unit_price_gross_minor',
    lineOnly: true,
    value: (_r, l, m) => m(l?.unitPriceGross ?? null),
  },
  {
    excel: 'Enhetspris netto',
    standard: 'unit_price_net_minor',
    lineOnly: true,
    value: (_r, l, m) => m(l?.unitPriceNet ?? null),
  },
  {
    excel: 'Rabatt',
    standard: 'discount_minor',
    lineOnly: true,
    value: (_r, l, m) => m(l?.discountTotal ?? null),
  },
  {
    excel: 'Linjesum brutto',
    standard: 'line_total_gross_minor',
    lineOnly: true,
    value: (_r, l, m) => m(l?.lineTotalGross ?? null),
  },
  {
    excel: 'Linjesum netto',
    standard: 'line_total_net_minor',
    lineOnly: true,
    value: (_r, l, m) => m(l?.lineTotalNet ?? null),
  },
  {
    excel: 'MVA-sats (%)',
    standard: 'vat_rate_basis_points',
    lineOnly: true,
    value: (_r, l) => count(l?.vatRate),
  },
  {
    excel: 'Linje-MVA',
    standard: 'line_vat_minor',
    lineOnly: true,
    value: (_r, l, m) => m(l?.vatAmount ?? null),
  },
]

export function columnsFor(options: CsvOptions): Column[] {
  return COLUMNS.filter(
    (c) => (options.includePersonalData || !c.personal) && (options.shape === 'lines' || !c.lineOnly),
  )
}

export function headerOf(options: CsvOptions): string[] {
  return columnsFor(options).map((c) => (options.dialect === 'excel-nb' ? c.excel : c.standard))
}

/**
 * The cells of one CSV record, as strings. Text is neutralised against formulas; numbers are
 * written from integers (kroner with a decimal comma for Excel, minor units for machines) and
 * never prefixed, so a refund's "-52,00" stays a number.
 */
export function recordsOf(row: SaleRow, options: CsvOptions): string[][] {
  const excel = options.dialect === 'excel-nb'
  const money = (minor: number | null): Cell => ({
    number: minor === null ? '' : excel ? minorToDecimalString(minor, ',') : String(minor),
  })
  const columns = columnsFor(options)
  const lines: (SaleLine | null)[] = options.shape === 'lines' && row.lines.length > 0 ? row.lines : [null]
  return lines.map((line) =>
    columns.map((column) => {
      const cell = column.value(row, line, money)
      if ('number' in cell) {
        if (excel && column.standard === 'vat_rate_basis_points' && cell.number !== '') {
          return minorToDecimalString(Number(cell.number), ',')
        }
        return cell.number
      }
      return neutraliseFormula(cell.text)
    }),
  )
}
