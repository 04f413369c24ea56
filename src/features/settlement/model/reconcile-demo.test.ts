import { beforeAll, describe, expect, it } from 'vitest'
import { datesBetween } from '../../../api/oslo-time'
import { toFeesRows, toFundsRows } from '../../../api/report-entry'
import type { ReportEntry } from '../../../api/report-schemas'
import { type SaleRow, toSaleRows } from '../../../api/sale-row'
import type { SalesEvent } from '../../../api/schemas'
import { rawApi } from '../../../testing/raw-api'
import { salesDataFloorOf } from './join'
import { reconcile } from './reconcile'
import type { ReportDate } from './report-date'

/**
 * The model on the simulator's data. Every expected figure is computed here, straight from the
 * raw API pages with a few lines of arithmetic, never through the code under test.
 */
const DATES = datesBetween('2026-11-16', '2026-11-26') // the 26th is today: open

async function load(ledgerId: string, knobs = {}) {
  const api = rawApi(knobs)
  const sales = new Map<string, SalesEvent[]>()
  const funds = new Map<string, ReportEntry[]>()
  const fees = new Map<string, ReportEntry[]>()
  const report: ReportDate[] = []
  const rows: SaleRow[] = []
  for (const date of DATES) {
    sales.set(date, await api.salesDay(ledgerId, date))
    const f = await api.reportDay(ledgerId, 'funds', date)
    const g = await api.reportDay(ledgerId, 'fees', date)
    funds.set(date, f.items)
    fees.set(date, g.items)
    rows.push(...toSaleRows(sales.get(date) ?? [], { ledgerDate: date }))
    report.push({
      date,
      funds: toFundsRows(f.items, date),
      fees: toFeesRows(g.items, date),
      provisional: f.tryLater !== false || g.tryLater !== false,
    })
  }
  const result = reconcile({
    sales: rows,
    salesDates: DATES,
    report,
    salesDataFloorMs: salesDataFloorOf(rows),
  })
  return { sales, funds, fees, rows, result }
}

type Loaded = Awaited<ReturnType<typeof load>>
/** Eleven dates of sales, funds and fees, generated and paged: slow on a busy machine, never timed. */
const LOAD_TIMEOUT_MS = 120_000

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
const isPayout = (e: ReportEntry) =>
  e.entryType === 'payout-scheduled' || e.entryType === 'scheduled-for-payout'
const signedGross = (s: SalesEvent) => (s.entryType === 'refund' ? -1 : 1) * Math.abs(s.amounts?.gross ?? 0)

describe('reconciliation of the demo café (daily payouts)', () => {
  let sales: Loaded['sales']
  let funds: Loaded['funds']
  let fees: Loaded['fees']
  let rows: Loaded['rows']
  let result: Loaded['result']
  let allSales: SalesEvent[]
  let allFunds: ReportEntry[]
  let salePsps: Set<string | null | undefined>
  let fundsPsps: Set<string | null | undefined>
  beforeAll(async () => {
    ;({ sales, funds, fees, rows, result } = await load('302321'))
    allSales = [...sales.values()].flat()
    allFunds = [...funds.values()].flat()
    salePsps = new Set(allSales.map((s) => s.pspReference).filter(Boolean))
    fundsPsps = new Set(allFunds.map((e) => e.pspReference))
  }, LOAD_TIMEOUT_MS)

  it('matches every sale that has a funds row, and each date’s matched sales equal its matched money', () => {
    expect(result.join.matched).toHaveLength(
      allSales.filter((s) => s.pspReference && fundsPsps.has(s.pspReference)).length,
    )
    for (const date of DATES) {
      const settled = (funds.get(date) ?? []).filter(
        (e) => (e.entryType === 'capture' || e.entryType === 'refund') && salePsps.has(e.pspReference),
      )
      const soldFor = new Map(allSales.map((s) => [s.pspReference, signedGross(s)]))
      const day = result.days.find((d) => d.date === date)!
      expect(day.totals.fundsCaptured + day.totals.fundsRefunded).toBe(sum(settled.map((e) => e.amount)))
      expect(day.totals.salesCaptured + day.totals.salesRefunded).toBe(
        sum(settled.map((e) => soldFor.get(e.pspReference) ?? 0)),
      )
      expect(day.totals.agrees).toBe(true)
      expect(day.matched).toHaveLength(settled.length)
    }
  })

  it('explains every sale without a funds row: cash, or not yet settled on the open dates', () => {
    const cash = allSales.filter((s) => !s.pspReference).length
    const unsettled = allSales.filter((s) => s.pspReference && !fundsPsps.has(s.pspReference))
    const reasons = result.join.unmatchedSales.map((u) => u.reason)
    expect(reasons.filter((r) => r === 'cash')).toHaveLength(cash)
    expect(reasons.filter((r) => r === 'not-yet-settled')).toHaveLength(unsettled.length)
    expect(unsettled.length).toBeGreaterThan(0)
    expect(
      unsettled.every(
        (s) => rows.find((r) => r.pspReference === s.pspReference)?.ledgerDate === '2026-11-26',
      ),
    ).toBe(true)
    expect(reasons).toHaveLength(cash + unsettled.length)
  })

  it('explains every funds row without a sale: the correction, and sales from before the period', () => {
    const lone = allFunds.filter(
      (e) => !isPayout(e) && e.entryType !== 'fees-retained' && !salePsps.has(e.pspReference),
    )
    expect(result.join.unmatchedFunds).toHaveLength(lone.length)
    const byReason = (reason: string) => result.join.unmatchedFunds.filter((u) => u.reason === reason).length
    expect(byReason('correction')).toBe(lone.filter((e) => e.entryType === 'correction').length)
    expect(byReason('correction')).toBe(1)
    // Sold on the 15th (not loaded), settled on the 16th.
    expect(byReason('sale-outside-period')).toBe(
      lone.filter((e) => e.ledgerDate === '2026-11-16' && e.entryType !== 'correction').length,
    )
    expect(byReason('sale-outside-period') + byReason('correction')).toBe(lone.length)
  })

  it('finds every date’s funds and fees balances in order, open date included', () => {
    for (const date of DATES) {
      const day = result.days.find((d) => d.date === date)!
      const entries = funds.get(date) ?? []
      expect(day.fundsBalance.ok).toBe(true)
      expect(day.fundsBalance.sum).toBe(sum(entries.map((e) => e.amount)))
      expect(day.fundsBalance.sum).toBe(entries.at(-1)!.balanceAfter - entries[0]!.balanceBefore)
      expect(day.feesBalance.ok).toBe(true)
      expect(day.provisional).toBe(date === '2026-11-26')
    }
  })

  it('walks each payout from the sales to the amount in the bank, to the øre', () => {
    expect(result.payouts).toHaveLength(DATES.length - 1)
    const soldFor = new Map(allSales.map((s) => [s.pspReference, s]))
    for (const payout of result.payouts) {
      const entries = funds.get(payout.date) ?? []
      const raw = entries.find(isPayout)!
      const settled = entries.filter((e) => e.entryType === 'capture' || e.entryType === 'refund')
      const withSale = settled.filter((e) => soldFor.has(e.pspReference))
      const captured = sum(
        withSale
          .filter((e) => e.entryType === 'capture')
          .map((e) => Math.abs(soldFor.get(e.pspReference)?.amounts?.gross ?? 0)),
      )
      const refunded = -sum(
        withSale
          .filter((e) => e.entryType === 'refund')
          .map((e) => Math.abs(soldFor.get(e.pspReference)?.amounts?.gross ?? 0)),
      )
      const withoutSale = sum(settled.filter((e) => !soldFor.has(e.pspReference)).map((e) => e.amount))
      const retained = sum(entries.filter((e) => e.entryType === 'fees-retained').map((e) => e.amount))
      const corrections = sum(entries.filter((e) => e.entryType === 'correction').map((e) => e.amount))
      expect(captured + refunded + withoutSale + retained + corrections).toBe(-raw.amount)
      expect(payout.walk).toEqual({
        openingBalance: 0,
        salesCaptured: captured,
        salesRefunded: refunded,
        settlementDifference: 0,
        settledWithoutSale: withoutSale,
        fees: retained,
        corrections,
        otherEntries: 0,
        unknownEntries: 0,
        remainingBalance: 0,
        paid: -raw.amount,
        balances: true,
      })
      expect(payout.dates).toEqual([payout.date])
      expect(payout.number).toBe(raw.pspReference?.split('-')[1])
      expect(payout.bankText).toBe(raw.reference?.replace('Vipps utbet.', 'Utb.'))
      expect(payout.transactions).toHaveLength(withSale.length)
    }
    expect(result.payouts[0]?.coverageKnown).toBe(false)
    expect(result.payouts.slice(1).every((p) => p.coverageKnown)).toBe(true)
  })

  it('gives a card sale its settlement: date, both fees from the raw fee rows, and its payout', () => {
    const card = allSales.find(
      (s) => s.paymentType === 'CARD' && s.entryType === 'capture' && s.time.startsWith('2026-11-20T1'),
    )!
    const row = rows.find((r) => r.pspReference === card.pspReference)!
    const ownFees = [...fees.values()].flat().filter((e) => e.pspReference === card.pspReference)
    const fundsRow = allFunds.find((e) => e.pspReference === card.pspReference)!
    const payoutRow = (funds.get(fundsRow.ledgerDate) ?? []).find(isPayout)!
    const settlement = result.transactions.get(row.key)!
    expect(ownFees).toHaveLength(2)
    expect(settlement).toMatchObject({
      status: 'settled',
      ledgerDate: fundsRow.ledgerDate,
      settledAmount: fundsRow.amount,
      fees: sum(ownFees.map((e) => e.amount)),
      awaitingPayout: false,
      provisional: false,
    })
    expect(settlement.payout?.number).toBe(payoutRow.pspReference?.split('-')[1])
  })

  it('gives the fees as a share of sales, per payment type, from the raw fee rows', () => {
    const feeRows = [...fees.values()].flat().filter((e) => e.entryType === 'capture-fee')
    const settledCaptures = allSales.filter(
      (s) => s.entryType === 'capture' && s.pspReference && fundsPsps.has(s.pspReference),
    )
    for (const type of ['CARD', 'WALLET']) {
      const captures = settledCaptures.filter((s) => s.paymentType === type)
      const withFee = captures.filter((s) => feeRows.some((f) => f.pspReference === s.pspReference))
      const psps = new Set(withFee.map((s) => s.pspReference))
      const salesSum = sum(withFee.map((s) => Math.abs(s.amounts?.gross ?? 0)))
      const feeSum = sum(feeRows.filter((f) => psps.has(f.pspReference)).map((f) => f.amount))
      const found = result.fees.byPaymentType.find((p) => p.paymentType === type)!
      expect(found).toEqual({
        paymentType: type,
        sales: salesSum,
        fees: feeSum,
        captures: withFee.length,
        share: -feeSum / salesSum,
      })
    }
    expect(result.fees.byPaymentType.map((p) => p.paymentType).sort()).toEqual(['CARD', 'WALLET'])
    const card = result.fees.byPaymentType.find((p) => p.paymentType === 'CARD')!.share!
    // 1.39 % and 50 øre a payment, on café-sized payments.
    expect(card).toBeGreaterThan(0.0139)
    expect(card).toBeLessThan(0.03)
    // Fees of the last loaded dates' captures may be booked on a date not loaded yet.
    expect(result.fees.capturesWithoutFee).toBe(settledCaptures.length - result.fees.total.captures)
    expect(result.fees.byDay.find((d) => d.date === '2026-11-20')?.provisional).toBe(false)
    expect(result.fees.byDay.find((d) => d.date === '2026-11-25')?.provisional).toBe(true)
  })

  it('holds every check, and says the period is provisional because today is open', () => {
    expect(result.checksHold).toBe(true)
    expect(result.provisional).toBe(true)
    expect(result.pending.dates).toEqual(['2026-11-26'])
    expect(result.pending.balance).toBe((funds.get('2026-11-26') ?? []).at(-1)?.balanceAfter)
  })
})

describe('reconciliation of the demo web shop (payouts every third date)', () => {
  let funds: Loaded['funds']
  let result: Loaded['result']
  beforeAll(async () => {
    ;({ funds, result } = await load('302322', { legacyPayouts: true, unknownReportTypes: true }))
  }, LOAD_TIMEOUT_MS)

  it('covers three dates per payout, and the walk adds up over them with unknown entries and the older name', () => {
    const payoutDates = DATES.filter((d) => (funds.get(d) ?? []).some(isPayout))
    expect(result.payouts.map((p) => p.date)).toEqual(payoutDates)
    expect(payoutDates).toEqual(['2026-11-18', '2026-11-21', '2026-11-24'])
    for (const [i, payout] of result.payouts.entries()) {
      const raw = (funds.get(payout.date) ?? []).find(isPayout)!
      expect(raw.entryType).toBe('scheduled-for-payout')
      expect(payout.number).toBe(raw.pspReference)
      expect(payout.walk.paid).toBe(-raw.amount)
      expect(payout.walk.balances).toBe(true)
      if (i === 0) continue
      const covered = DATES.filter((d) => d > payoutDates[i - 1]! && d <= payout.date)
      expect(payout.dates).toEqual(covered)
      expect(covered).toHaveLength(3)
      const coveredEntries = covered.flatMap((d) => funds.get(d) ?? []).filter((e) => !isPayout(e))
      expect(payout.walk.unknownEntries).toBe(
        sum(coveredEntries.filter((e) => e.entryType === 'reserve-release').map((e) => e.amount)),
      )
      expect(payout.walk.unknownEntries).toBeGreaterThan(0)
      expect(sum(coveredEntries.map((e) => e.amount))).toBe(-raw.amount)
    }
    expect(result.checksHold).toBe(true)
  })
})
