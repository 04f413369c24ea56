import { describe, expect, it } from 'vitest'
import { toFundsRows } from '../../../api/report-entry'
import { day, entries, sale, sold } from '../../../testing/ledger-days'
import { checkBalances } from './balance'
import { salesDataFloorOf } from './join'
import { reconcile } from './reconcile'

/**
 * Hand-built ledgers: every one-sided case and every check, with figures small enough to add up
 * by eye in the test itself.
 */
describe('the join: every one-sided case has its reason', () => {
  it('matches on pspReference across dates and gives each lone sale its reason', () => {
    const sales = [
      sale('2026-11-20', {
        pspReference: 'settled-next-date',
        amounts: { gross: 5000, net: 4000, vat: 1000 },
      }),
      sale('2026-11-20', { pspReference: null, paymentType: 'CASH' }),
      sale('2026-11-20', { pspReference: 'lost' }),
      sale('2026-11-21', { pspReference: 'not-yet', time: '2026-11-21T13:00:00.000Z' }),
      sale('2026-11-20', { pspReference: 'odd', entryType: 'chargeback' }),
      { ...sale('2026-11-20', { pspReference: 'broken' }), invalid: ['amounts.gross: must be an integer'] },
    ]
    const report = [
      day('2026-11-20', [['fees-retained', 0]]),
      day('2026-11-21', [['capture', 5000, 'settled-next-date', '2026-11-20T23:00:30.000Z']], [], {
        open: true,
      }),
    ]
    const result = reconcile({ sales, salesDates: ['2026-11-20', '2026-11-21'], report })
    expect(result.join.matched.map((t) => t.sale.pspReference)).toEqual(['settled-next-date'])
    const reasons = Object.fromEntries(
      result.join.unmatchedSales.map((u) => [u.sale.pspReference ?? 'cash', u.reason]),
    )
    expect(reasons).toEqual({
      cash: 'cash',
      // 2026-11-20 is closed, but its sales may still settle on 2026-11-21, which is open.
      lost: 'not-yet-settled',
      'not-yet': 'not-yet-settled',
      odd: 'unknown-type',
      broken: 'invalid',
    })
    expect(result.transactions.get(sales[0]!.key)).toMatchObject({
      status: 'settled',
      ledgerDate: '2026-11-21',
    })
    expect(result.transactions.get(sales[3]!.key)).toMatchObject({
      status: 'not-yet-settled',
      provisional: true,
    })
  })

  it('says a sale is a discrepancy only when both dates it could settle on are loaded and closed', () => {
    const lost = sale('2026-11-20', { pspReference: 'lost' })
    const lastDay = sale('2026-11-21', { pspReference: 'after-period' })
    const report = [day('2026-11-20', []), day('2026-11-21', [])]
    const result = reconcile({ sales: [lost, lastDay], salesDates: ['2026-11-20', '2026-11-21'], report })
    expect(result.join.unmatchedSales.map((u) => u.reason)).toEqual([
      'no-funds-row',
      'settlement-outside-period',
    ])
    expect(result.checksHold).toBe(false)
    expect(reconcile({ sales: [lastDay], salesDates: ['2026-11-21'], report }).checksHold).toBe(true)
  })

  it('gives each lone funds row its reason: correction, data floor, outside the period, unknown, other, duplicate, no sale', () => {
    const floor = Date.parse('2026-11-19T12:00:00Z')
    const sales = [
      sold('2026-11-20', 'sold', 1000),
      sale('2026-11-20', { pspReference: 'odd', entryType: 'chargeback' }),
    ]
    const report = [
      day('2026-11-19', [
        ['capture', 700, 'before-floor', '2026-11-19T08:00:00.000Z'],
        ['capture', 800, 'day-before-period', '2026-11-19T13:00:00.000Z'],
      ]),
      day('2026-11-20', [
        ['capture', 1000, 'sold'],
        ['capture', 1000, 'sold'],
        ['capture', 900, 'nobody'],
        ['capture', 400, 'odd'],
        ['correction', -250, 'k1'],
        ['interest-payout', 30, 'x1'],
        ['top-up', 100, 't1'],
      ]),
    ]
    const result = reconcile({ sales, salesDates: ['2026-11-20'], report, salesDataFloorMs: floor })
    const reasons = result.join.unmatchedFunds.map((u) => [u.row.pspReference, u.reason])
    expect(reasons).toEqual([
      ['before-floor', 'before-data-floor'],
      ['day-before-period', 'sale-outside-period'],
      ['sold', 'duplicate'],
      ['nobody', 'sale-outside-period'],
      ['odd', 'sale-unreadable'],
      ['k1', 'correction'],
      ['x1', 'unknown-type'],
      ['t1', 'other-entry-type'],
    ])
    // With the day before loaded too, the row nobody sold is a discrepancy.
    const wider = reconcile({
      sales,
      salesDates: ['2026-11-19', '2026-11-20'],
      report,
      salesDataFloorMs: floor,
    })
    expect(wider.join.unmatchedFunds.find((u) => u.row.pspReference === 'nobody')?.reason).toBe('no-sale')
    expect(wider.checksHold).toBe(false)
  })

  it('puts capture fees on their capture wherever they were booked, and says why a fee stands alone', () => {
    const sales = [sold('2026-11-20', 'c1', 20000)]
    const report = [
      day('2026-11-20', [['capture', 20000, 'c1']], [['capture-fee', -278, 'c1']]),
      day(
        '2026-11-21',
        [],
        [
          ['capture-fee', -50, 'c1'],
          ['capture-fee', -99, 'from-before'],
          ['service-fee', -1000, 'month'],
        ],
      ),
      day('2026-11-22', [], [['capture-fee', -35, 'vanished']]),
    ]
    const result = reconcile({ sales, salesDates: ['2026-11-20'], report })
    expect(result.join.matched[0]?.fees.map((f) => f.amount)).toEqual([-278, -50])
    expect(result.transactions.get(sales[0]!.key)?.fees).toBe(-328)
    expect(result.join.unmatchedFees.map((u) => [u.row.pspReference, u.reason])).toEqual([
      ['from-before', 'capture-outside-period'],
      ['vanished', 'no-capture'],
    ])
    expect(result.join.otherFees.map((f) => f.amount)).toEqual([-1000])
    expect(result.fees.total).toEqual({ sales: 20000, fees: -328, captures: 1, share: 328 / 20000 })
    expect(result.fees.otherFees).toBe(-1000)
    expect(result.fees.unmatchedCaptureFees).toBe(-134)
  })

  it('uses the latest data floor among the solutions it sees', () => {
    const rows = [sale('2026-11-20'), sale('2026-11-20', { classification: { solution: 'SHOPPING_BASKET' } })]
    expect(salesDataFloorOf(rows)).toBe(Date.parse('2026-04-22T11:04:00Z'))
    expect(salesDataFloorOf([sale('2026-11-20', { classification: { solution: 'KIOSK' } })])).toBeNull()
  })
})

describe('the checks', () => {
  it('agrees when sales and settled money agree, and shows the difference when they do not', () => {
    const sales = [
      sold('2026-11-20', 'a', 10000),
      sold('2026-11-20', 'b', 3000, 'refund'),
      sold('2026-11-20', 'c', 4000),
    ]
    const report = [
      day('2026-11-20', [
        ['capture', 10000, 'a'],
        ['refund', -3000, 'b'],
        ['capture', 3990, 'c'],
      ]),
    ]
    const { days, join } = reconcile({ sales, salesDates: ['2026-11-20'], report })
    expect(days[0]?.totals).toEqual({
      salesCaptured: 14000,
      salesRefunded: -3000,
      fundsCaptured: 13990,
      fundsRefunded: -3000,
      missingSaleAmounts: 0,
      agrees: false,
    })
    expect(join.matched.map((t) => [t.difference, t.agrees])).toEqual([
      [0, true],
      [0, true],
      [-10, false],
    ])
  })

  it('checks each date’s balances: every row, the chain between rows, and the sum against the span', () => {
    const good = toFundsRows(
      entries(
        '2026-11-20',
        [
          ['capture', 500, 'a'],
          ['refund', -200, 'b'],
        ],
        1000,
      ),
    )
    expect(checkBalances(good)).toEqual({ sum: 300, opening: 1000, closing: 1300, breaks: [], ok: true })
    const badRow = good.map((row, i) => (i === 0 ? { ...row, balanceAfter: 1499 } : row))
    expect(checkBalances(badRow)).toMatchObject({
      ok: false,
      breaks: [
        { key: good[0]?.key, problem: 'row' },
        { key: good[1]?.key, problem: 'chain' },
      ],
    })
    const skipped = [good[0]!, { ...good[1]!, balanceBefore: 1600, balanceAfter: 1400 }]
    expect(checkBalances(skipped)).toMatchObject({ ok: false, sum: 300, opening: 1000, closing: 1400 })
    expect(checkBalances([])).toEqual({ sum: 0, opening: null, closing: null, breaks: [], ok: true })
  })
})

describe('payouts', () => {
  const sales = [
    sold('2026-11-20', 'a', 10000),
    sold('2026-11-21', 'b', 2000, 'refund'),
    sold('2026-11-21', 'c', 6000),
    sold('2026-11-22', 'd', 900),
  ]
  // Opening 0 after the payout of the 19th; the 20th and 21st are paid out on the 21st.
  const report = [
    day('2026-11-19', [
      ['capture', 100, 'old'],
      ['payout-scheduled', -100, '302321-2000022'],
    ]),
    day('2026-11-20', [
      ['capture', 10000, 'a'],
      ['fees-retained', -175],
      ['correction', 500, 'k'],
    ]),
    day(
      '2026-11-21',
      [
        ['refund', -2000, 'b'],
        ['capture', 6000, 'c'],
        ['capture', 450, 'before-floor', '2026-11-01T10:00:00.000Z'],
        ['interest-payout', 30, 'x'],
        ['top-up', 70, 't'],
        ['fees-retained', -105],
        ['scheduled-for-payout', -14770, '2000023'],
      ],
      [],
      { opening: 10325 },
    ),
    day('2026-11-22', [['capture', 900, 'd']], [], { open: true }),
  ]
  const salesDates = ['2026-11-20', '2026-11-21', '2026-11-22']

  it('walks from gross sales to the amount paid, to the øre, and lists the dates and sales it covers', () => {
    const result = reconcile({
      sales,
      salesDates,
      report,
      salesDataFloorMs: Date.parse('2026-11-09T00:00:00Z'),
    })
    const payout = result.payouts.find((p) => p.date === '2026-11-21')!
    expect(payout.number).toBe('2000023')
    expect(payout.bankText).toBe('Utb. 2000023 Vippsnr 550123')
    expect(payout.dates).toEqual(['2026-11-20', '2026-11-21'])
    expect(payout.coverageKnown).toBe(true)
    expect(payout.provisional).toBe(false)
    expect(payout.walk).toEqual({
      openingBalance: 0,
      salesCaptured: 16000,
      salesRefunded: -2000,
      settlementDifference: 0,
      settledWithoutSale: 450,
      fees: -280,
      corrections: 500,
      otherEntries: 70,
      unknownEntries: 30,
      remainingBalance: 0,
      paid: 14770,
      balances: true,
    })
    expect(16000 - 2000 + 450 - 280 + 500 + 70 + 30).toBe(14770)
    expect(payout.transactions.map((t) => t.sale.pspReference)).toEqual(['a', 'b', 'c'])
    expect(payout.unmatchedFunds.map((u) => u.reason)).toEqual([
      'correction',
      'before-data-floor',
      'unknown-type',
      'other-entry-type',
    ])
    expect(result.transactions.get(sales[0]!.key)?.payout?.number).toBe('2000023')

    const first = result.payouts.find((p) => p.date === '2026-11-19')!
    expect(first.bankText).toBe('Utb. 2000022 Vippsnr 550123')
    expect(first.coverageKnown).toBe(false)
    expect(first.walk).toMatchObject({ settledWithoutSale: 100, paid: 100, balances: true })

    expect(result.pending).toMatchObject({ dates: ['2026-11-22'], balance: 900, provisional: true })
    expect(result.transactions.get(sales[3]!.key)).toMatchObject({
      status: 'settled',
      awaitingPayout: true,
      payout: null,
    })
    expect(result.checksHold).toBe(true)
    expect(result.provisional).toBe(true)
  })

  it('does not vouch for the dates a payout covers when a date in between is missing', () => {
    const gap = report.filter((d) => d.date !== '2026-11-20')
    const result = reconcile({ sales, salesDates, report: gap })
    const payout = result.payouts.find((p) => p.date === '2026-11-21')!
    expect(payout.coverageKnown).toBe(false)
    expect(payout.dates).toEqual(['2026-11-21'])
    // The walk still adds up: what came before is in the opening balance.
    expect(payout.walk).toMatchObject({ openingBalance: 10325, paid: 14770, balances: true })
  })

  it('flags a walk that does not add up when the balances are broken', () => {
    const broken = report.map((d) =>
      d.date === '2026-11-21'
        ? { ...d, funds: d.funds.map((r) => (r.kind === 'payout-scheduled' ? { ...r, amount: -14700 } : r)) }
        : d,
    )
    const result = reconcile({ sales, salesDates, report: broken })
    expect(result.payouts.find((p) => p.date === '2026-11-21')?.walk.balances).toBe(false)
    expect(result.days.find((d) => d.date === '2026-11-21')?.fundsBalance.ok).toBe(false)
    expect(result.checksHold).toBe(false)
  })
})
