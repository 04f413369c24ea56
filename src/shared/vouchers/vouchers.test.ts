import Papa from 'papaparse'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_VOUCHER_SETTINGS,
  ExportRecordRequestSchema,
  type VoucherSettings,
} from '../../api/voucher-settings'
import { decimalToOre, groupBy, readCsv, readGbat10, sum } from '../../testing/voucher-files'
import {
  type DateSettlement,
  type DaySummary,
  daySummaries,
  type SettlementDayLike,
  settlementByDate,
  type VatPart,
  type VoucherSourceRow,
} from './day-summary'
import { exportRecordOf, voucherFile } from './export-file'
import { planExport } from './export-plan'
import { toFikenSummary } from './fiken-summary'
import { toGbat10 } from './gbat10'
import { toVoucherCsv } from './voucher-csv'
import { buildVouchers, type Voucher, voucherBalances } from './vouchers'

type Row = VoucherSourceRow & { parts: VatPart[] }

let seq = 0
function row(date: string, parts: VatPart[], extra: Partial<Row> = {}): Row {
  seq++
  const gross = parts.some((p) => p.gross === null) ? null : sum(parts.map((p) => p.gross ?? 0))
  return {
    key: `k${seq}`,
    ledgerDate: date,
    reference: `ref-${seq}`,
    pspReference: `psp-${seq}`,
    entryKind: gross !== null && gross < 0 ? 'refund' : 'capture',
    invalid: null,
    gross,
    parts,
    ...extra,
  }
}
const part = (rate: number | null, gross: number, vat: number | null): VatPart => ({
  rate,
  gross,
  vat,
  net: vat === null ? null : gross - vat,
})

const D1 = '2026-11-20'
const D2 = '2026-11-21'

/** A day of a café: two rates, a partial refund, a sale without VAT, a cash sale, an unreadable row. */
function cafeRows(): Row[] {
  return [
    row(D1, [part(2500, 12_500, 2_500), part(1500, 11_500, 1_500)]),
    row(D1, [part(1500, 5_200, 678)]),
    row(D1, [part(1500, -5_750, -750)]),
    row(D1, [part(null, 30_000, null)]),
    row(D1, [part(1500, 4_600, 600)], { pspReference: null }),
    row(D1, [part(1500, 9_999, 1_304)], { invalid: ['amounts.gross: must be a number'] }),
    row(D1, [part(1500, 9_999, 1_304)], { entryKind: 'unknown' }),
    row(D1, [{ rate: null, gross: null, net: null, vat: null }]),
    row(D2, [part(2500, 100_000, 20_000)]),
  ]
}

const settlementDays: SettlementDayLike[] = [
  {
    date: D1,
    reportLoaded: true,
    provisional: false,
    feesRetained: -1_234,
    payout: { number: '2000023', bankText: 'Utb. 2000023 Vippsnr 550123', date: D1, walk: { paid: 50_000 } },
    unmatchedFunds: [
      { row: { kind: 'correction', amount: -500 } },
      { row: { kind: 'capture', amount: 4_000 } },
    ],
  },
  { date: D2, reportLoaded: true, provisional: true, feesRetained: 0, payout: null },
]

function summaries(
  options: { settings?: VoucherSettings; settlement?: Map<string, DateSettlement> | null } = {},
) {
  const settings = options.settings ?? DEFAULT_VOUCHER_SETTINGS
  return daySummaries({
    dates: [
      { date: D2, provisional: false },
      { date: D1, provisional: false },
    ],
    rows: cafeRows(),
    partsOf: (r) => r.parts,
    settlement: options.settlement === undefined ? settlementByDate(settlementDays) : options.settlement,
    cashSales: settings.cashSales,
  })
}

const linesOf = (voucher: Voucher) =>
  voucher.lines.map((l) => [l.kind, l.account, l.vatCode, l.amount, l.grossAmount])

describe('day summaries', () => {
  it('sums each VAT rate with refunds netted, lists sales without VAT or amount, keeps cash apart', () => {
    const [day1, day2] = summaries()
    expect(day1?.date).toBe(D1)
    expect(day1?.vipps.rates).toEqual([
      { rate: 2500, gross: 12_500, vat: 2_500, net: 10_000 },
      { rate: 1500, gross: 10_950, vat: 1_428, net: 9_522 },
    ])
    expect(day1?.vipps.uncertain.gross).toBe(30_000)
    expect(day1?.vipps.uncertain.sales.map((s) => s.gross)).toEqual([30_000])
    expect(day1?.cash?.rates).toEqual([{ rate: 1500, gross: 4_600, vat: 600, net: 4_000 }])
    expect(day1?.missingAmounts).toHaveLength(1)
    expect(day1?.fees).toBe(1_234)
    expect(day1?.payouts).toEqual([
      { number: '2000023', amount: 50_000, date: D1, bankText: 'Utb. 2000023 Vippsnr 550123' },
    ])
    expect(day1?.unbookedSettlement).toBe(-500)
    expect(day1?.notes.join(' ')).toMatch(/1 salg uten beløp/)
    expect(day1?.notes.join(' ')).toMatch(/Korrigeringer.*5,00\skr/)
    // The settlement of the 21st is still open: the day is provisional though its sales are closed.
    expect(day2?.provisional).toBe(true)
  })

  it('says so when the settlement cannot be read, and books no fees or payouts', () => {
    const [day1] = summaries({ settlement: null })
    expect(day1?.fees).toBeNull()
    expect(day1?.payouts).toEqual([])
    expect(day1?.notes.join(' ')).toMatch(/nøklene har ikke tilgang/)
    const { vouchers } = buildVouchers(summaries({ settlement: null }), DEFAULT_VOUCHER_SETTINGS)
    expect(vouchers[0]?.lines.some((l) => l.kind === 'fees' || l.kind === 'payout-bank')).toBe(false)
    expect(vouchers[0]?.warnings.join(' ')).toMatch(/nøklene har ikke tilgang/)
  })

  it('is provisional while the settlement of a date is not loaded, but final when it cannot be read at all', () => {
    const partial = settlementByDate(settlementDays.filter((d) => d.date === D2))
    const [day1] = summaries({ settlement: partial })
    expect(day1?.provisional).toBe(true)
    expect(day1?.notes.join(' ')).toMatch(/ikke lastet/)
    expect(summaries({ settlement: null })[0]?.provisional).toBe(false)
  })

  it('books cash with the Vipps MobilePay sales, or leaves it out and says how much, as set', () => {
    const clearing = summaries({ settings: { ...DEFAULT_VOUCHER_SETTINGS, cashSales: 'clearing' } })[0]
    expect(clearing?.cash).toBeNull()
    expect(clearing?.vipps.rates.find((r) => r.rate === 1500)?.gross).toBe(10_950 + 4_600)
    const leftOut = summaries({ settings: { ...DEFAULT_VOUCHER_SETTINGS, cashSales: 'leave-out' } })[0]
    expect(leftOut?.cash).toBeNull()
    expect(leftOut?.cashLeftOut).toEqual({ gross: 4_600, count: 1 })
    expect(leftOut?.vipps.rates.find((r) => r.rate === 1500)?.gross).toBe(10_950)
  })
})

describe('dagsoppgjør vouchers', () => {
  it('credits income and output VAT per rate against clearing, fees and the payout, to the øre', () => {
    const { vouchers, skipped } = buildVouchers(summaries(), DEFAULT_VOUCHER_SETTINGS)
    expect(skipped).toEqual([{ date: D2, reason: 'provisional' }])
    expect(vouchers).toHaveLength(1)
    const [voucher] = vouchers
    expect(voucher?.number).toBe(1)
    expect(voucher && linesOf(voucher)).toEqual([
      ['sales', '3000', '3', -10_000, -12_500],
      ['output-vat', '2700', '0', -2_500, null],
      ['sales', '3030', '31', -9_522, -10_950],
      ['output-vat', '2701', '0', -1_428, null],
      ['uncertain-vat', '2999', '0', -30_000, -30_000],
      ['vipps-clearing', '1579', '0', 53_450, 53_450],
      ['sales', '3030', '31', -4_000, -4_600],
      ['output-vat', '2701', '0', -600, null],
      ['cash', '1900', '0', 4_600, 4_600],
      ['fees', '7770', '0', 1_234, 1_234],
      ['fees-clearing', '1579', '0', -1_234, -1_234],
      ['payout-bank', '1920', '0', 50_000, 50_000],
      ['payout-clearing', '1579', '0', -50_000, -50_000],
    ])
    expect(voucher && voucherBalances(voucher)).toBe(true)
    expect(voucher?.lines.find((l) => l.kind === 'payout-bank')?.text).toBe('Utb. 2000023 Vippsnr 550123')
  })

  it('exports an open date only when asked, marked provisional', () => {
    const { vouchers, skipped } = buildVouchers(summaries(), DEFAULT_VOUCHER_SETTINGS, {
      includeProvisional: true,
      nextNumber: 41,
    })
    expect(skipped).toEqual([])
    expect(vouchers.map((v) => [v.number, v.date, v.provisional])).toEqual([
      [41, D1, false],
      [42, D2, true],
    ])
    expect(vouchers[1]?.text).toMatch(/FORELØPIG/)
    expect(vouchers[1]?.warnings[0]).toMatch(/fortsatt åpen/)
    expect(readCsv(toFikenSummary(vouchers), ';').filter((r) => r.Dato === D2)[0]?.Status).toBe('Foreløpig')
  })

  it('numbers by date when set, so a date keeps its number on every export', () => {
    const settings: VoucherSettings = {
      ...DEFAULT_VOUCHER_SETTINGS,
      numbering: { ...DEFAULT_VOUCHER_SETTINGS.numbering, mode: 'date' },
    }
    const { vouchers } = buildVouchers(summaries({ settings }), settings, { includeProvisional: true })
    expect(vouchers.map((v) => v.number)).toEqual([20261120, 20261121])
  })

  it('never guesses an account: a rate without one goes to the uncertain-VAT account, with a warning', () => {
    const settings: VoucherSettings = {
      ...DEFAULT_VOUCHER_SETTINGS,
      rates: DEFAULT_VOUCHER_SETTINGS.rates.filter((r) => r.rate !== 1500),
    }
    const { vouchers } = buildVouchers(summaries({ settings }), settings)
    const [voucher] = vouchers
    expect(voucher?.warnings.join(' ')).toMatch(/15 % mangler konto/)
    const uncertain = voucher?.lines.filter((l) => l.kind === 'uncertain-vat').map((l) => l.amount)
    expect(uncertain).toEqual([-(30_000 + 10_950), -4_600])
    expect(voucher && voucherBalances(voucher)).toBe(true)
  })

  it('books nothing for a day without sales, fees or payouts', () => {
    const empty: DaySummary = {
      date: D2,
      provisional: false,
      vipps: { rates: [], uncertain: { gross: 0, sales: [] } },
      cash: null,
      cashLeftOut: null,
      missingAmounts: [],
      fees: 0,
      payouts: [],
      unbookedSettlement: 0,
      notes: [],
    }
    expect(buildVouchers([empty], DEFAULT_VOUCHER_SETTINGS)).toEqual({
      vouchers: [],
      skipped: [{ date: D2, reason: 'nothing-to-book' }],
    })
  })
})

describe('files, read back', () => {
  const all = () =>
    buildVouchers(summaries(), DEFAULT_VOUCHER_SETTINGS, { includeProvisional: true, nextNumber: 7 })

  it('GBAT10: 28 fields, YYYYMMDD, every voucher balances on net and on gross, income and VAT as summarised', () => {
    const { vouchers } = all()
    const postings = readGbat10(toGbat10(vouchers, DEFAULT_VOUCHER_SETTINGS))
    expect(postings).toHaveLength(sum(vouchers.map((v) => v.lines.length)))
    for (const [number, lines] of groupBy(postings, (p) => p.voucher)) {
      expect(sum(lines.map((l) => l.net)), `voucher ${number} net`).toBe(0)
      expect(
        sum(lines.filter((l) => l.grossType === 'T').map((l) => l.gross)),
        `voucher ${number} gross`,
      ).toBe(0)
      expect(new Set(lines.map((l) => l.date)).size).toBe(1)
    }
    const first = postings.filter((p) => p.voucher === 7)
    expect(first[0]).toMatchObject({ date: D1, type: 6, period: 11, year: 2026 })
    // Income per rate (credit, net) and output VAT per rate, as the day summary says.
    const [day1] = summaries()
    const income = (account: string) =>
      -sum(first.filter((p) => p.account === account && p.grossType === 'T').map((p) => p.net))
    expect(income('3000')).toBe(day1?.vipps.rates[0]?.net)
    expect(income('3030')).toBe((day1?.vipps.rates[1]?.net ?? 0) + (day1?.cash?.rates[0]?.net ?? 0))
    expect(-sum(first.filter((p) => p.account === '2700').map((p) => p.net))).toBe(2_500)
    expect(first.filter((p) => p.account === '2701').every((p) => p.grossType === 'F' && p.gross === 0)).toBe(
      true,
    )
  })

  it('GBAT10 with a decimal comma when set', () => {
    const settings: VoucherSettings = { ...DEFAULT_VOUCHER_SETTINGS, gbat10DecimalSeparator: ',' }
    const file = toGbat10(buildVouchers(summaries(), settings).vouchers, settings)
    expect(file.split('\r\n')[0]).toMatch(/;-100,00;/)
    expect(sum(readGbat10(file, ',').map((p) => p.net))).toBe(0)
  })

  it('Fiken kasseoppgjør: one amount per VAT rate per day, gross = VAT + net, the day adds up to what came in', () => {
    const { vouchers } = all()
    const rows = readCsv(toFikenSummary(vouchers), ';')
    const ore = (text: string | undefined) => (text ? decimalToOre(text, ',') : 0)
    const day1 = rows.filter((r) => r.Dato === D1)
    expect(day1.map((r) => [r.Type, r['Mva-sats'], r.Konto, r['Beløp inkl. mva'], r['Betalt via']])).toEqual([
      ['Salg', '25 %', '3000', '125,00', '1579'],
      ['Salg', '15 %', '3030', '109,50', '1579'],
      ['Usikker mva', 'ukjent', '2999', '300,00', '1579'],
      ['Salg', '15 %', '3030', '46,00', '1900'],
      ['Gebyr', '', '7770', '12,34', '1579'],
      ['Utbetaling', '', '1920', '500,00', '1579'],
    ])
    for (const r of day1.filter((r) => r.Type === 'Salg'))
      expect(ore(r['Herav mva']) + ore(r['Beløp eks. mva'])).toBe(ore(r['Beløp inkl. mva']))
    const cameIn = sum(
      day1.filter((r) => r.Type === 'Salg' || r.Type === 'Usikker mva').map((r) => ore(r['Beløp inkl. mva'])),
    )
    const debited = sum(
      (vouchers[0]?.lines ?? [])
        .filter((l) => l.kind === 'vipps-clearing' || l.kind === 'cash')
        .map((l) => l.amount),
    )
    expect(cameIn).toBe(debited)
  })

  it('plain CSV: both dialects read back into balanced vouchers', () => {
    const { vouchers } = all()
    const excel = readCsv(toVoucherCsv(vouchers, 'excel-nb'), ';')
    const standard = readCsv(toVoucherCsv(vouchers, 'standard'), ',')
    expect(excel).toHaveLength(standard.length)
    for (const [number, lines] of groupBy(standard, (r) => r.voucher_number)) {
      expect(sum(lines.map((l) => Number(l.amount))), `voucher ${number}`).toBe(0)
      const debit = sum(lines.map((l) => Number(l.debit || 0)))
      expect(debit).toBe(sum(lines.map((l) => Number(l.credit || 0))))
    }
    expect(excel[0]).toMatchObject({
      Bilagsnr: '7',
      Konto: '3000',
      'Mva-sats (%)': '25,00',
      Kredit: '100,00',
    })
    expect(standard[0]).toMatchObject({ vat_rate_basis_points: '2500', credit: '10000', amount: '-10000' })
  })

  function vouchersPaidOutAs(bankText: string) {
    const days = settlementByDate([
      {
        ...(settlementDays[0] as SettlementDayLike),
        payout: { number: '1', bankText, date: D1, walk: { paid: 50_000 } },
      },
    ])
    return buildVouchers(summaries({ settlement: days }), DEFAULT_VOUCHER_SETTINGS).vouchers
  }

  it('keeps hostile text inert: no field breaks, formulas prefixed in every format', () => {
    const attack = '=HYPERLINK("http://x";"klikk")\r\n;Utb. 1'
    const vouchers = vouchersPaidOutAs(attack)
    const postings = readGbat10(toGbat10(vouchers, DEFAULT_VOUCHER_SETTINGS))
    const payout = postings.find((p) => p.account === '1920')
    expect(payout?.text.startsWith("'=HYPERLINK(")).toBe(true)
    expect(payout?.text).not.toMatch(/[;"\r\n]/)
    const fiken = readCsv(toFikenSummary(vouchers), ';').find((r) => r.Type === 'Utbetaling')
    expect(fiken?.Tekst).toBe(`'${attack}`)
    const csv = readCsv(toVoucherCsv(vouchers), ';').find((r) => r.Konto === '1920')
    expect(csv?.Tekst).toBe(`'${attack}`)
  })

  it('starts no formula cell mid-text when a program splits a file at the other dialect’s separator', () => {
    const vouchers = vouchersPaidOutAs('Utb. 1;=HYPERLINK("http://x") , @SUM(A1),"+1+cmd"')
    for (const [file, guess] of [
      [toVoucherCsv(vouchers, 'standard'), ';'],
      [toVoucherCsv(vouchers, 'excel-nb'), ','],
      [toFikenSummary(vouchers), ','],
    ] as const) {
      const cells = Papa.parse<string[]>(file.replace(/^\uFEFF/, ''), { delimiter: guess }).data.flat()
      for (const cell of cells) expect(cell).not.toMatch(/^[\s"]*[=+@]/)
    }
  })
})

describe('export files and what the server is told', () => {
  it('names the file by format, ledger and dates, marks provisional ones, and records a valid export', () => {
    const { vouchers } = buildVouchers(summaries(), DEFAULT_VOUCHER_SETTINGS, {
      includeProvisional: true,
      nextNumber: 7,
    })
    expect(voucherFile('gbat10', vouchers, DEFAULT_VOUCHER_SETTINGS, '302321').name).toBe(
      'gbat10_302321_2026-11-20_2026-11-21_FORELOPIG.csv',
    )
    expect(voucherFile('fiken', vouchers.slice(0, 1), DEFAULT_VOUCHER_SETTINGS, '302321').name).toBe(
      'kasseoppgjor_302321_2026-11-20.csv',
    )
    expect(voucherFile('csv', vouchers, DEFAULT_VOUCHER_SETTINGS, '302321').text).toBe(toVoucherCsv(vouchers))
    // The two plain-CSV dialects never share a name (semicolon/kroner vs comma/øre).
    expect(voucherFile('csv', vouchers, DEFAULT_VOUCHER_SETTINGS, '302321').name).toBe(
      'bilag_302321_2026-11-20_2026-11-21_FORELOPIG.csv',
    )
    expect(voucherFile('csv', vouchers, DEFAULT_VOUCHER_SETTINGS, '302321', 'standard').name).toBe(
      'bilag_302321_2026-11-20_2026-11-21_FORELOPIG_standard.csv',
    )
    const record = exportRecordOf('gbat10', vouchers, DEFAULT_VOUCHER_SETTINGS)
    expect(v.parse(ExportRecordRequestSchema, record)).toEqual({
      format: 'gbat10',
      dates: [D1, D2],
      provisionalDates: [D2],
      voucherNumbers: { first: 7, last: 8 },
      dateNumbers: [7, 8],
      renumber: false,
    })
  })
})

describe('export plan', () => {
  const exported = (date: string, provisional: boolean) => ({
    date,
    provisional,
    format: 'gbat10' as const,
    at: '2026-11-22T08:00:00.000Z',
    voucherNumber: null,
  })

  it('offers closed dates never exported, keeps open ones apart, and notices dates that closed since', () => {
    const plan = planExport(
      [
        { date: '2026-11-24', provisional: false },
        { date: '2026-11-20', provisional: false },
        { date: '2026-11-21', provisional: false },
        { date: '2026-11-22', provisional: false },
        { date: '2026-11-25', provisional: true },
        { date: '2026-11-26', provisional: true },
      ],
      [exported('2026-11-20', false), exported('2026-11-22', true), exported('2026-11-26', true)],
    )
    expect(plan).toEqual({
      newDates: ['2026-11-21', '2026-11-24'],
      openDates: ['2026-11-25'],
      closedSinceExport: ['2026-11-22'],
      exportedOpen: ['2026-11-26'],
    })
  })
})
