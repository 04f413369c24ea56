import { describe, expect, it } from 'vitest'
import { addDays, datesBetween } from '../../api/oslo-time'
import type { ReportEntry } from '../../api/report-schemas'
import type { SalesEvent } from '../../api/schemas'
import { rawApi } from '../../testing/raw-api'
import { knobsFromEnv } from '../knobs'

// TEST_NOW is 2026-11-26 15:00 in Oslo: today is open, every earlier date is closed.
const TODAY = '2026-11-26'
const CAFE = '302321'
const SHOP = '302322'
const CLUB = '302323'

const sum = (entries: readonly { amount: number }[]) => entries.reduce((total, e) => total + e.amount, 0)
const isPayout = (e: ReportEntry) =>
  e.entryType === 'payout-scheduled' || e.entryType === 'scheduled-for-payout'
const grossOf = (event: SalesEvent) => Math.abs(event.amounts?.gross ?? Number.NaN)

/** Balances as an accountant checks them: every row adds up, rows chain, the date sums to its span. */
function expectBalancesHold(entries: readonly ReportEntry[]) {
  for (const [i, entry] of entries.entries()) {
    expect(entry.balanceAfter).toBe(entry.balanceBefore + entry.amount)
    if (i > 0) expect(entry.balanceBefore).toBe(entries[i - 1]?.balanceAfter)
  }
  if (entries.length > 0) expect(sum(entries)).toBe(entries.at(-1)!.balanceAfter - entries[0]!.balanceBefore)
}

describe('simulated Report API: funds and fees consistent with the sales', () => {
  const api = rawApi()

  it('settles every non-cash capture and refund once, with the same pspReference and signed amount', async () => {
    const date = '2026-11-20'
    const sales = await api.salesDay(CAFE, date)
    const funds = [
      ...(await api.reportDay(CAFE, 'funds', date)).items,
      ...(await api.reportDay(CAFE, 'funds', addDays(date, 1))).items,
    ]
    const byPsp = new Map<string, ReportEntry[]>()
    for (const entry of funds)
      byPsp.set(entry.pspReference ?? '', [...(byPsp.get(entry.pspReference ?? '') ?? []), entry])
    let cash = 0
    for (const sale of sales) {
      if (!sale.pspReference) {
        cash++
        continue
      }
      const rows = byPsp.get(sale.pspReference) ?? []
      expect(rows).toHaveLength(1)
      expect(rows[0]?.entryType).toBe(sale.entryType)
      expect(rows[0]?.amount).toBe(sale.entryType === 'refund' ? -grossOf(sale) : grossOf(sale))
      expect(rows[0]?.reference).toBe(sale.reference)
    }
    expect(cash).toBeGreaterThan(20)
    expect(sales.some((s) => s.entryType === 'refund' && s.pspReference)).toBe(true)
  })

  it('books a capture fee (card: two) per capture, a few on the next ledger date, and retains each date’s fees', async () => {
    const dates = datesBetween('2026-11-16', '2026-11-22')
    let captures = 0
    let nextDate = 0
    for (const date of dates) {
      const sales = await api.salesDay(CAFE, date)
      const funds = (await api.reportDay(CAFE, 'funds', date)).items
      const fees = (await api.reportDay(CAFE, 'fees', date)).items
      const laterFees = [
        ...(await api.reportDay(CAFE, 'fees', addDays(date, 1))).items,
        ...(await api.reportDay(CAFE, 'fees', addDays(date, 2))).items,
      ]
      for (const sale of sales.filter((s) => s.entryType === 'capture' && s.pspReference)) {
        captures++
        const own = fees.filter((f) => f.pspReference === sale.pspReference)
        const later = laterFees.filter((f) => f.pspReference === sale.pspReference)
        const all = [...own, ...later]
        expect(all).toHaveLength(sale.paymentType === 'CARD' ? 2 : 1)
        expect(all.every((f) => f.entryType === 'capture-fee' && f.amount < 0)).toBe(true)
        if (later.length > 0) nextDate++
      }
      const retained = fees.filter((f) => f.entryType === 'fees-retained')
      const retainedInFunds = funds.filter((f) => f.entryType === 'fees-retained')
      expect(retained).toHaveLength(1)
      expect(retainedInFunds).toHaveLength(1)
      const charged = sum(fees.filter((f) => f.entryType !== 'fees-retained'))
      expect(retained[0]?.amount).toBe(-charged)
      expect(retainedInFunds[0]?.amount).toBe(charged)
      expect(fees.at(-1)?.balanceAfter).toBe(0)
      expectBalancesHold(fees)
    }
    expect(nextDate).toBeGreaterThan(captures * 0.02)
    expect(nextDate).toBeLessThan(captures * 0.1)
  })

  it('keeps running balances: each date sums to its span, and opens where the previous one closed', async () => {
    for (const ledger of [CAFE, SHOP, CLUB]) {
      let previousClose: number | null = null
      for (const date of datesBetween('2026-11-10', TODAY)) {
        const funds = (await api.reportDay(ledger, 'funds', date)).items
        expectBalancesHold(funds)
        if (previousClose !== null && funds.length > 0) expect(funds[0]?.balanceBefore).toBe(previousClose)
        previousClose = funds.at(-1)?.balanceAfter ?? previousClose
      }
    }
  })

  it('pays out daily for the café, every third date for the web shop and weekly for the club, to zero', async () => {
    const dates = datesBetween('2026-10-27', '2026-11-25')
    const payouts = new Map<string, ReportEntry[]>()
    for (const ledger of [CAFE, SHOP, CLUB]) {
      const found: ReportEntry[] = []
      for (const date of dates) {
        const funds = (await api.reportDay(ledger, 'funds', date)).items
        const dayPayouts = funds.filter(isPayout)
        expect(dayPayouts.length).toBeLessThanOrEqual(1)
        const payout = dayPayouts[0]
        if (!payout) continue
        expect(funds.at(-1)).toEqual(payout)
        expect(payout.amount).toBeLessThan(0)
        expect(payout.balanceAfter).toBe(0)
        expect(payout.ledgerDate).toBe(date)
        const number = payout.pspReference?.split('-')[1]
        expect(payout.pspReference).toMatch(new RegExp(`^${ledger}-\\d{7}$`))
        expect(payout.reference).toMatch(new RegExp(`^Vipps utbet\\. ${number} Vippsnr \\d{6}$`))
        found.push(payout)
      }
      payouts.set(ledger, found)
    }
    expect(payouts.get(CAFE)).toHaveLength(30)
    expect(payouts.get(SHOP)).toHaveLength(10)
    expect(payouts.get(CLUB)).toHaveLength(4)
    const numbers = payouts.get(CAFE)!.map((p) => Number(p.pspReference?.split('-')[1]))
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i))
  })

  it('leaves the latest date open and a few of its sales not yet settled', async () => {
    const today = await api.reportDay(CAFE, 'funds', TODAY)
    expect(today.tryLater).toBe(true)
    expect(today.items.some(isPayout)).toBe(false)
    expect(today.items.some((e) => e.entryType === 'fees-retained')).toBe(false)
    expect((await api.reportDay(CAFE, 'funds', addDays(TODAY, -1))).tryLater).toBe(false)
    expect(await api.reportDay(CAFE, 'fees', addDays(TODAY, 1))).toEqual({ items: [], tryLater: true })

    const settled = new Set(today.items.map((e) => e.pspReference))
    const unsettled = (await api.salesDay(CAFE, TODAY)).filter(
      (s) => s.pspReference && !settled.has(s.pspReference),
    )
    expect(unsettled.length).toBeGreaterThan(0)
    expect(unsettled.length).toBeLessThan(15)
  })

  it('has one correction per ledger in four weeks', async () => {
    for (const ledger of [CAFE, SHOP, CLUB]) {
      const corrections: ReportEntry[] = []
      for (const date of datesBetween('2026-10-29', '2026-11-25'))
        corrections.push(
          ...(await api.reportDay(ledger, 'funds', date)).items.filter((e) => e.entryType === 'correction'),
        )
      expect(corrections).toHaveLength(1)
      expect(corrections[0]?.amount).not.toBe(0)
    }
  })

  it('pages by cursor: small pages give exactly the entries of one big page, and the page size is told', async () => {
    const small = await api.reportDay(CAFE, 'fees', '2026-11-21', 37)
    const big = await api.reportDay(CAFE, 'fees', '2026-11-21', 1000)
    expect(big.items.length).toBeGreaterThan(1000)
    expect(small.items).toEqual(big.items)
    const response = await api.get('/report/v2/ledgers/302321/fees/dates/2026-11-21')
    expect(response.headers.get('vipps-feed-page-size')).toBe('1000')
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(1000)
  })

  it.each([
    ['/report/v2/ledgers/999999/funds/feed', 404],
    ['/report/v2/ledgers/302321/payouts/feed', 404],
    ['/report/v2/ledgers/302321/funds/dates/2026-02-30', 400],
    ['/report/v2/ledgers/302321/funds/dates/2026-11-20?pageSize=0', 400],
    ['/report/v2/ledgers/302321/funds/dates/2026-11-20?cursor=forged', 400],
  ])('answers %s with %i', async (path, status) => {
    expect((await api.get(path)).status).toBe(status)
  })
})

describe('simulated Report API: feed', () => {
  it('yields every entry of the window once, in time order, then says tryLater; resuming gives nothing new', async () => {
    const api = rawApi({ historyDays: 6 })
    const feed = await api.reportFeed(SHOP, 'funds', 100)
    const byDate = []
    for (const date of datesBetween(addDays(TODAY, -6), TODAY))
      byDate.push(...(await api.reportDay(SHOP, 'funds', date)).items)
    const key = (e: ReportEntry) => `${e.ledgerDate}|${e.entryType}|${e.pspReference}|${e.time}`
    expect(feed.items.map(key).sort()).toEqual(byDate.map(key).sort())
    expect(new Set(feed.items.map(key)).size).toBe(feed.items.length)
    const times = feed.items.map((e) => e.time)
    expect(times).toEqual([...times].sort())
    expect(feed.pages).toBeGreaterThan(5)
    expect(feed.cursor).toBeTruthy()
    const again = await api.reportFeed(SHOP, 'funds', 100, feed.cursor ?? undefined)
    expect(again.items).toEqual([])
  })
})

describe('simulated Report API: determinism and knobs', () => {
  it('gives byte-identical answers for the same seed, and other data for another seed', async () => {
    const path = '/report/v2/ledgers/302322/funds/dates/2026-11-18'
    const text = async (seed: string) => (await rawApi({ seed }).get(path)).text()
    expect(await text('a')).toBe(await text('a'))
    expect(await text('a')).not.toBe(await text('b'))
  })

  it('writes payouts as older docs describe them when asked: scheduled-for-payout, bare number', async () => {
    const api = rawApi({ legacyPayouts: true })
    const funds = (await api.reportDay(CAFE, 'funds', '2026-11-20')).items
    const payout = funds.at(-1)
    expect(payout?.entryType).toBe('scheduled-for-payout')
    expect(payout?.pspReference).toMatch(/^\d{7}$/)
    expect(payout?.reference).toBe(`Vipps utbet. ${payout?.pspReference} Vippsnr 123455`)
    expect(payout?.balanceAfter).toBe(0)
  })

  it('adds entries of unknown types when asked, and the balances still hold', async () => {
    const api = rawApi({ unknownReportTypes: true })
    const funds = (await api.reportDay(CLUB, 'funds', '2026-11-20')).items
    const fees = (await api.reportDay(CLUB, 'fees', '2026-11-20')).items
    expect(funds.filter((e) => e.entryType === 'reserve-release')).toHaveLength(1)
    expect(fees.filter((e) => e.entryType === 'platform-fee')).toHaveLength(1)
    expectBalancesHold(funds)
    expectBalancesHold(fees)
    expect(fees.at(-1)?.balanceAfter).toBe(0)
  })

  it.each([
    ['forbidden', 403],
    ['not-found', 404],
  ] as const)(
    'answers every report path %s for keys without Report API access, sales as before',
    async (reportAccess, status) => {
      const api = rawApi({ reportAccess })
      expect((await api.get('/report/v2/ledgers/302321/funds/dates/2026-11-20')).status).toBe(status)
      expect((await api.get('/report/v2/ledgers/302321/fees/feed')).status).toBe(status)
      expect((await api.salesDay(CAFE, '2026-11-20')).length).toBeGreaterThan(0)
    },
  )

  it('test ledgers without Report API access: 403 and 404 on their own report paths, the others as before', async () => {
    const api = rawApi({ testLedgers: true })
    expect((await api.get('/report/v2/ledgers/392007/funds/dates/2026-11-20')).status).toBe(403)
    expect((await api.get('/report/v2/ledgers/392008/fees/dates/2026-11-20')).status).toBe(404)
    expect((await api.get('/report/v2/ledgers/302321/funds/dates/2026-11-20')).status).toBe(200)
    expect((await api.salesDay('392007', '2026-11-20')).length).toBeGreaterThan(0)
  })

  it('reads the report knobs from the environment and refuses bad values', () => {
    expect(knobsFromEnv({})).toMatchObject({
      reportAccess: 'granted',
      legacyPayouts: false,
      unknownReportTypes: false,
    })
    expect(
      knobsFromEnv({
        SIM_REPORT_ACCESS: 'forbidden',
        SIM_REPORT_LEGACY_PAYOUTS: '1',
        SIM_REPORT_UNKNOWN_TYPES: '1',
      }),
    ).toMatchObject({ reportAccess: 'forbidden', legacyPayouts: true, unknownReportTypes: true })
    expect(() => knobsFromEnv({ SIM_REPORT_ACCESS: 'maybe' })).toThrow('SIM_REPORT_ACCESS')
    expect(() => knobsFromEnv({ SIM_REPORT_UNKNOWN_TYPES: 'yes' })).toThrow('SIM_REPORT_UNKNOWN_TYPES')
  })
})

describe('simulated Report API: before the Sales API’s data floor', () => {
  it('settles sales the Sales API does not have, when the history reaches back past its floor', async () => {
    // The café's (mPOS) floor is 2026-03-09 12:45 UTC.
    const api = rawApi({ fixedNow: Date.parse('2026-03-20T12:00:00Z'), historyDays: 30 })
    const sales = await api.salesDay(CAFE, '2026-03-09')
    const funds = (await api.reportDay(CAFE, 'funds', '2026-03-09')).items
    const floor = Date.parse('2026-03-09T12:45:00Z')
    expect(sales.every((s) => Date.parse(s.time) >= floor)).toBe(true)
    const early = funds.filter((e) => e.entryType === 'capture' && Date.parse(e.time) < floor)
    expect(early.length).toBeGreaterThan(50)
    const known = new Set(sales.map((s) => s.pspReference))
    expect(early.every((e) => !known.has(e.pspReference))).toBe(true)
    expect((await api.reportDay(CAFE, 'funds', '2026-03-01')).items.length).toBeGreaterThan(0)
    expect(await api.salesDay(CAFE, '2026-03-01')).toEqual([])
  })
})
