import { SHARED_PSP_ISSUE } from '../../api/event-identity'
import { countsInTotals } from '../../api/money-parts'
import type { SaleRow } from '../../api/sale-row'
import { addRow, emptySum, type KindSums, type MoneySum, sumOf } from '../view/money-sum'

/**
 * The figures of a set of rows. The money sums cover captures and refunds that could be read;
 * rows of an unknown entry type and unreadable rows are in `rows` and counted in `excluded`.
 */
export interface Totals extends KindSums {
  /** Every row of the set, summed or not. */
  rows: number
  excluded: {
    /** Entry types we do not know (a future `chargeback`…): shown, never summed. */
    unknownKind: number
    /** The unknown entry types seen, as the API wrote them. */
    unknownTypes: string[]
    /** Events that could not be read: shown flagged, never summed. */
    invalid: number
    /** Captures written with a negative amount (sale-row.ts EntryKind): shown flagged, never summed. */
    negativeCaptures: number
    /** The gross of the rows above as far as it could be read ("Ikke summert brutto"): in no sum. */
    gross: number
    /** Of the rows above, those whose gross could not be read either. */
    withoutGross: number
  }
  /** Per currency, the summed transactions and their gross: a sum over several currencies is no figure. */
  byCurrency: CurrencySum[]
  /** Different events that share a pspReference (event-identity.ts): all summed, flagged, to be checked. */
  sharedPsp: { events: number; pspReferences: string[] }
  /** Summed transactions without order lines. */
  withoutLines: number
  /** Of those, sales of a variable amount (Vippsnummer), which have no lines by nature. */
  withoutLinesByNature: number
  currencies: string[]
}

export interface CurrencySum {
  currency: string
  count: number
  gross: number
  withoutGross: number
}

/** One pass, integers only: the figures the totals bar, charts and export must all agree with. */
export function totalsOf(rows: readonly SaleRow[]): Totals {
  const captures = emptySum()
  const refunds = emptySum()
  let unknownKind = 0
  const unknownTypes = new Set<string>()
  let invalid = 0
  let negativeCaptures = 0
  let excludedGross = 0
  let excludedWithoutGross = 0
  let withoutLines = 0
  let withoutLinesByNature = 0
  const byCurrency = new Map<string, CurrencySum>()
  let lastCurrency = ''
  let currencySum: CurrencySum | undefined
  let sharedPspEvents = 0
  const sharedPsp = new Set<string>()
  for (const row of rows) {
    if (row.currency !== lastCurrency) {
      lastCurrency = row.currency
      currencySum = byCurrency.get(lastCurrency)
      if (!currencySum) {
        currencySum = { currency: lastCurrency, count: 0, gross: 0, withoutGross: 0 }
        byCurrency.set(lastCurrency, currencySum)
      }
    }
    if (row.issues.length > 0 && row.pspReference !== null && row.issues.includes(SHARED_PSP_ISSUE)) {
      sharedPspEvents++
      sharedPsp.add(row.pspReference)
    }
    if (!countsInTotals(row)) {
      if (row.invalid !== null) invalid++
      else if (row.entryKind === 'negative-capture') negativeCaptures++
      else {
        unknownKind++
        unknownTypes.add(row.entryType)
      }
      if (row.gross === null) excludedWithoutGross++
      else excludedGross += row.gross
      continue
    }
    const sum = currencySum as CurrencySum
    sum.count++
    if (row.gross === null) sum.withoutGross++
    else sum.gross += row.gross
    addRow(row.isRefund ? refunds : captures, row)
    if (!row.hasLines) {
      withoutLines++
      if (row.solution === VARIABLE_AMOUNT) withoutLinesByNature++
    }
  }
  return {
    rows: rows.length,
    captures,
    refunds,
    all: sumOf(captures, refunds),
    excluded: {
      unknownKind,
      unknownTypes: [...unknownTypes],
      invalid,
      negativeCaptures,
      gross: excludedGross,
      withoutGross: excludedWithoutGross,
    },
    byCurrency: [...byCurrency.values()].filter((c) => c.count > 0),
    sharedPsp: { events: sharedPspEvents, pspReferences: [...sharedPsp] },
    withoutLines,
    withoutLinesByNature,
    currencies: [...byCurrency.keys()],
  }
}

/** A sale of an amount the payer typed (Vippsnummer): the API has no order lines for it. */
const VARIABLE_AMOUNT = 'VARIABLE_AMOUNT'

export const excludedCount = (totals: Totals) =>
  totals.excluded.unknownKind + totals.excluded.invalid + totals.excluded.negativeCaptures

/** Whether the sums add up amounts in more than one currency (never a figure to book). */
export const mixesCurrencies = (totals: Totals) => totals.byCurrency.length > 1

export type { MoneySum }
