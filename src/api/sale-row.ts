import { dropRepeats, identityOf } from './event-identity'
import { type MoneyPart, moneyPartsOf } from './money-parts'
import { osloDateOf, osloDayStart } from './oslo-time'
import type { Customer, SalesEvent } from './schemas'

/**
 * What a sales event *means*, decided once. Table, charts, VAT summary and export all read these
 * rows, so their totals cannot disagree.
 *
 * - Refunds always reduce totals: amounts are signed here, whichever sign the API wrote.
 * - Missing amounts stay null (never a silent zero); the flags say what was not provided.
 * - `parts` is the money every view sums (money-parts.ts): lines only when they reconcile.
 * - Unknown enum values are kept as they are.
 */
export interface SaleLine {
  lineId: string | null
  name: string
  category: string | null
  quantity: number | null
  unitPriceGross: number | null
  unitPriceNet: number | null
  discountTotal: number | null
  /** Signed like the event: negative on refunds. */
  lineTotalGross: number | null
  lineTotalNet: number | null
  vatRate: number | null
  vatAmount: number | null
}

/**
 * What an entry type means for the totals. Anything but a capture or a refund is `unknown`: shown as
 * it is, flagged, and never counted as a sale or a refund.
 */
export type EntryKind = 'capture' | 'refund' | 'unknown'

export interface SaleRow {
  /** Unique within a ledger: pspReference when there is one, otherwise derived from the event. */
  key: string
  timeMs: number
  time: string
  /** The ledger date the event was fetched under (from its time in Oslo only when not fetched by date). */
  ledgerDate: string
  entryType: string
  entryKind: EntryKind
  isRefund: boolean
  /**
   * Set when the event could not be read: what was wrong, by field path. Such a row keeps what could
   * be read for display (reference, time) and is never summed.
   */
  invalid: string[] | null
  reference: string
  pspReference: string | null
  currency: string
  paymentType: string
  solution: string
  salesCategory: string | null
  gross: number | null
  net: number | null
  vat: number | null
  /** What every sum adds up for this event (never read for rows that are not counted). */
  parts: MoneyPart[]
  lines: SaleLine[]
  categories: string[]
  vatRates: number[]
  hasLines: boolean
  hasVatBreakdown: boolean
  customer: Customer | null
  /** Lower-cased text that free-text search looks in. */
  searchText: string
  /** Data-quality problems found by checking the documented invariants. */
  issues: string[]
}

export const UNKNOWN = 'UNKNOWN'

function signed(value: number | null | undefined, sign: 1 | -1): number | null {
  if (value === null || value === undefined) return null
  return sign === -1 ? -Math.abs(value) : value
}

function toLine(line: NonNullable<SalesEvent['lines']>[number], sign: 1 | -1): SaleLine {
  return {
    lineId: line.lineId === null || line.lineId === undefined ? null : String(line.lineId),
    name: line.name ?? '',
    category: line.category || null,
    quantity: line.quantity ?? null,
    unitPriceGross: line.unitPriceGross ?? null,
    unitPriceNet: line.unitPriceNet ?? null,
    discountTotal: line.discountTotal ?? null,
    lineTotalGross: signed(line.lineTotalGross, sign),
    lineTotalNet: signed(line.lineTotalNet, sign),
    vatRate: line.vatRate ?? null,
    vatAmount: signed(line.vatAmount, sign),
  }
}

function sumOf(values: (number | null)[]): number | null {
  let total = 0
  for (const value of values) {
    if (value === null) return null
    total += value
  }
  return total
}

export function findDataIssues(
  row: Pick<SaleRow, 'gross' | 'net' | 'vat' | 'lines' | 'hasVatBreakdown'>,
): string[] {
  const issues: string[] = []
  const { gross, net, vat, lines } = row
  if (gross !== null && net !== null && vat !== null && gross !== net + vat) {
    issues.push('Brutto er ikke lik netto + mva')
  }
  if (lines.length > 0) {
    const lineGross = sumOf(lines.map((l) => l.lineTotalGross))
    if (gross !== null && lineGross !== null && lineGross !== gross) {
      issues.push('Sum av linjer (brutto) er ikke lik salgets brutto')
    }
    const lineVat = sumOf(lines.map((l) => l.vatAmount))
    if (row.hasVatBreakdown && vat !== null && lineVat !== null && lineVat !== vat) {
      issues.push('Sum av mva på linjene er ikke lik salgets mva')
    }
    for (const line of lines) {
      const { unitPriceGross, quantity, discountTotal, lineTotalGross } = line
      if (unitPriceGross === null || quantity === null || lineTotalGross === null) continue
      const expected = Math.round(unitPriceGross * quantity) - (discountTotal ?? 0)
      if (expected !== Math.abs(lineTotalGross)) {
        issues.push(`Linjen «${line.name}»: enhetspris × antall − rabatt er ikke lik linjesum`)
      }
    }
  }
  return issues
}

export function entryKindOf(entryType: string): EntryKind {
  const type = entryType.toLowerCase()
  return type === 'capture' || type === 'refund' ? type : 'unknown'
}

export interface RowOptions {
  /** Prefixed to every key (keeps keys unique when rows of several sources are mixed). */
  keyPrefix?: string
  /** The ledger date the events were fetched under; derived from each event's time when absent. */
  ledgerDate?: string
}

export function toSaleRow(event: SalesEvent, key: string, ledgerDate?: string): SaleRow {
  const entryKind = entryKindOf(event.entryType)
  const isRefund = entryKind === 'refund'
  const sign: 1 | -1 = isRefund ? -1 : 1
  const timeMs = Date.parse(event.time)
  const lines = (event.lines ?? []).map((line) => toLine(line, sign))
  const completeness = event.completeness
  const hasLines = completeness?.hasLineItems ?? lines.length > 0
  const hasVatBreakdown =
    completeness?.hasVatBreakdown ??
    (event.amounts?.vat !== null &&
      event.amounts?.vat !== undefined &&
      lines.every((l) => l.vatRate !== null))
  const categories = [...new Set(lines.map((l) => l.category).filter((c): c is string => c !== null))]
  const vatRates = [...new Set(lines.map((l) => l.vatRate).filter((r): r is number => r !== null))]
  const customer =
    event.customer && (event.customer.email || event.customer.phone || event.customer.name)
      ? event.customer
      : null
  const salesCategory = event.classification?.salesCategory || null
  // "Not provided" is trusted over figures that may be placeholders (docs: trust completeness).
  const vatGiven = completeness?.hasVatBreakdown !== false
  const row: SaleRow = {
    key,
    timeMs,
    time: event.time,
    ledgerDate: ledgerDate ?? osloDateOf(timeMs),
    entryType: event.entryType,
    entryKind,
    isRefund,
    invalid: null,
    reference: event.reference,
    pspReference: event.pspReference ?? null,
    currency: event.currency,
    paymentType: event.paymentType || UNKNOWN,
    solution: event.classification?.solution || UNKNOWN,
    salesCategory,
    gross: signed(event.amounts?.gross, sign),
    net: vatGiven ? signed(event.amounts?.net, sign) : null,
    vat: vatGiven ? signed(event.amounts?.vat, sign) : null,
    parts: [],
    lines,
    categories,
    vatRates,
    hasLines,
    hasVatBreakdown,
    customer,
    searchText: [
      event.reference,
      event.pspReference ?? '',
      salesCategory ?? '',
      ...lines.map((l) => l.name),
      customer?.name ?? '',
      customer?.email ?? '',
      customer?.phone ?? '',
    ]
      .join('\n')
      .toLowerCase(),
    issues: [],
  }
  row.parts = moneyPartsOf(row)
  row.issues = findDataIssues(row)
  if (lines.length > 0 && row.gross !== null && row.parts[0]?.lineIndex === null) {
    row.issues.push(
      'Linjenes beløp mangler eller stemmer ikke med salgets: summene bruker salgets beløp, ukjent sats',
    )
  }
  return row
}

/**
 * Turns a batch of events into rows with stable keys. Cash sales have no pspReference, so their key
 * is built from reference, time and type. Events that arrive twice follow the rule in
 * event-identity.ts (the same rule as across pages).
 */
export function toSaleRows(events: readonly SalesEvent[], options: RowOptions = {}): SaleRow[] {
  const { keyPrefix = '', ledgerDate } = options
  return dropRepeats(
    events.map((event) => {
      const identity = identityOf(event)
      return { identity, raw: event, row: toSaleRow(event, keyPrefix + identity, ledgerDate) }
    }),
  ).rows
}

const textOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)

/**
 * A row for an event that could not be read: reference, time and type as far as they can be read,
 * what was wrong by field path, no amounts. Never summed; shown so that nothing vanishes unseen.
 */
export function unreadableSaleRow(
  raw: unknown,
  problems: string[],
  key: string,
  ledgerDate?: string,
): SaleRow {
  const fields = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const time = textOr(fields.time, '')
  // Only an ISO-like time counts as readable: Date.parse reads "i går kl. 12" as 1 December 2001.
  const parsed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(time) ? Date.parse(time) : Number.NaN
  // Without a readable time the row sits at the start of the day it was fetched under.
  const timeMs = Number.isFinite(parsed) ? parsed : ledgerDate ? osloDayStart(ledgerDate) : 0
  const currency = textOr(fields.currency, '')
  return {
    key,
    timeMs,
    time,
    ledgerDate: ledgerDate ?? (Number.isFinite(parsed) ? osloDateOf(parsed) : ''),
    entryType: textOr(fields.entryType, ''),
    entryKind: 'unknown',
    isRefund: false,
    invalid: problems,
    reference: textOr(fields.reference, ''),
    pspReference: textOr(fields.pspReference, '') || null,
    // Only for display: the row has no amounts, and a currency code that is not one would break formatting.
    currency: /^[A-Z]{3}$/.test(currency) ? currency : 'NOK',
    paymentType: textOr(fields.paymentType, '') || UNKNOWN,
    solution: UNKNOWN,
    salesCategory: null,
    gross: null,
    net: null,
    vat: null,
    // Never summed (countsInTotals), so it has no money parts.
    parts: [],
    lines: [],
    categories: [],
    vatRates: [],
    hasLines: false,
    hasVatBreakdown: false,
    customer: null,
    searchText: [textOr(fields.reference, ''), textOr(fields.pspReference, '')].join('\n').toLowerCase(),
    issues: problems.map((problem) => `Kunne ikke leses (ikke med i summene): ${problem}`),
  }
}
