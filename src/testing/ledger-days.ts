import { toFeesRows, toFundsRows } from '../api/report-entry'
import type { ReportEntry } from '../api/report-schemas'
import { type SaleRow, toSaleRows } from '../api/sale-row'
import type { SalesEvent } from '../api/schemas'
import { saleEvent } from './events'

/**
 * Hand-built Report API dates and sales for the settlement model's tests: figures small enough to
 * add up by eye in the test itself. A date is written as lines of [entryType, amount, pspReference,
 * time], with running balances from its opening balance.
 */
export type Line = [entryType: string, amount: number, pspReference?: string | null, time?: string]

let clock = 0

export function entries(date: string, lines: Line[], opening = 0): ReportEntry[] {
  let balance = opening
  return lines.map(([entryType, amount, pspReference = null, time]) => {
    clock++
    const balanceBefore = balance
    balance += amount
    return {
      pspReference,
      time: time ?? `${date}T10:${String(clock % 60).padStart(2, '0')}:00.000Z`,
      ledgerDate: date,
      entryType,
      reference: /payout/.test(entryType)
        ? `Vipps utbet. ${pspReference?.split('-').at(-1)} Vippsnr 550123`
        : `ref ${clock}`,
      currency: 'NOK',
      amount,
      balanceBefore,
      balanceAfter: balance,
      recipientHandle: 'NO:550123',
    }
  })
}

/** A ledger date of both topics, as the model reads it (closed unless `open`). */
export function day(
  date: string,
  funds: Line[],
  fees: Line[] = [],
  options: { opening?: number; open?: boolean } = {},
) {
  return {
    date,
    funds: toFundsRows(entries(date, funds, options.opening ?? 0), date),
    fees: toFeesRows(entries(date, fees), date),
    provisional: options.open ?? false,
  }
}

export const sale = (date: string, overrides: Partial<SalesEvent> = {}) =>
  toSaleRows([saleEvent({ time: `${date}T09:00:00.000Z`, ...overrides })], { ledgerDate: date })[0] as SaleRow

/** A sale at 25 % VAT (gross divisible by 5). */
export const sold = (date: string, pspReference: string, gross: number, entryType = 'capture') =>
  sale(date, { pspReference, entryType, amounts: { gross, net: (gross * 4) / 5, vat: gross / 5 } })
