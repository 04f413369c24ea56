import { describe, expect, it } from 'vitest'
import {
  DEFAULT_VOUCHER_SETTINGS,
  type ExportedDate,
  type VoucherSettings,
} from '../../../api/voucher-settings'
import type { SettlementDayLike, VatPart, VoucherSourceRow } from '../../../shared/vouchers/day-summary'
import { voucherBalances } from '../../../shared/vouchers/vouchers'
import { exportRecord } from './selection'
import { type VoucherViewInput, voucherView } from './voucher-view'

type Row = VoucherSourceRow & { parts: VatPart[] }

let seq = 0
/** A sale of one VAT rate (or of unknown VAT when vat is null), settled through Vipps unless cash. */
function sale(date: string, rate: number | null, gross: number, vat: number | null, cash = false): Row {
  seq++
  return {
    key: `k${seq}`,
    ledgerDate: date,
    reference: `ref-${seq}`,
    pspReference: cash ? null : `psp-${seq}`,
    entryKind: gross < 0 ? 'refund' : 'capture',
    invalid: null,
    gross,
    parts: [{ rate, gross, vat, net: vat === null ? null : gross - vat }],
  }
}

const TODAY = '2026-11-26'
const D1 = '2026-11-23'
const D2 = '2026-11-24'
const D3 = '2026-11-25'

const settled = (date: string, provisional = false): SettlementDayLike => ({
  date,
  reportLoaded: true,
  provisional,
  feesRetained: -250,
  payout: {
    number: '2000100',
    bankText: 'Utb. 2000100 Vippsnr 123455',
    date,
    walk: { paid: 10_000 },
  },
})

const rows = [
  sale(D1, 2500, 12_500, 2_500),
  sale(D1, 1500, 11_500, 1_500),
  sale(D1, 1500, -2_300, -300),
  sale(D1, null, 4_000, null),
  sale(D1, 1500, 4_600, 600, true),
  sale(D2, 1500, 23_000, 3_000),
  sale(D3, 2500, 5_000, 1_000),
  sale(TODAY, 2500, 10_000, 2_000),
]

function input(overrides: Partial<VoucherViewInput<Row>> = {}): VoucherViewInput<Row> {
  return {
    dates: [D1, D2, D3, TODAY],
    rows,
    partsOf: (row) => row.parts,
    failedDates: [],
    settlementDays: [settled(D1), settled(D2), settled(D3), settled(TODAY, true)],
    settings: DEFAULT_VOUCHER_SETTINGS,
    exported: [],
    nextVoucherNumber: 41,
    today: TODAY,
    choice: { includeOpen: false, includeExported: false, renumber: false },
    ...overrides,
  }
}

const exported = (date: string, provisional = false): ExportedDate => ({
  date,
  provisional,
  format: 'gbat10',
  at: '2026-11-25T08:00:00.000Z',
  voucherNumber: null,
})

describe('the vouchers page’s view of some dates', () => {
  it('puts the closed dates in the file, numbered from the server’s next number; today stays out', () => {
    const view = voucherView(input())
    expect(view.days.map((d) => [d.plan.date, d.plan.kind, d.plan.inFile, d.fileNumber])).toEqual([
      [D1, 'new', true, 41],
      [D2, 'new', true, 42],
      [D3, 'new', true, 43],
      [TODAY, 'open', false, null],
    ])
    expect(view.file.blocked).toBeNull()
    expect(view.file.vouchers.map((v) => v.number)).toEqual([41, 42, 43])
    expect(view.file.vouchers.every((v) => !v.provisional && voucherBalances(v))).toBe(true)
    // Today still has its voucher on the page, marked as open.
    expect(view.days[3]?.voucher?.provisional).toBe(true)
  })

  it('takes an open date only with the opt-in, and then marks it provisional', () => {
    const view = voucherView(
      input({ choice: { includeOpen: true, includeExported: false, renumber: false } }),
    )
    expect(view.file.vouchers.map((v) => [v.date, v.provisional])).toEqual([
      [D1, false],
      [D2, false],
      [D3, false],
      [TODAY, true],
    ])
    expect(view.file.vouchers.at(-1)?.text).toContain('FORELØPIG')
  })

  it('a date whose settlement is still open is open too, though its sales day is over', () => {
    const view = voucherView(input({ settlementDays: [settled(D1), settled(D2), settled(D3, true)] }))
    expect(view.days.map((d) => d.plan.kind)).toEqual(['new', 'new', 'open', 'open'])
  })

  it('leaves out dates exported before, unless asked; a date exported while open and closed since goes in again', () => {
    const memory = [exported(D1), exported(D2, true)]
    const view = voucherView(input({ exported: memory }))
    expect(view.days.map((d) => [d.plan.kind, d.plan.inFile])).toEqual([
      ['exported', false],
      ['closed-since-export', true],
      ['new', true],
      ['open', false],
    ])
    expect(view.days[0]?.plan.exported).toEqual(memory[0])
    const again = voucherView(
      input({ exported: memory, choice: { includeOpen: false, includeExported: true, renumber: false } }),
    )
    expect(again.file.vouchers.map((v) => v.date)).toEqual([D1, D2, D3])
  })

  it('exported again, a date keeps the number it was exported with; only new dates take new numbers, unless the user asks', () => {
    // D1 was exported closed as voucher 12; D2 while open as 13 (its final voucher is a new one).
    const memory = [
      { ...exported(D1), voucherNumber: 12 },
      { ...exported(D2, true), voucherNumber: 13 },
    ]
    const choice = { includeOpen: false, includeExported: true, renumber: false }
    const again = voucherView(input({ exported: memory, choice }))
    expect(again.file.vouchers.map((v) => [v.date, v.number])).toEqual([
      [D1, 12],
      [D2, 41],
      [D3, 42],
    ])
    expect(again.days.map((d) => d.fileNumber)).toEqual([12, 41, 42, null])
    const record = exportRecord('fiken', again.file.vouchers, again.file.summaries, DEFAULT_VOUCHER_SETTINGS)
    expect(record).toMatchObject({
      dates: [D1, D2, D3],
      dateNumbers: [12, 41, 42],
      voucherNumbers: { first: 41, last: 42 },
      renumber: false,
    })
    // Only kept numbers: the sequence is not touched, and a used-up sequence does not block.
    const onlyD1 = voucherView(input({ dates: [D1], exported: memory, choice, nextVoucherNumber: null }))
    expect(onlyD1.file.blocked).toBeNull()
    expect(
      exportRecord('csv', onlyD1.file.vouchers, onlyD1.file.summaries, DEFAULT_VOUCHER_SETTINGS),
    ).toMatchObject({ dateNumbers: [12], voucherNumbers: null })
    // The explicit choice of new numbers.
    const renumbered = voucherView(input({ exported: memory, choice: { ...choice, renumber: true } }))
    expect(renumbered.file.vouchers.map((v) => v.number)).toEqual([41, 42, 43])
    expect(
      exportRecord(
        'gbat10',
        renumbered.file.vouchers,
        renumbered.file.summaries,
        DEFAULT_VOUCHER_SETTINGS,
        true,
      ),
    ).toMatchObject({ dateNumbers: [41, 42, 43], voucherNumbers: { first: 41, last: 43 }, renumber: true })
  })

  it('offers no file while a date could not be read, so that no date is skipped for good', () => {
    const view = voucherView(input({ failedDates: [D2] }))
    expect(view.days.map((d) => d.plan.kind)).toEqual(['new', 'failed', 'new', 'open'])
    expect(view.days[1]?.voucher).toBeNull()
    expect(view.file.blocked).toBe('failed-dates')
    expect(view.file.vouchers).toEqual([])
  })

  it('needs a next number when numbering in sequence, not when the date is the number', () => {
    expect(voucherView(input({ nextVoucherNumber: null })).file.blocked).toBe('no-next-number')
    expect(voucherView(input({ nextVoucherNumber: 99_999_998 })).file.blocked).toBe('beyond-last-number')
    const byDate: VoucherSettings = {
      ...DEFAULT_VOUCHER_SETTINGS,
      numbering: { ...DEFAULT_VOUCHER_SETTINGS.numbering, mode: 'date' },
    }
    const view = voucherView(input({ nextVoucherNumber: null, settings: byDate }))
    expect(view.file.blocked).toBeNull()
    expect(view.file.vouchers.map((v) => v.number)).toEqual([20261123, 20261124, 20261125])
  })

  it('says there is nothing to download when every date is exported or open', () => {
    const view = voucherView(input({ exported: [exported(D1), exported(D2), exported(D3)] }))
    expect(view.file.blocked).toBe('nothing-to-export')
  })

  it('without Report API access books the sales only, and says fees and payouts are missing', () => {
    const view = voucherView(input({ settlementDays: null }))
    expect(view.withoutSettlement).toBe(true)
    expect(view.days.map((d) => d.plan.kind)).toEqual(['new', 'new', 'new', 'open'])
    const kinds = new Set(view.file.vouchers.flatMap((v) => v.lines.map((l) => l.kind)))
    expect(kinds.has('fees')).toBe(false)
    expect(kinds.has('payout-bank')).toBe(false)
    expect(view.file.vouchers[0]?.warnings.join(' ')).toMatch(/Gebyrer og utbetalinger mangler/)
  })

  it('sums the file per VAT rate as the rows say: income, VAT and gross, fees and payouts, debit = credit', () => {
    const { totals } = voucherView(input()).file
    expect(totals.rates).toEqual([
      { rate: 2500, net: 10_000 + 4_000, vat: 2_500 + 1_000, gross: 12_500 + 5_000 },
      {
        rate: 1500,
        net: 10_000 - 2_000 + 4_000 + 20_000,
        vat: 1_500 - 300 + 600 + 3_000,
        gross: 11_500 - 2_300 + 4_600 + 23_000,
      },
    ])
    expect(totals.uncertainVat).toBe(4_000)
    expect(totals.salesGross).toBe(12_500 + 11_500 - 2_300 + 4_000 + 4_600 + 23_000 + 5_000)
    expect(totals.fees).toBe(3 * 250)
    expect(totals.payouts).toBe(3 * 10_000)
    expect(totals.debit).toBe(totals.credit)
  })
})

describe('what the server is told after a download', () => {
  it('every date of the file, those with nothing to book too, the open ones, and the numbers used', () => {
    const quiet = '2026-11-22'
    const view = voucherView(
      input({
        dates: [quiet, D1, D2, D3, TODAY],
        settlementDays: [
          { ...settled(quiet), feesRetained: 0, payout: null },
          settled(D1),
          settled(D2),
          settled(D3),
          settled(TODAY, true),
        ],
        choice: { includeOpen: true, includeExported: false, renumber: false },
      }),
    )
    expect(view.days[0]?.voucher).toBeNull()
    const record = exportRecord('gbat10', view.file.vouchers, view.file.summaries, DEFAULT_VOUCHER_SETTINGS)
    expect(record).toEqual({
      format: 'gbat10',
      dates: [quiet, D1, D2, D3, TODAY],
      provisionalDates: [TODAY],
      voucherNumbers: { first: 41, last: 44 },
      dateNumbers: [null, 41, 42, 43, 44],
      renumber: false,
    })
  })
})
