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
  }
  /** Summed transactions without order lines. */
  withoutLines: number
  /** Of those, sales of a variable amount (Vippsnummer), which have no lines by nature. */
  withoutLinesByNature: number
  currencies: string[]
}

/** One pass, integers only: the figures the totals bar, charts and export must all agree with. */
export function totalsOf(rows: readonly SaleRow[]): Totals {
  const captures = emptySum()
  const refunds = emptySum()
  let unknownKind = 0
  const unknownTypes = new Set<string>()
  let invalid = 0
  let withoutLines = 0
  let withoutLinesByNature = 0
  const currencies = new Set<string>()
  let lastCurrency = ''
  for (const row of rows) {
    if (row.currency !== lastCurrency) {
      lastCurrency = row.currency
      currencies.add(lastCurrency)
    }
    if (!countsInTotals(row)) {
      if (row.invalid !== null) invalid++
      else {
        unknownKind++
        unknownTypes.add(row.entryType)
      }
      continue
    }
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
    excluded: { unknownKind, unknownTypes: [...unknownTypes], invalid },
    withoutLines,
    withoutLinesByNature,
    currencies: [...currencies],
  }
}

/** A sale of an amount the payer typed (Vippsnummer): the API has no order lines for it. */
const VARIABLE_AMOUNT = 'VARIABLE_AMOUNT'

export const excludedCount = (totals: Totals) => totals.excluded.unknownKind + totals.excluded.invalid

export type { MoneySum }
