import { beforeAll, describe, expect, it } from 'vitest'
import { datesBetween } from '../../api/oslo-time'
import { toFeesRows, toFundsRows } from '../../api/report-entry'
import type { ReportEntry } from '../../api/report-schemas'
import { type SaleRow, toSaleRows } from '../../api/sale-row'
import type { SalesEvent } from '../../api/schemas'
import { DEFAULT_VOUCHER_SETTINGS } from '../../api/voucher-settings'
// The settlement model is the source of fees and payouts in the app; using it here proves that its
// days fit settlementByDate as they are.
import { reconcile } from '../../features/settlement/model/reconcile'
import type { ReportDate } from '../../features/settlement/model/report-date'
import { rawApi } from '../../testing/raw-api'
import { groupBy, readGbat10, sum } from '../../testing/voucher-files'
import { daySummaries, settlementByDate, vatPartsOf } from './day-summary'
import { toGbat10 } from './gbat10'
import { buildVouchers } from './vouchers'

/**
 * A month of the demo café (mPOS: three VAT rates, refunds, cash, sales without VAT breakdown,
 * daily payouts) through the whole chain: Sales and Report API pages → sale rows → day summaries →
 * vouchers → GBAT10 → read back. Every expected figure is computed here, straight from the raw
 * API JSON with a few lines of arithmetic, never through the code under test.
 */
const LEDGER = '302321'
const MONTH = datesBetween('2026-10-01', '2026-10-31') // closed: the simulator's today is 26 November
/** A month of sales, funds and fees, generated and paged: slow on a busy machine, never timed. */
const LOAD_TIMEOUT_MS = 240_000

interface Expected {
  /** rate → { gross, vat } of the sales settled through Vipps MobilePay and cash together. */
  rates: Map<number, { gross: number; vat: number }>
  uncertain: number
  cash: number
  vipps: number
  fees: number
  payouts: { paid: number; number: string }[]
}

const abs = Math.abs

/** The VAT summary of one date from its raw events: line amounts where they add up, else unknown. */
function expectedOf(events: readonly SalesEvent[], funds: readonly ReportEntry[]): Expected {
  const expected: Expected = { rates: new Map(), uncertain: 0, cash: 0, vipps: 0, fees: 0, payouts: [] }
  for (const event of events) {
    const sign = event.entryType === 'refund' ? -1 : 1
    const gross = event.amounts?.gross
    if (gross === null || gross === undefined) continue
    if (event.pspReference) expected.vipps += sign * abs(gross)
    else expected.cash += sign * abs(gross)
    const lines = event.lines ?? []
    const vat = event.amounts?.vat
    const readable =
      event.completeness?.hasVatBreakdown === true &&
      lines.length > 0 &&
      lines.every(
        (l) =>
          typeof l.vatRate === 'number' &&
          typeof l.lineTotalGross === 'number' &&
          typeof l.vatAmount === 'number',
      ) &&
      typeof vat === 'number' &&
      sum(lines.map((l) => abs(l.lineTotalGross ?? 0))) === abs(gross) &&
      sum(lines.map((l) => abs(l.vatAmount ?? 0))) === abs(vat)
    if (!readable) {
      expected.uncertain += sign * abs(gross)
      continue
    }
    for (const line of lines) {
      const rate = expected.rates.get(line.vatRate ?? -1) ?? { gross: 0, vat: 0 }
      rate.gross += sign * abs(line.lineTotalGross ?? 0)
      rate.vat += sign * abs(line.vatAmount ?? 0)
      expected.rates.set(line.vatRate ?? -1, rate)
    }
  }
  for (const entry of funds) {
    if (entry.entryType === 'fees-retained') expected.fees -= entry.amount
    if (entry.entryType === 'payout-scheduled')
      expected.payouts.push({
        paid: -entry.amount,
        number: /utbet\.\s*(\d+)/i.exec(entry.reference ?? '')?.[1] ?? '',
      })
  }
  return expected
}

describe('a month of the demo café as GBAT10', () => {
  let file = ''
  let voucherCount = 0
  const expectedByDate = new Map<string, Expected>()

  beforeAll(async () => {
    const api = rawApi()
    const rows: SaleRow[] = []
    const report: ReportDate[] = []
    for (const date of MONTH) {
      const sales = await api.salesDay(LEDGER, date)
      const funds = await api.reportDay(LEDGER, 'funds', date)
      const fees = await api.reportDay(LEDGER, 'fees', date)
      expectedByDate.set(date, expectedOf(sales, funds.items))
      rows.push(...toSaleRows(sales, { ledgerDate: date }))
      report.push({
        date,
        funds: toFundsRows(funds.items, date),
        fees: toFeesRows(fees.items, date),
        provisional: funds.tryLater !== false || fees.tryLater !== false,
      })
    }
    const settlement = reconcile({ sales: rows, salesDates: MONTH, report })
    const summaries = daySummaries({
      dates: MONTH.map((date) => ({ date, provisional: false })),
      rows,
      partsOf: vatPartsOf,
      settlement: settlementByDate(settlement.days),
      cashSales: DEFAULT_VOUCHER_SETTINGS.cashSales,
    })
    const { vouchers, skipped } = buildVouchers(summaries, DEFAULT_VOUCHER_SETTINGS)
    expect(skipped).toEqual([])
    voucherCount = vouchers.length
    file = toGbat10(vouchers, DEFAULT_VOUCHER_SETTINGS)
  }, LOAD_TIMEOUT_MS)

  const accounts = DEFAULT_VOUCHER_SETTINGS.accounts
  const rateAccounts = new Map(DEFAULT_VOUCHER_SETTINGS.rates.map((r) => [r.rate, r]))

  it('has one voucher per date, numbered in sequence, and every voucher balances (debit = credit) to the øre', () => {
    const postings = readGbat10(file)
    const byVoucher = groupBy(postings, (p) => p.voucher)
    expect(voucherCount).toBe(MONTH.length)
    expect([...byVoucher.keys()]).toEqual(MONTH.map((_, i) => i + 1))
    for (const [number, lines] of byVoucher) {
      expect(new Set(lines.map((l) => l.date)), `voucher ${number}`).toEqual(new Set([MONTH[number - 1]]))
      expect(sum(lines.map((l) => l.net)), `voucher ${number} (net)`).toBe(0)
      expect(
        sum(lines.filter((l) => l.grossType === 'T').map((l) => l.gross)),
        `voucher ${number} (gross)`,
      ).toBe(0)
      expect(sum(lines.filter((l) => l.net > 0).map((l) => l.net))).toBeGreaterThan(0)
    }
  })

  it('books each date’s income and output VAT per rate exactly as the VAT summary of its sales', () => {
    const byDate = groupBy(readGbat10(file), (p) => p.date)
    let seenRates = new Set<number>()
    for (const date of MONTH) {
      const expected = expectedByDate.get(date)!
      const postings = byDate.get(date) ?? []
      const credit = (account: string, grossType = 'T') =>
        -sum(postings.filter((p) => p.account === account && p.grossType === grossType).map((p) => p.net))
      for (const [rate, figures] of expected.rates) {
        const config = rateAccounts.get(rate)!
        expect(credit(config.salesAccount), `${date} income ${rate}`).toBe(figures.gross - figures.vat)
        expect(-sum(postings.filter((p) => p.account === config.salesAccount).map((p) => p.gross))).toBe(
          figures.gross,
        )
        if (config.vatAccount) expect(credit(config.vatAccount, 'F'), `${date} VAT ${rate}`).toBe(figures.vat)
      }
      expect(credit(accounts.uncertainVat), `${date} uncertain`).toBe(expected.uncertain)
      expect(-credit(accounts.cash), `${date} cash`).toBe(expected.cash)
      seenRates = new Set([...seenRates, ...expected.rates.keys()])
    }
    expect([...seenRates].sort()).toEqual([1200, 1500, 2500])
  })

  it('books the fees withheld and each payout from clearing to the bank, as the settlement pages say', () => {
    const byDate = groupBy(readGbat10(file), (p) => p.date)
    for (const date of MONTH) {
      const expected = expectedByDate.get(date)!
      const postings = byDate.get(date) ?? []
      const on = (account: string) => postings.filter((p) => p.account === account)
      expect(sum(on(accounts.fees).map((p) => p.net)), `${date} fees`).toBe(expected.fees)
      expect(
        on(accounts.bank).map((p) => p.net),
        `${date} payouts`,
      ).toEqual(expected.payouts.map((p) => p.paid))
      for (const [i, payout] of expected.payouts.entries())
        expect(on(accounts.bank)[i]?.text).toMatch(new RegExp(`^Utb\\. ${payout.number} Vippsnr`))
      // Clearing: the day's Vipps MobilePay sales in, fees and payouts out.
      const clearing = sum(on(accounts.clearing).map((p) => p.net))
      expect(clearing, `${date} clearing`).toBe(
        expected.vipps - expected.fees - sum(expected.payouts.map((p) => p.paid)),
      )
    }
  })

  it('adds up over the month: income + VAT + uncertain = every sale’s gross, to the øre', () => {
    const postings = readGbat10(file)
    const expected = [...expectedByDate.values()]
    const income = -sum(postings.filter((p) => p.account.startsWith('3')).map((p) => p.net))
    const vat = -sum(postings.filter((p) => p.account.startsWith('27')).map((p) => p.net))
    const uncertain = -sum(postings.filter((p) => p.account === accounts.uncertainVat).map((p) => p.net))
    expect(income + vat + uncertain).toBe(sum(expected.map((e) => e.vipps + e.cash)))
    expect(vat).toBe(sum(expected.flatMap((e) => [...e.rates.values()].map((r) => r.vat))))
    expect(uncertain).toBeGreaterThan(0)
    expect(sum(expected.map((e) => e.cash))).toBeGreaterThan(0)
  })
})
