import { minorToDecimalString } from '../../../api/money'
import { countsInTotals, type MoneyPart, signedDiscount } from '../../../api/money-parts'
import { formatOsloIsoLocal } from '../../../api/oslo-time'
import type { SaleLine, SaleRow } from '../../../api/sale-row'
import { neutraliseFormula } from '../../../api/spreadsheet-text'
import type { CsvDialect } from '../../../shared/csv/csv-file'
import { norwegianLabels } from '../../../shared/labels'
import { amountsOfParts } from '../../../shared/view/money-groups'

export type { CsvDialect }
export type CsvShape = 'events' | 'lines'

export interface CsvOptions {
  dialect: CsvDialect
  shape: CsvShape
  includePersonalData: boolean
}

type Cell = { text: string } | { number: string } | { rate: number | null }

type Amounts = { gross: number | null; net: number | null; vat: number | null }
const NO_AMOUNTS: Amounts = { gross: null, net: null, vat: null }

/**
 * One CSV record. Whatever the shape, every money column sums to the right total: a record's
 * `amounts` are its share of the sums (a line's, or a whole transaction's), the transaction's own
 * amounts are written once (on its first record), and rows that are not summed carry their amount
 * only in a column of its own.
 */
interface CsvRecord {
  row: SaleRow
  line: SaleLine | null
  /** The money this record adds to the sums (empty for rows that are not summed). */
  amounts: Amounts
  vatRate: number | null
  kind: string
  first: boolean
}

interface Column {
  excel: string
  standard: string
  personal?: boolean
  value: (record: CsvRecord, money: (minor: number | null) => Cell) => Cell
}

const text = (value: string | null | undefined): Cell => ({ text: value ?? '' })
const count = (value: number | null | undefined): Cell => ({
  number: value === null || value === undefined ? '' : String(value),
})

function countedText(row: SaleRow): string {
  if (row.invalid !== null) return `nei – kunne ikke leses: ${row.invalid.join('; ')}`
  if (row.entryKind === 'negative-capture') return 'nei – salg med negativt beløp'
  if (!countsInTotals(row)) return 'nei – ukjent type'
  return 'ja'
}

const HEAD: Column[] = [
  {
    excel: 'Tid (norsk tid)',
    standard: 'time_local_oslo',
    value: (r) => text(Number.isFinite(r.row.timeMs) ? formatOsloIsoLocal(r.row.timeMs) : r.row.time),
  },
  {
    excel: 'Tid (UTC, ISO 8601)',
    standard: 'time_utc',
    value: (r) => text(Number.isFinite(r.row.timeMs) ? new Date(r.row.timeMs).toISOString() : r.row.time),
  },
  { excel: 'Regnskapsdato', standard: 'ledger_date', value: (r) => text(r.row.ledgerDate) },
  { excel: 'Type', standard: 'entry_type', value: (r) => text(norwegianLabels.entryType(r.row.entryType)) },
  { excel: 'Med i summene', standard: 'counted', value: (r) => text(countedText(r.row)) },
  { excel: 'Referanse', standard: 'reference', value: (r) => text(r.row.reference) },
  { excel: 'pspReference', standard: 'psp_reference', value: (r) => text(r.row.pspReference) },
  { excel: 'Løsning', standard: 'solution', value: (r) => text(norwegianLabels.solution(r.row.solution)) },
  {
    excel: 'Betalingsmåte',
    standard: 'payment_type',
    value: (r) => text(norwegianLabels.paymentType(r.row.paymentType)),
  },
  { excel: 'Salgskategori', standard: 'sales_category', value: (r) => text(r.row.salesCategory) },
  { excel: 'Valuta', standard: 'currency', value: (r) => text(r.row.currency) },
]

const SHARE: Column[] = [
  { excel: 'Brutto', standard: 'gross_minor', value: (r, m) => m(r.amounts.gross) },
  { excel: 'Netto', standard: 'net_minor', value: (r, m) => m(r.amounts.net) },
  { excel: 'MVA', standard: 'vat_minor', value: (r, m) => m(r.amounts.vat) },
]

const EXCLUDED: Column = {
  excel: 'Ikke summert brutto (ukjent type eller ulesbar)',
  standard: 'not_counted_gross_minor',
  value: (r, m) => m(r.first && !countsInTotals(r.row) ? r.row.gross : null),
}

const LINES: Column[] = [
  { excel: 'Radtype', standard: 'row_kind', value: (r) => text(r.kind) },
  { excel: 'Linje-ID', standard: 'line_id', value: (r) => text(r.line?.lineId) },
  { excel: 'Vare', standard: 'line_name', value: (r) => text(r.line?.name) },
  { excel: 'Kategori', standard: 'line_category', value: (r) => text(r.line?.category) },
  { excel: 'Antall', standard: 'quantity', value: (r) => count(r.line?.quantity) },
  {
    excel: 'Enhetspris brutto (ikke summer)',
    standard: 'unit_price_gross_minor',
    value: (r, m) => m(r.line?.unitPriceGross ?? null),
  },
  {
    excel: 'Enhetspris netto (ikke summer)',
    standard: 'unit_price_net_minor',
    value: (r, m) => m(r.line?.unitPriceNet ?? null),
  },
  {
    excel: 'Rabatt',
    standard: 'discount_minor',
    value: (r, m) => m(r.line && countsInTotals(r.row) ? signedDiscount(r.row, r.line) : null),
  },
  { excel: 'MVA-sats (%)', standard: 'vat_rate_basis_points', value: (r) => ({ rate: r.vatRate }) },
  ...SHARE,
  {
    excel: 'Transaksjon brutto (første rad)',
    standard: 'transaction_gross_minor',
    value: (r, m) => m(r.first ? transactionAmounts(r.row).gross : null),
  },
  {
    excel: 'Transaksjon netto (første rad)',
    standard: 'transaction_net_minor',
    value: (r, m) => m(r.first ? transactionAmounts(r.row).net : null),
  },
  {
    excel: 'Transaksjon MVA (første rad)',
    standard: 'transaction_vat_minor',
    value: (r, m) => m(r.first ? transactionAmounts(r.row).vat : null),
  },
]

const TAIL: Column[] = [
  { excel: 'Antall linjer', standard: 'line_count', value: (r) => count(r.row.lines.length) },
  { excel: 'Har varelinjer', standard: 'has_line_items', value: (r) => text(r.row.hasLines ? 'ja' : 'nei') },
  {
    excel: 'Har mva-spesifikasjon',
    standard: 'has_vat_breakdown',
    value: (r) => text(r.row.hasVatBreakdown ? 'ja' : 'nei'),
  },
  { excel: 'Kundenavn', standard: 'customer_name', personal: true, value: (r) => text(r.row.customer?.name) },
  {
    excel: 'Kunde e-post',
    standard: 'customer_email',
    personal: true,
    value: (r) => text(r.row.customer?.email),
  },
  {
    excel: 'Kunde telefon',
    standard: 'customer_phone',
    personal: true,
    value: (r) => text(r.row.customer?.phone),
  },
]

const EVENT_COLUMNS = [...HEAD, ...SHARE, EXCLUDED, ...TAIL]
const LINE_COLUMNS = [...HEAD, ...LINES, EXCLUDED, ...TAIL]

/** The transaction's own amounts (the sum of its parts), or nothing for a row that is not summed. */
function transactionAmounts(row: SaleRow): Amounts {
  return countsInTotals(row) ? amountsOfParts(row.parts) : NO_AMOUNTS
}

const partAmounts = (part: MoneyPart): Amounts => ({ gross: part.gross, net: part.net, vat: part.vat })

/** The records of one row: one per transaction, or one per line plus, when the lines were not split, one for the whole. */
function recordsOfRow(row: SaleRow, shape: CsvShape): CsvRecord[] {
  if (shape === 'events') {
    return [
      { row, line: null, amounts: transactionAmounts(row), vatRate: null, kind: 'transaksjon', first: true },
    ]
  }
  const counted = countsInTotals(row)
  const split = row.parts[0]?.lineIndex !== null && row.parts[0]?.lineIndex !== undefined
  if (counted && split) {
    return row.lines.map((line, i) => {
      const part = row.parts[i]
      return {
        row,
        line,
        amounts: part ? partAmounts(part) : NO_AMOUNTS,
        vatRate: part?.vatRate ?? null,
        kind: 'varelinje',
        first: i === 0,
      }
    })
  }
  const records: CsvRecord[] = row.lines.map((line, i) => ({
    row,
    line,
    amounts: NO_AMOUNTS,
    vatRate: line.vatRate,
    kind: counted ? 'varelinje (beløp ikke fordelt, se transaksjonsraden)' : 'varelinje',
    first: i === 0,
  }))
  const whole = row.parts[0]
  if (counted && whole) {
    records.push({
      row,
      line: null,
      amounts: partAmounts(whole),
      vatRate: null,
      kind:
        row.lines.length > 0 ? 'hele transaksjonen (linjene stemmer ikke med beløpet)' : 'hele transaksjonen',
      first: records.length === 0,
    })
  } else if (records.length === 0) {
    records.push({
      row,
      line: null,
      amounts: NO_AMOUNTS,
      vatRate: null,
      kind: 'hele transaksjonen',
      first: true,
    })
  }
  return records
}

export function columnsFor(options: CsvOptions): Column[] {
  const columns = options.shape === 'lines' ? LINE_COLUMNS : EVENT_COLUMNS
  return columns.filter((c) => options.includePersonalData || !c.personal)
}

export function headerOf(options: CsvOptions): string[] {
  return columnsFor(options).map((c) => (options.dialect === 'excel-nb' ? c.excel : c.standard))
}

/**
 * The cells of one row's CSV records, as strings. Text is neutralised against formulas; numbers
 * are written from integers (kroner with a decimal comma for Excel, minor units for machines) and
 * never prefixed, so a refund's "-52,00" stays a number.
 */
export function recordsOf(row: SaleRow, options: CsvOptions): string[][] {
  const excel = options.dialect === 'excel-nb'
  const money = (minor: number | null): Cell => ({
    number: minor === null ? '' : excel ? minorToDecimalString(minor, ',') : String(minor),
  })
  const columns = columnsFor(options)
  return recordsOfRow(row, options.shape).map((record) =>
    columns.map((column) => {
      const cell = column.value(record, money)
      if ('rate' in cell) {
        if (cell.rate === null) return ''
        return excel ? minorToDecimalString(cell.rate, ',') : String(cell.rate)
      }
      if ('number' in cell) return cell.number
      return neutraliseFormula(cell.text, options.dialect)
    }),
  )
}
