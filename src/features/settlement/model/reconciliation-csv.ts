import { countsInTotals } from '../../../api/money-parts'
import { formatOsloIsoLocal } from '../../../api/oslo-time'
import type { FundsRow } from '../../../api/report-entry'
import type { SaleRow } from '../../../api/sale-row'
import { type CsvCell, type CsvDialect, csvFile, money, text } from '../../../shared/csv/csv-file'
import { norwegian } from '../../../shared/i18n/language'
import { norwegianLabels } from '../../../shared/labels'
import type { Payout } from './payouts'
import { FUNDS_REASONS, reportTypeText, SALE_REASONS, STATUS_TEXTS } from './reason-texts'
import type { Reconciliation, TransactionSettlement } from './reconcile'

/**
 * The reconciliation of a period as CSV, one row per transaction: every sale of the period's dates
 * with its settlement (date, amount, fee, payout) or the reason it has none, then every funds row
 * on those dates without a sale. The same dialects and formula-safe cells as the sales export.
 * `Salg brutto` sums to the sales totals, `Avregnet beløp` to the money settled for them.
 */
interface ReconciliationRecord {
  timeMs: number
  sale: SaleRow | null
  funds: FundsRow | null
  settlement: TransactionSettlement | null
  fees: number | null
  payout: Payout | null
  status: string
  reason: string
  provisional: boolean
}

interface Column {
  excel: string
  standard: string
  value: (r: ReconciliationRecord) => CsvCell
}

const yesNo = (value: boolean) => text(value ? 'ja' : 'nei')

const COLUMNS: Column[] = [
  { excel: 'Regnskapsdato salg', standard: 'sale_ledger_date', value: (r) => text(r.sale?.ledgerDate) },
  {
    excel: 'Tid (norsk tid)',
    standard: 'time_local_oslo',
    value: (r) => text(Number.isFinite(r.timeMs) ? formatOsloIsoLocal(r.timeMs) : (r.sale?.time ?? '')),
  },
  {
    excel: 'Type',
    standard: 'entry_type',
    value: (r) =>
      text(
        r.sale
          ? norwegianLabels.entryType(r.sale.entryType)
          : r.funds
            ? reportTypeText(r.funds.kind, r.funds.entryType, true)
            : '',
      ),
  },
  { excel: 'Referanse', standard: 'reference', value: (r) => text(r.sale?.reference ?? r.funds?.reference) },
  {
    excel: 'pspReference',
    standard: 'psp_reference',
    value: (r) => text(r.sale?.pspReference ?? r.funds?.pspReference),
  },
  {
    excel: 'Betalingsmåte',
    standard: 'payment_type',
    value: (r) => text(r.sale ? norwegianLabels.paymentType(r.sale.paymentType) : ''),
  },
  {
    excel: 'Salg brutto',
    standard: 'sale_gross_minor',
    value: (r) => money(r.sale && countsInTotals(r.sale) ? r.sale.gross : null),
  },
  { excel: 'Avregningsdato', standard: 'settled_ledger_date', value: (r) => text(r.funds?.ledgerDate) },
  { excel: 'Avregnet beløp', standard: 'settled_minor', value: (r) => money(r.funds?.amount) },
  {
    excel: 'Differanse (avregnet − salg)',
    standard: 'difference_minor',
    value: (r) => money(r.sale && r.funds && r.sale.gross !== null ? r.funds.amount - r.sale.gross : null),
  },
  { excel: 'Gebyr', standard: 'fee_minor', value: (r) => money(r.fees) },
  { excel: 'Utbetaling', standard: 'payout_number', value: (r) => text(r.payout?.number) },
  { excel: 'Utbetalingsdato', standard: 'payout_date', value: (r) => text(r.payout?.date) },
  { excel: 'Tekst på kontoutskriften', standard: 'bank_text', value: (r) => text(r.payout?.bankText) },
  { excel: 'Status', standard: 'match_status', value: (r) => text(r.status) },
  { excel: 'Forklaring', standard: 'reason', value: (r) => text(r.reason) },
  { excel: 'Foreløpig', standard: 'provisional', value: (r) => yesNo(r.provisional) },
]

function payoutByFundsRow(payouts: readonly Payout[]): Map<FundsRow, Payout> {
  const map = new Map<FundsRow, Payout>()
  for (const payout of payouts) {
    for (const t of payout.transactions) map.set(t.funds, payout)
    for (const u of payout.unmatchedFunds) map.set(u.row, payout)
  }
  return map
}

export function reconciliationRecords(
  result: Reconciliation,
  dates: readonly string[],
): ReconciliationRecord[] {
  const inPeriod = new Set(dates)
  const records: ReconciliationRecord[] = []
  const matchedBySale = new Map(result.join.matched.map((t) => [t.sale, t]))
  const sales = [
    ...result.join.matched.map((t) => t.sale),
    ...result.join.unmatchedSales.map((u) => u.sale),
  ].filter((sale) => inPeriod.has(sale.ledgerDate))
  for (const sale of sales) {
    const settlement = result.transactions.get(sale.key) ?? null
    const matched = matchedBySale.get(sale)
    const status = settlement?.status ?? 'invalid'
    records.push({
      timeMs: sale.timeMs,
      sale,
      funds: matched?.funds ?? null,
      settlement,
      fees: settlement?.fees ?? null,
      payout: settlement?.payout ?? null,
      status: matched && !matched.agrees ? 'beløpet avviker' : norwegian(STATUS_TEXTS)[status],
      reason:
        status === 'settled'
          ? matched && !matched.agrees
            ? 'Avregnet beløp eller type er ikke salgets'
            : ''
          : norwegian(SALE_REASONS)[status].text,
      provisional: settlement?.provisional ?? true,
    })
  }
  const payouts = payoutByFundsRow(result.payouts)
  const provisionalDates = new Set(result.days.filter((d) => d.provisional).map((d) => d.date))
  for (const unmatched of result.join.unmatchedFunds) {
    const { row } = unmatched
    if (!inPeriod.has(row.ledgerDate)) continue
    records.push({
      timeMs: row.timeMs,
      sale: null,
      funds: row,
      settlement: null,
      fees: unmatched.fees.length > 0 ? unmatched.fees.reduce((sum, f) => sum + f.amount, 0) : null,
      payout: payouts.get(row) ?? null,
      status: 'uten salg',
      reason: norwegian(FUNDS_REASONS)[unmatched.reason].text,
      provisional: provisionalDates.has(row.ledgerDate),
    })
  }
  return records.sort((a, b) => a.timeMs - b.timeMs)
}

export function reconciliationCsv(result: Reconciliation, dates: readonly string[], dialect: CsvDialect) {
  const header = COLUMNS.map((c) => (dialect === 'excel-nb' ? c.excel : c.standard))
  const rows = reconciliationRecords(result, dates).map((r) => COLUMNS.map((c) => c.value(r)))
  return csvFile(header, rows, dialect)
}

export function reconciliationFileName(
  ledgerId: string,
  from: string,
  to: string,
  dialect: CsvDialect,
  provisional: boolean,
) {
  const period = from === to ? from : `${from}_${to}`
  return `avstemming_${ledgerId}_${period}${provisional ? '_FORELOPIG' : ''}${dialect === 'standard' ? '_standard' : ''}.csv`
}
