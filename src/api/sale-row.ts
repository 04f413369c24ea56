import { dropRepeats, identityOf } from './event-identity'
import { fingerprintOf } from './fingerprint'
import { InternPool, internText, NONE } from './intern'
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
 *
 * `negative-capture`: a capture written with a negative amount. The docs leave only the sign of
 * refunds open (either sign reads as money back, see toSaleRow); a sale of less than nothing is not
 * a reading of them. Summed as a sale it would quietly lower sales like a refund nobody recorded; as
 * a refund it would contradict its own type. So it is shown flagged, with its amount, and not summed.
 */
export type EntryKind = 'capture' | 'refund' | 'unknown' | 'negative-capture'

/** Said on a capture with a negative amount (see EntryKind). */
export const NEGATIVE_CAPTURE_ISSUE =
  'Et salg (capture) med negativt beløp: fortegnet motsier typen, så det er ikke med i summene'

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
  /**
   * Lower-cased text that free-text search looks in besides the reference and pspReference as they
   * are (filters.ts hasText): line names, sales category, customer fields, and the references
   * lower-cased where that changes them. Shared by rows that read the same.
   */
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

const below0 = (value: number | null) => value !== null && value < 0

/** A capture's amounts are kept as written (only refunds are signed): any of them below zero. */
function hasNegativeAmount(row: Pick<BaseRow, 'gross' | 'net' | 'vat' | 'lines'>): boolean {
  if (below0(row.gross) || below0(row.net) || below0(row.vat)) return true
  for (const line of row.lines) {
    if (below0(line.lineTotalGross) || below0(line.lineTotalNet) || below0(line.vatAmount)) return true
  }
  return false
}

export interface RowOptions {
  /** Prefixed to every key (keeps keys unique when rows of several sources are mixed). */
  keyPrefix?: string
  /** The ledger date the events were fetched under; derived from each event's time when absent. */
  ledgerDate?: string
}

export interface LinesInfo {
  /** Names these lines in money keys (ids are never reused, so a key stays right across pool resets). */
  id: number
  lines: SaleLine[]
  categories: string[]
  vatRates: number[]
  /** The line names, lower-cased, one per line: what free-text search reads of them. */
  names: string
}

interface MoneyInfo {
  parts: MoneyPart[]
  issues: string[]
}

let nextId = 1
const NO_LINES: LinesInfo = Object.freeze({
  id: 0,
  lines: NONE,
  categories: NONE,
  vatRates: NONE,
  names: '',
})
const linePool = new InternPool<{ line: SaleLine; id: number }>(50_000)
const linesPool = new InternPool<LinesInfo>(50_000)
const moneyPool = new InternPool<MoneyInfo>(100_000)
const searchPool = new InternPool<string>(50_000)

function pooledLine(line: SaleLine): { line: SaleLine; id: number } {
  const key = JSON.stringify([
    line.lineId,
    line.name,
    line.category,
    line.quantity,
    line.unitPriceGross,
    line.unitPriceNet,
    line.discountTotal,
    line.lineTotalGross,
    line.lineTotalNet,
    line.vatRate,
    line.vatAmount,
  ])
  return linePool.get(key, () => ({
    line: Object.freeze({ ...line, name: internText(line.name), category: internText(line.category) }),
    id: nextId++,
  }))
}

/** A row's lines (signed like the event) as the one shared copy of that set of lines. */
function linesInfoOf(lines: readonly SaleLine[]): LinesInfo {
  if (lines.length === 0) return NO_LINES
  const pooled = lines.map(pooledLine)
  return linesPool.get(pooled.map((p) => p.id).join(','), () => {
    const shared = pooled.map((p) => p.line)
    return Object.freeze({
      id: nextId++,
      lines: Object.freeze(shared) as SaleLine[],
      categories: Object.freeze([
        ...new Set(shared.map((l) => l.category).filter((c): c is string => c !== null)),
      ]) as string[],
      vatRates: Object.freeze([
        ...new Set(shared.map((l) => l.vatRate).filter((r): r is number => r !== null)),
      ]) as number[],
      names: shared
        .map((l) => l.name)
        .join('\n')
        .toLowerCase(),
    })
  })
}

/** The money parts (money-parts.ts) and data issues of a row: one shared copy per distinct input. */
function moneyOf(source: Omit<MoneyInput, 'lines'>, info: LinesInfo): MoneyInfo {
  const { gross, net, vat, hasVatBreakdown, salesCategory } = source
  const key = `${info.id}|${gross}|${net}|${vat}|${hasVatBreakdown}|${salesCategory}`
  return moneyPool.get(key, () => {
    const input = { ...source, lines: info.lines }
    const parts = moneyPartsOf(input)
    const issues = findDataIssues(input)
    if (info.lines.length > 0 && gross !== null && parts[0]?.lineIndex === null) {
      issues.push(
        'Linjenes beløp mangler eller stemmer ikke med salgets: summene bruker salgets beløp, ukjent sats',
      )
    }
    return {
      parts: Object.freeze(parts.map((part) => Object.freeze(part))) as MoneyPart[],
      issues: (issues.length > 0 ? Object.freeze(issues) : NONE) as string[],
    }
  })
}

type MoneyInput = Pick<SaleRow, 'gross' | 'net' | 'vat' | 'lines' | 'hasVatBreakdown' | 'salesCategory'>

/**
 * What free-text search reads besides the reference and pspReference as they are (filters.ts): the
 * line names (given lower-cased), the sales category, customer fields, and the two references
 * lower-cased when that changes them. Rows that read the same share one copy.
 */
function searchTextOf(
  reference: string,
  pspReference: string | null,
  lowerNames: string,
  others: readonly (string | null | undefined)[],
): string {
  let text = lowerNames
  const add = (piece: string) => {
    text = text ? `${text}\n${piece}` : piece
  }
  const lowerReference = reference.toLowerCase()
  if (lowerReference !== reference) add(lowerReference)
  const lowerPsp = pspReference?.toLowerCase()
  if (lowerPsp !== undefined && lowerPsp !== pspReference) add(lowerPsp)
  for (const other of others) if (other) add(other.toLowerCase())
  if (text === lowerNames) return lowerNames
  const found = text
  return searchPool.get(found, () => found)
}

/**
 * What a row is read from: the event's own fields, normalised (refunds signed, missing amounts null,
 * unknown values kept). Everything else a row holds follows from these (completeRow), so this is
 * what the persisted cache of closed days keeps.
 */
export type BaseRow = Omit<
  SaleRow,
  'entryKind' | 'isRefund' | 'parts' | 'categories' | 'vatRates' | 'searchText' | 'issues'
>

/** The row of an event that could be read. */
export function toSaleRow(event: SalesEvent, key: string, ledgerDate?: string): SaleRow {
  const sign: 1 | -1 = entryKindOf(event.entryType) === 'refund' ? -1 : 1
  const timeMs = Date.parse(event.time)
  const lines = event.lines && event.lines.length > 0 ? event.lines.map((line) => toLine(line, sign)) : NONE
  const completeness = event.completeness
  const hasVatBreakdown =
    completeness?.hasVatBreakdown ??
    (event.amounts?.vat !== null &&
      event.amounts?.vat !== undefined &&
      lines.every((l) => l.vatRate !== null))
  // "Not provided" is trusted over figures that may be placeholders (docs: trust completeness).
  const vatGiven = completeness?.hasVatBreakdown !== false
  return completeRow({
    key,
    timeMs,
    time: event.time,
    ledgerDate: ledgerDate ?? osloDateOf(timeMs),
    entryType: event.entryType,
    invalid: null,
    reference: event.reference,
    pspReference: event.pspReference ?? null,
    currency: event.currency,
    paymentType: event.paymentType || UNKNOWN,
    solution: event.classification?.solution || UNKNOWN,
    salesCategory: event.classification?.salesCategory || null,
    gross: signed(event.amounts?.gross, sign),
    net: vatGiven ? signed(event.amounts?.net, sign) : null,
    vat: vatGiven ? signed(event.amounts?.vat, sign) : null,
    lines,
    hasLines: completeness?.hasLineItems ?? lines.length > 0,
    hasVatBreakdown,
    customer:
      event.customer && (event.customer.email || event.customer.phone || event.customer.name)
        ? event.customer
        : null,
  })
}

/**
 * A whole row from its base: what it means (entry kind), its money parts and data issues (one
 * derivation, money-parts.ts), categories, rates and search text. What many rows repeat is one
 * shared copy (intern.ts). `sharedLines` remembers lines already pooled, for a batch of rows that
 * share their lines arrays (a day restored from the cache).
 */
export function completeRow(base: BaseRow, sharedLines?: Map<readonly SaleLine[], LinesInfo>): SaleRow {
  const invalid = base.invalid
  let entryKind = invalid ? 'unknown' : entryKindOf(base.entryType)
  if (entryKind === 'capture' && hasNegativeAmount(base)) entryKind = 'negative-capture'
  let info = sharedLines?.get(base.lines)
  if (!info) {
    info = linesInfoOf(base.lines)
    sharedLines?.set(base.lines, info)
  }
  const salesCategory = internText(base.salesCategory)
  const { gross, net, vat, hasVatBreakdown, customer } = base
  const money: MoneyInfo = invalid
    ? { parts: NONE, issues: invalid.map((problem) => `Kunne ikke leses (ikke med i summene): ${problem}`) }
    : entryKind === 'negative-capture'
      ? { parts: NONE, issues: NEGATIVE_CAPTURE_ISSUE_LIST }
      : moneyOf({ gross, net, vat, hasVatBreakdown, salesCategory }, info)
  // One object literal, every field in the same order: all rows share one shape (and its size).
  return {
    key: base.key,
    timeMs: base.timeMs,
    time: base.time,
    ledgerDate: base.ledgerDate,
    entryType: internText(base.entryType),
    entryKind,
    isRefund: entryKind === 'refund',
    invalid,
    reference: base.reference,
    pspReference: base.pspReference,
    currency: internText(base.currency),
    paymentType: internText(base.paymentType),
    solution: internText(base.solution),
    salesCategory,
    gross,
    net,
    vat,
    parts: money.parts,
    lines: info.lines,
    categories: info.categories,
    vatRates: info.vatRates,
    hasLines: base.hasLines,
    hasVatBreakdown,
    customer,
    searchText: searchTextOf(base.reference, base.pspReference, info.names, [
      salesCategory,
      customer?.name,
      customer?.email,
      customer?.phone,
    ]),
    issues: money.issues,
  }
}

/**
 * Turns a batch of events into rows with stable keys. Cash sales have no pspReference, so their key
 * is built from reference, time and type. Events that arrive twice follow the rule in
 * event-identity.ts (the same rule as across pages).
 */
export function toSaleRows(events: readonly SalesEvent[], options: RowOptions = {}): SaleRow[] {
  const { keyPrefix = '', ledgerDate } = options
  return dropRepeats(
    events.map((event) => toSaleRow(event, keyPrefix + identityOf(event), ledgerDate)),
    events.map(fingerprintOf),
  ).rows
}

const NEGATIVE_CAPTURE_ISSUE_LIST = Object.freeze([NEGATIVE_CAPTURE_ISSUE]) as string[]

const textOr = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)

/** An amount that can be read on its own (a safe integer of minor units), else null. */
const readableMinor = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : null

/**
 * The amounts of an event that could not be read, as far as they can be: for display and for the
 * "not summed" figures only (a wrong VAT rate on one line leaves the event's gross readable).
 */
function readableAmounts(fields: Record<string, unknown>, entryType: string) {
  const amounts = fields.amounts !== null && typeof fields.amounts === 'object' ? fields.amounts : {}
  const { gross, net, vat } = amounts as Record<string, unknown>
  const sign = entryKindOf(entryType) === 'refund' ? -1 : 1
  const netRead = readableMinor(net)
  const vatRead = readableMinor(vat)
  const both = netRead !== null && vatRead !== null
  return {
    gross: signed(readableMinor(gross), sign),
    net: both ? signed(netRead, sign) : null,
    vat: both ? signed(vatRead, sign) : null,
  }
}

/**
 * A row for an event that could not be read: reference, time, type and amounts as far as they can
 * be read, what was wrong by field path. Never summed; shown so that nothing vanishes unseen.
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
  const entryType = textOr(fields.entryType, '')
  const { gross, net, vat } = readableAmounts(fields, entryType)
  return completeRow({
    key,
    timeMs,
    time,
    ledgerDate: ledgerDate ?? (Number.isFinite(parsed) ? osloDateOf(parsed) : ''),
    entryType,
    invalid: problems,
    reference: textOr(fields.reference, ''),
    pspReference: textOr(fields.pspReference, '') || null,
    // Only for display: the row has no amounts, and a currency code that is not one would break formatting.
    currency: /^[A-Z]{3}$/.test(currency) ? currency : 'NOK',
    paymentType: textOr(fields.paymentType, '') || UNKNOWN,
    solution: UNKNOWN,
    salesCategory: null,
    gross,
    net,
    vat,
    lines: NONE,
    hasLines: false,
    hasVatBreakdown: false,
    customer: null,
  })
}
