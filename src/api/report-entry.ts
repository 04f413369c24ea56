import type { ReportTopic } from './endpoints'
import type { ReportEntry } from './report-schemas'

/**
 * What a Report API entry *means*, decided once (like sale-row.ts for sales events): its kind,
 * with the older name of a payout folded into the current one and unknown types kept as they are
 * and flagged. An unknown entry still counts by its signed amount in every balance.
 */
export const FUNDS_KINDS = [
  'capture',
  'refund',
  'fees-retained',
  'payout-scheduled',
  'payout-aborted',
  'retained-disputed-capture',
  'returned-disputed-capture',
  'correction',
  'top-up',
  'credit-note',
] as const
export const FEES_KINDS = [
  'capture-fee',
  'fees-retained',
  'fees-invoiced',
  'credit-note',
  'service-fee',
  'correction',
] as const

export type FundsKind = (typeof FUNDS_KINDS)[number] | 'unknown'
export type FeesKind = (typeof FEES_KINDS)[number] | 'unknown'

/** Older documentation names for the same entry types. */
const FUNDS_ALIASES: ReadonlyMap<string, FundsKind> = new Map([['scheduled-for-payout', 'payout-scheduled']])
const FUNDS_TYPES: ReadonlySet<string> = new Set(FUNDS_KINDS)
const FEES_TYPES: ReadonlySet<string> = new Set(FEES_KINDS)

interface ReportRowBase {
  /** Unique within a topic and ledger date, stable across page boundaries. */
  key: string
  /** The entry type exactly as sent. */
  entryType: string
  /** False for an entry type this dashboard does not know: shown as it is and flagged. */
  known: boolean
  pspReference: string | null
  reference: string
  time: string
  timeMs: number
  ledgerDate: string
  currency: string
  amount: number
  balanceBefore: number
  balanceAfter: number
  recipientHandle: string | null
  /** Data-quality problems of this entry alone (Norwegian, for people). */
  issues: string[]
}

export interface FundsRow extends ReportRowBase {
  topic: 'funds'
  kind: FundsKind
}

export interface FeesRow extends ReportRowBase {
  topic: 'fees'
  kind: FeesKind
}

export type ReportRow = FundsRow | FeesRow

export function fundsKindOf(entryType: string): FundsKind {
  const type = entryType.toLowerCase()
  return FUNDS_ALIASES.get(type) ?? (FUNDS_TYPES.has(type) ? (type as FundsKind) : 'unknown')
}

export function feesKindOf(entryType: string): FeesKind {
  const type = entryType.toLowerCase()
  return FEES_TYPES.has(type) ? (type as FeesKind) : 'unknown'
}

function issuesOf(entry: ReportEntry, fetchedDate: string | undefined): string[] {
  const issues: string[] = []
  if (entry.balanceAfter !== entry.balanceBefore + entry.amount)
    issues.push('Saldo etter er ikke saldo før + beløp')
  if (fetchedDate !== undefined && entry.ledgerDate !== fetchedDate)
    issues.push(`Posten har avregningsdato ${entry.ledgerDate}, men kom på ${fetchedDate}`)
  return issues
}

function keysOf(entries: readonly ReportEntry[]): string[] {
  const seen = new Map<string, number>()
  return entries.map((entry) => {
    const key = `${entry.entryType}|${entry.pspReference ?? entry.reference ?? ''}|${entry.time}`
    const count = seen.get(key) ?? 0
    seen.set(key, count + 1)
    return count > 0 ? `${key}#${count}` : key
  })
}

/** Every field written out in one literal: rows built by spreading read many times slower. */
function rowOf<R extends ReportRow>(
  entry: ReportEntry,
  key: string,
  fetchedDate: string | undefined,
  topic: R['topic'],
  kind: R['kind'],
): R {
  const row: ReportRow = {
    key,
    topic,
    kind,
    known: kind !== 'unknown',
    entryType: entry.entryType,
    pspReference: entry.pspReference || null,
    reference: entry.reference ?? '',
    time: entry.time,
    timeMs: Date.parse(entry.time),
    ledgerDate: entry.ledgerDate,
    currency: entry.currency,
    amount: entry.amount,
    balanceBefore: entry.balanceBefore,
    balanceAfter: entry.balanceAfter,
    recipientHandle: entry.recipientHandle ?? null,
    issues: issuesOf(entry, fetchedDate),
  } as ReportRow
  return row as R
}

/** Funds entries as rows, in the API's order; `fetchedDate` is the ledger date they were asked for. */
export function toFundsRows(entries: readonly ReportEntry[], fetchedDate?: string): FundsRow[] {
  const keys = keysOf(entries)
  return entries.map((entry, i) =>
    rowOf<FundsRow>(entry, keys[i] ?? '', fetchedDate, 'funds', fundsKindOf(entry.entryType)),
  )
}

export function toFeesRows(entries: readonly ReportEntry[], fetchedDate?: string): FeesRow[] {
  const keys = keysOf(entries)
  return entries.map((entry, i) =>
    rowOf<FeesRow>(entry, keys[i] ?? '', fetchedDate, 'fees', feesKindOf(entry.entryType)),
  )
}

export function toReportRows(topic: ReportTopic, entries: readonly ReportEntry[], fetchedDate?: string) {
  return topic === 'funds' ? toFundsRows(entries, fetchedDate) : toFeesRows(entries, fetchedDate)
}

/**
 * The payout number the bank statement shows: read from the reference (`Vipps utbet. 2000023 …`)
 * when it has one, else from the pspReference (`<ledgerId>-2000023`, or just `2000023` in older
 * docs). Null when neither holds a number.
 */
export function payoutNumberOf(row: Pick<FundsRow, 'reference' | 'pspReference'>): string | null {
  const fromReference = /utbet\.?\s*(\d+)/i.exec(row.reference)?.[1]
  if (fromReference) return fromReference
  const fromPsp = /(?:^|-)(\d+)$/.exec(row.pspReference ?? '')?.[1]
  return fromPsp ?? null
}

/**
 * The payout line as the bank statement writes it: `Vipps utbet. 2000023 Vippsnr 550123` becomes
 * `Utb. 2000023 Vippsnr 550123`; without such a reference, `Utb. <number>`.
 */
export function bankStatementTextOf(row: Pick<FundsRow, 'reference' | 'pspReference'>): string {
  const match = /^\s*vipps\s+utbet\.?\s*(.*)$/i.exec(row.reference)
  if (match?.[1]) return `Utb. ${match[1].trim()}`
  const number = payoutNumberOf(row)
  return number ? `Utb. ${number}` : row.reference
}
