import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { day, sold } from '../../../testing/ledger-days'
import { periodSettlementView } from './period-view'
import { reconcile } from './reconcile'
import { reconciliationCsv, reconciliationFileName } from './reconciliation-csv'

/**
 * A ledger paid out every other date, loaded as the settlement page loads it: the period (21st–
 * 23rd), the date before, and the report dates after. Figures small enough to add up by eye.
 */
const sales = [
  sold('2026-11-20', 'before', 3000), // the date before the period, settled on the 21st
  sold('2026-11-21', 'a', 10000),
  sold('2026-11-21', 'b', 2000, 'refund'),
  sold('2026-11-22', 'c', 6000),
  sold('2026-11-23', 'd', 900),
]
const report = [
  day('2026-11-20', [
    ['capture', 500, 'older'],
    ['payout-scheduled', -500, '302321-2000020'],
  ]),
  day(
    '2026-11-21',
    [
      ['capture', 3000, 'before'],
      ['capture', 10000, 'a'],
      ['refund', -2000, 'b'],
      ['correction', 40, '=HYPERLINK("http://x")'],
      ['fees-retained', -210],
    ],
    [
      ['capture-fee', -60, 'before'],
      ['capture-fee', -175, 'a'],
    ],
  ),
  day(
    '2026-11-22',
    [
      ['capture', 6000, 'c'],
      ['fees-retained', -105],
      ['payout-scheduled', -16725, '302321-2000022'],
    ],
    [['capture-fee', -105, 'c']],
    { opening: 10830 },
  ),
  day('2026-11-23', [['capture', 900, 'd']], [], { open: true }),
]
const DATES = ['2026-11-21', '2026-11-22', '2026-11-23']
const result = reconcile({ sales, salesDates: ['2026-11-20', ...DATES], report })
const view = periodSettlementView(result, DATES, { kind: 'found', payoutDate: '2026-11-20' })

describe('the period’s part of the settlement', () => {
  it('shows the period’s dates and the payouts made in it, whatever else was loaded', () => {
    expect(view.days.map((d) => d.date)).toEqual(DATES)
    expect(view.payouts.map((p) => p.number)).toEqual(['2000022'])
    const payout = view.payouts[0]!
    expect(payout.dates).toEqual(['2026-11-21', '2026-11-22'])
    expect(payout.walk).toMatchObject({
      salesCaptured: 19000,
      salesRefunded: -2000,
      fees: -315,
      corrections: 40,
      paid: 16725,
      balances: true,
    })
    expect(view.totals).toEqual({ salesGross: 14900, settled: 17900, fees: -315, paid: 16725 })
  })

  it('says what the period settled after its last payout, provisional on an open date', () => {
    expect(view.pending).toMatchObject({ dates: ['2026-11-23'], balance: 900, provisional: true })
    expect(view.pendingPaidBy).toBeNull()
    expect(view.provisional).toBe(true)
  })

  it('counts fees of the period’s sales only, as a share of them', () => {
    expect(view.fees.total).toEqual({ sales: 16000, fees: -280, captures: 2, share: 280 / 16000 })
    expect(view.fees.byDay.map((d) => [d.date, d.total.fees])).toEqual([
      ['2026-11-21', -175],
      ['2026-11-22', -105],
    ])
    expect(view.fees.capturesWithoutFee).toBe(1) // d, on the open date
  })

  it('lists every check that fails, and nothing when all hold', () => {
    expect(view.failedChecks).toEqual([])
    const broken = report.map((d) =>
      d.date === '2026-11-22'
        ? {
            ...d,
            funds: d.funds.map((r) =>
              r.kind === 'capture' ? { ...r, amount: 5900, balanceAfter: r.balanceBefore + 5900 } : r,
            ),
          }
        : d,
    )
    const failed = periodSettlementView(reconcile({ sales, salesDates: DATES, report: broken }), DATES, {
      kind: 'wait',
    }).failedChecks
    expect(failed).toEqual(
      expect.arrayContaining([
        { kind: 'matched-totals', date: '2026-11-22' },
        { kind: 'funds-balance', date: '2026-11-22' },
        { kind: 'payout-walk', date: '2026-11-22', payout: '2000022' },
      ]),
    )
  })
})

describe('the reconciliation as CSV', () => {
  const parse = (csv: string, dialect: 'excel-nb' | 'standard') =>
    Papa.parse<string[]>(dialect === 'excel-nb' ? csv.slice(1) : csv, {
      delimiter: dialect === 'excel-nb' ? ';' : ',',
      skipEmptyLines: true,
    }).data

  it('writes a row per sale of the period and per lone funds row, with sums equal to the model’s', () => {
    const [header = [], ...rows] = parse(reconciliationCsv(result, DATES, 'standard'), 'standard')
    const col = (name: string) => rows.map((r) => r[header.indexOf(name)] ?? '')
    const total = (name: string) => col(name).reduce((s, v) => s + (v === '' ? 0 : Number(v)), 0)
    expect(col('psp_reference')).toEqual(
      ['a', 'b', '=HYPERLINK("http://x")', 'c', 'd'].map((p) => (p.startsWith('=') ? `'${p}` : p)),
    )
    expect(total('sale_gross_minor')).toBe(view.totals.salesGross)
    expect(total('settled_minor')).toBe(10000 - 2000 + 40 + 6000 + 900)
    expect(total('fee_minor')).toBe(-280)
    expect(col('payout_number')).toEqual(['2000022', '2000022', '2000022', '2000022', ''])
    expect(col('match_status')).toEqual(['avregnet', 'avregnet', 'uten salg', 'avregnet', 'avregnet'])
    expect(col('provisional')).toEqual(['nei', 'nei', 'nei', 'nei', 'ja'])
  })

  it('in the Norwegian Excel dialect: byte-order mark, semicolons, kroner with a decimal comma, formulas inert', () => {
    const csv = reconciliationCsv(result, DATES, 'excel-nb')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const [header = [], ...rows] = parse(csv, 'excel-nb')
    expect(header).toContain('Tekst på kontoutskriften')
    const row = rows.find((r) => r.includes('b'))!
    expect(row[header.indexOf('Salg brutto')]).toBe('-20,00')
    expect(row[header.indexOf('Tekst på kontoutskriften')]).toBe('Utb. 2000022 Vippsnr 550123')
    expect(rows.flat().filter((cell) => /^[=+@\t\r]/.test(cell))).toEqual([])
    expect(rows.flat().filter((cell) => cell.startsWith('-') && !/^-\d+,\d\d$/.test(cell))).toEqual([])
    expect(reconciliationFileName('302321', '2026-11-21', '2026-11-23', 'excel-nb', true)).toBe(
      'avstemming_302321_2026-11-21_2026-11-23_FORELOPIG.csv',
    )
  })
})
