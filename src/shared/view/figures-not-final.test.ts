import { describe, expect, it } from 'vitest'
import { readSourceRows } from '../../api/event-rows'
import type { SaleRow } from '../../api/sale-row'
import { saleEvent } from '../../testing/events'
import { EMPTY_FILTERS } from '../filters/filters'
import type { PeriodSnapshot } from '../period/period-loader'
import { notFinalStatement } from '../ui/FigureNotices'
import { buildSalesView } from './sales-view'

/**
 * Figures an accountant would copy: never a sum over two currencies, a negative sale or unreadable
 * money shown as final, and never an event sharing a transaction id summed without a word.
 * The expected figures are the events' amounts added by hand.
 */

const DATE = '2026-11-20'
const at = (hour: number) => `${DATE}T${String(hour).padStart(2, '0')}:00:00.000Z`
const lineOf = (gross: number, net: number, vatRate: number) => ({
  name: 'Kaffe',
  quantity: 1,
  unitPriceGross: gross,
  lineTotalGross: gross,
  lineTotalNet: net,
  vatRate,
  vatAmount: gross - net,
  category: 'Drikke',
})

function viewOf(
  items: unknown[],
  status: 'loaded' | 'failed' = 'loaded',
  clock: { today?: string; updatedAt?: number } = { today: '2026-11-28' },
) {
  const rows: SaleRow[] = readSourceRows([items], { ledgerDate: DATE }).rows
  const snapshot: PeriodSnapshot = {
    days: [{ date: DATE, status, events: rows.length, pages: 1, error: null }],
    rows,
    totalDays: 1,
    loadedDays: status === 'loaded' ? 1 : 0,
    failedDays: status === 'failed' ? [DATE] : [],
    eventCount: rows.length,
    complete: status === 'loaded',
    updatedAt: clock.updatedAt ?? null,
  }
  return buildSalesView(snapshot, {
    period: { preset: 'custom', from: DATE, to: DATE },
    filters: EMPTY_FILTERS,
    sort: { column: 'time', desc: false },
    ...(clock.today ? { today: clock.today } : {}),
  })
}

describe('figures that are not final', () => {
  it('a day whose sales are not over is provisional, as of when it was read; yesterday is over', () => {
    const sales = [saleEvent({ time: at(8), amounts: { gross: 12500, net: 10000, vat: 2500 } })]
    const readAt = Date.parse(`${DATE}T13:05:00.000Z`) // 14:05 in Oslo
    const today = viewOf(sales, 'loaded', { today: DATE, updatedAt: readAt })
    expect(today.completeness).toMatchObject({
      loaded: true,
      final: false,
      dayNotOver: { date: DATE, asOf: readAt },
    })
    expect(notFinalStatement(today.completeness)).toBe('Foreløpig – dagen er ikke over, tall per kl. 14:05.')
    const yesterday = viewOf(sales, 'loaded', { today: '2026-11-21', updatedAt: readAt })
    expect(yesterday.completeness).toMatchObject({ final: true, dayNotOver: null })
    expect(notFinalStatement(yesterday.completeness)).toBeNull()
    // Without a clock given, the real one decides: a date long past is over.
    expect(viewOf(sales, 'loaded', {}).completeness.final).toBe(true)
  })

  it('a NOK day with one EUR sale: not final, with each currency summed on its own', () => {
    const view = viewOf([
      saleEvent({ time: at(8), amounts: { gross: 12500, net: 10000, vat: 2500 } }),
      saleEvent({ time: at(9), amounts: { gross: 12256, net: 9805, vat: 2451 }, lines: null }),
      saleEvent({ time: at(10), currency: 'EUR', amounts: { gross: 6000, net: 4800, vat: 1200 } }),
    ])
    expect(view.completeness.loaded).toBe(true)
    expect(view.completeness.final).toBe(false)
    expect(view.completeness.mixedCurrencies).toEqual(['NOK', 'EUR'])
    expect(view.totals.byCurrency).toEqual([
      { currency: 'NOK', count: 2, gross: 24756, withoutGross: 0 },
      { currency: 'EUR', count: 1, gross: 6000, withoutGross: 0 },
    ])
  })

  it('one currency, every day read: final', () => {
    const view = viewOf([saleEvent({ time: at(8) }), saleEvent({ time: at(9) })])
    expect(view.completeness.final).toBe(true)
    expect(view.completeness.mixedCurrencies).toEqual([])
  })

  it('a day that failed part-way is not final, whatever it holds', () => {
    const view = viewOf([saleEvent({ time: at(8) })], 'failed')
    expect(view.completeness.final).toBe(false)
  })

  it('two different events under one pspReference: both summed, counted for a notice, the reference named', () => {
    const view = viewOf([
      saleEvent({
        time: at(8),
        pspReference: 'psp-twice',
        amounts: { gross: 5000, net: 4000, vat: 1000 },
        lines: null,
      }),
      saleEvent({
        time: at(9),
        pspReference: 'psp-twice',
        amounts: { gross: 7000, net: 5600, vat: 1400 },
        lines: null,
      }),
      saleEvent({
        time: at(10),
        pspReference: 'psp-once',
        amounts: { gross: 100, net: 80, vat: 20 },
        lines: null,
      }),
    ])
    expect(view.totals.all.gross).toBe(12100)
    expect(view.totals.sharedPsp).toEqual({ events: 2, pspReferences: ['psp-twice'] })
  })

  it('an unreadable event whose gross can be read: shown with it, in "not summed gross", never in the sums', () => {
    const broken = {
      ...saleEvent({
        time: at(11),
        amounts: { gross: 30940, net: 26125, vat: 4815 },
        lines: [lineOf(18940, 15152, 2500), lineOf(12000, 10973, 1500)],
      }),
    }
    ;(broken.lines as { vatRate: number }[])[1]!.vatRate = 1500.5
    const view = viewOf([
      saleEvent({ time: at(8), amounts: { gross: 12500, net: 10000, vat: 2500 } }),
      broken,
      saleEvent({ time: at(12), amounts: { gross: '125,00' as unknown as number, net: 1, vat: 1 } }),
    ])
    const unreadable = view.rows.filter((r) => r.invalid !== null)
    expect(unreadable.map((r) => r.gross)).toEqual([30940, null])
    expect(view.totals.all.gross).toBe(12500)
    expect(view.totals.excluded).toMatchObject({ invalid: 2, gross: 30940, withoutGross: 1 })
  })

  it('a capture with negative amounts is flagged and left out of every sum; refunds reduce sales either way they are written', () => {
    const view = viewOf([
      saleEvent({ time: at(8), amounts: { gross: 20000, net: 16000, vat: 4000 }, lines: null }),
      saleEvent({ time: at(9), amounts: { gross: -4500, net: -3600, vat: -900 }, lines: null }),
      saleEvent({
        time: at(10),
        entryType: 'refund',
        amounts: { gross: 1000, net: 800, vat: 200 },
        lines: null,
      }),
      saleEvent({
        time: at(11),
        entryType: 'refund',
        amounts: { gross: -2000, net: -1600, vat: -400 },
        lines: null,
      }),
    ])
    const negative = view.rows.find((r) => r.timeMs === Date.parse(at(9)))
    expect(negative?.entryKind).toBe('negative-capture')
    expect(negative?.issues.join()).toContain('negativt beløp')
    expect(view.totals.captures).toMatchObject({ count: 1, gross: 20000, vat: 4000 })
    expect(view.totals.refunds).toMatchObject({ count: 2, gross: -3000, vat: -600 })
    expect(view.totals.all.gross).toBe(17000)
    expect(view.totals.excluded).toMatchObject({ negativeCaptures: 1, gross: -4500, withoutGross: 0 })
  })
})
