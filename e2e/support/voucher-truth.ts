import type { APIRequestContext } from '@playwright/test'
import Papa from 'papaparse'
import {
  amountsOf,
  eventsOfPeriod,
  isRefund,
  isSummed,
  linesAddUp,
  osloToday,
  type RawEvent,
} from './api-truth'
import { isPayoutEntry, reportDay } from './settlement-truth'

/**
 * Ground truth for the voucher journeys, straight from the Sales and Report API's JSON through the
 * proxy, and readers of the downloaded files written from the published layouts; nothing from src/.
 *
 * What a day's voucher must book, from the bookkeeping rules (../../shared/report-api.md):
 * income and output VAT per VAT rate, from the lines of each sale whose lines carry its amounts
 * and add up to them; the gross of any other sale on the uncertain-VAT account (never guessed);
 * refunds netted; the fees withheld that date (`fees-retained`) and each payout to the bank.
 */
export interface DayTruth {
  /** Basis points → gross and VAT, signed (refunds negative). */
  rates: Map<number, { gross: number; vat: number }>
  uncertain: number
  /** Fees withheld (positive = cost). */
  fees: number
  /** Amounts paid to the bank, and the bank statement's text of each. */
  payouts: { paid: number; bankText: string }[]
}

const signed = (e: RawEvent, value: number) => (isRefund(e) ? -Math.abs(value) : value)

export function salesTruth(events: readonly RawEvent[]): Pick<DayTruth, 'rates' | 'uncertain'> {
  const truth = { rates: new Map<number, { gross: number; vat: number }>(), uncertain: 0 }
  for (const e of events) {
    if (!isSummed(e)) continue
    const { gross, vat } = amountsOf(e)
    if (gross === null) continue // no amount: listed, not booked
    if (vat === null || !linesAddUp(e)) {
      truth.uncertain += gross
      continue
    }
    for (const line of e.lines ?? []) {
      const lineGross = signed(e, line.lineTotalGross ?? 0)
      if (line.vatRate === null || line.vatRate === undefined) {
        truth.uncertain += lineGross
        continue
      }
      const rate = truth.rates.get(line.vatRate) ?? { gross: 0, vat: 0 }
      rate.gross += lineGross
      rate.vat += signed(e, line.vatAmount ?? 0)
      truth.rates.set(line.vatRate, rate)
    }
  }
  return truth
}

/** Each date's truth: its sales (by ledger date) and its funds entries. */
export async function daysTruth(
  request: APIRequestContext,
  ledgerId: string,
  dates: readonly string[],
): Promise<Map<string, DayTruth>> {
  const byDate = new Map<string, DayTruth>()
  for (const date of dates) {
    const sales = salesTruth(await eventsOfPeriod(request, ledgerId, date, date))
    const funds = (await reportDay(request, ledgerId, 'funds', date)).items
    byDate.set(date, {
      ...sales,
      fees: -funds.filter((f) => f.entryType === 'fees-retained').reduce((s, f) => s + f.amount, 0),
      payouts: funds.filter(isPayoutEntry).map((f) => ({
        paid: -f.amount,
        bankText: (f.reference ?? '').replace(/^Vipps utbet\.\s*/, 'Utb. '),
      })),
    })
  }
  return byDate
}

/**
 * The dates the Report API still holds open (funds or fees `tryLater`), and the sales day not over
 * yet (today by this machine's clock): a voucher of such a date is provisional. Asked of the API,
 * so that a run across midnight, with the simulator's clock frozen at the start, still agrees.
 */
export async function openDates(request: APIRequestContext, ledgerId: string, dates: readonly string[]) {
  const open: string[] = []
  for (const date of dates) {
    const funds = await reportDay(request, ledgerId, 'funds', date)
    const fees = await reportDay(request, ledgerId, 'fees', date)
    if (funds.open || fees.open || date >= osloToday()) open.push(date)
  }
  return open
}

// ——— the files ———

/** "1234.50" / "-1234,50" → signed øre, without floating point. */
export function decimalToOre(text: string, separator: '.' | ',' = '.'): number {
  const pattern = separator === '.' ? /^(-?)(\d+)\.(\d{2})$/ : /^(-?)(\d+),(\d{2})$/
  const match = pattern.exec(text.trim())
  if (!match) throw new Error(`not an amount with two decimals: "${text}"`)
  const ore = Number(match[2]) * 100 + Number(match[3])
  return match[1] === '-' ? -ore : ore
}

export interface Gbat10Line {
  voucher: number
  /** YYYY-MM-DD from the file's YYYYMMDD. */
  date: string
  account: string
  vatCode: string
  /** Field 8, the net posting: debit positive, credit negative. */
  net: number
  text: string
  /** Field 26: T (book the gross) or F (a VAT line a system computing VAT skips). */
  grossType: string
  gross: number
}

/**
 * GBAT10 as Mamut publishes it (fields numbered from 0, ";" between them, no header, no quoting):
 * 0 "GBAT10", 1 voucher number, 2 date YYYYMMDD, 3 type, 4 period, 5 year, 6 account, 7 VAT
 * code, 8 amount, 20 text, 26 gross type, 27 gross amount; 28 fields in all.
 */
export function readGbat10(file: string): Gbat10Line[] {
  if (!file.endsWith('\r\n')) throw new Error('GBAT10 lines end with CRLF')
  return file
    .slice(0, -2)
    .split('\r\n')
    .map((line) => {
      const f = line.split(';')
      if (f.length !== 28 || f[0] !== 'GBAT10') throw new Error(`not a GBAT10 line: ${line}`)
      const date = f[2] ?? ''
      if (!/^\d{8}$/.test(date)) throw new Error(`not a date YYYYMMDD: ${date}`)
      if (`${Number(date.slice(4, 6))}` !== f[4] || date.slice(0, 4) !== f[5])
        throw new Error(`period and year do not match the date: ${line}`)
      return {
        voucher: Number(f[1]),
        date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
        account: f[6] ?? '',
        vatCode: f[7] ?? '',
        net: decimalToOre(f[8] ?? ''),
        text: f[20] ?? '',
        grossType: f[26] ?? '',
        gross: decimalToOre(f[27] ?? ''),
      }
    })
}

/** A semicolon CSV with a header (the Excel dialect: byte-order mark, decimal comma). */
export function readExcelCsv(file: string): Record<string, string>[] {
  if (!file.startsWith('\uFEFF')) throw new Error('the Excel dialect starts with a byte-order mark')
  const parsed = Papa.parse<Record<string, string>>(file.slice(1), {
    delimiter: ';',
    header: true,
    skipEmptyLines: true,
  })
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join('; '))
  return parsed.data
}

export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const item of items) {
    const list = map.get(keyOf(item))
    if (list) list.push(item)
    else map.set(keyOf(item), [item])
  }
  return map
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
