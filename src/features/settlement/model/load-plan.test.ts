import { describe, expect, it } from 'vitest'
import { datesBetween } from '../../../api/oslo-time'
import { type FundsRow, toFundsRows } from '../../../api/report-entry'
import {
  type DateState,
  LOOKBACK_STEP_DATES,
  lookbackSalesDates,
  MAX_LOOKBACK_DATES,
  nextLookahead,
  nextLookback,
  settlementDates,
} from './load-plan'

/** A closed date's funds: one capture, and a payout when asked. */
function funds(date: string, payout: boolean): FundsRow[] {
  const entry = (entryType: string, amount: number, balanceBefore: number) => ({
    pspReference: entryType === 'capture' ? `psp-${date}` : `302321-${date.replaceAll('-', '')}`,
    time: `${date}T10:00:00.000Z`,
    ledgerDate: date,
    entryType,
    reference: entryType === 'capture' ? 'ordre 1' : 'Vipps utbet. 2000001 Vippsnr 1',
    currency: 'NOK',
    amount,
    balanceBefore,
    balanceAfter: balanceBefore + amount,
    recipientHandle: null,
  })
  return toFundsRows(
    payout
      ? [entry('capture', 1000, 0), entry('payout-scheduled', -1000, 1000)]
      : [entry('capture', 1000, 0)],
    date,
  )
}

/** A ledger's report dates as the loader would know them: payouts on the given dates. */
function known(loaded: string[], payoutDates: string[], other: Record<string, DateState> = {}) {
  return (date: string): DateState =>
    other[date] ?? (loaded.includes(date) ? funds(date, payoutDates.includes(date)) : 'not-requested')
}

describe('the dates a period needs at once', () => {
  it('one sales date before; report dates two beyond, never after today', () => {
    expect(settlementDates('2026-11-10', '2026-11-12', '2026-11-26')).toEqual({
      salesDates: datesBetween('2026-11-09', '2026-11-12'),
      reportDates: datesBetween('2026-11-09', '2026-11-14'),
    })
    expect(settlementDates('2026-11-20', '2026-11-25', '2026-11-26').reportDates.at(-1)).toBe('2026-11-26')
    expect(settlementDates('2026-11-26', '2026-11-26', '2026-11-26').reportDates).toEqual([
      '2026-11-25',
      '2026-11-26',
    ])
  })
})

describe('the search for the payout before the period', () => {
  const from = '2026-11-20'

  it('ends at the date before when it pays out (daily payouts: nothing more to load)', () => {
    const lookback = nextLookback(from, known(['2026-11-19'], ['2026-11-19']))
    expect(lookback).toEqual({ kind: 'found', payoutDate: '2026-11-19' })
    expect(lookbackSalesDates(from, lookback)).toEqual([])
  })

  it('waits for the date before, then asks a week further back, then finds the payout and its sales dates', () => {
    expect(nextLookback(from, known([], [], { '2026-11-19': 'loading' }))).toEqual({ kind: 'wait' })
    expect(nextLookback(from, known(['2026-11-19'], []))).toEqual({
      kind: 'load',
      dates: datesBetween('2026-11-12', '2026-11-18'),
    })
    const loaded = datesBetween('2026-11-12', '2026-11-19')
    const lookback = nextLookback(from, known(loaded, ['2026-11-13', '2026-11-16']))
    expect(lookback).toEqual({ kind: 'found', payoutDate: '2026-11-16' })
    expect(lookbackSalesDates(from, lookback)).toEqual(datesBetween('2026-11-16', '2026-11-18'))
  })

  it('asks no further back than a date the cache already shows to pay out', () => {
    const cached = (date: string) => (date === '2026-11-17' ? funds(date, true) : null)
    expect(nextLookback(from, known(['2026-11-19'], []), cached)).toEqual({
      kind: 'load',
      dates: ['2026-11-17', '2026-11-18'],
    })
  })

  it('gives up, saying why, at a date that failed or after five weeks without a payout', () => {
    expect(nextLookback(from, known(['2026-11-19'], [], { '2026-11-18': 'failed' }))).toEqual({
      kind: 'unknown',
      searchedFrom: '2026-11-18',
      reason: 'failed',
    })
    const all = datesBetween('2026-10-01', '2026-11-19')
    const lookback = nextLookback(from, known(all, []))
    expect(lookback).toEqual({ kind: 'unknown', searchedFrom: '2026-10-16', reason: 'bound' })
    expect(datesBetween('2026-10-16', '2026-11-19')).toHaveLength(MAX_LOOKBACK_DATES)
    expect(lookbackSalesDates(from, lookback)).toEqual([])
  })

  it('never asks more than a week at a time, nor beyond the bound', () => {
    const loaded = datesBetween('2026-10-18', '2026-11-19')
    const lookback = nextLookback(from, known(loaded, []))
    expect(lookback).toEqual({ kind: 'load', dates: ['2026-10-16', '2026-10-17'] })
    const first = nextLookback(from, known(['2026-11-19'], []))
    expect(first.kind === 'load' && first.dates.length).toBe(LOOKBACK_STEP_DATES)
  })
})

describe('the search for the payout that pays a sale', () => {
  it('goes forward from the settlement date a week at a time until a payout, or says not yet at today', () => {
    const today = '2026-11-26'
    expect(nextLookahead('2026-11-18', today, known([], []))).toEqual({
      kind: 'load',
      dates: datesBetween('2026-11-18', '2026-11-24'),
    })
    const loaded = datesBetween('2026-11-18', '2026-11-24')
    expect(nextLookahead('2026-11-18', today, known(loaded, ['2026-11-21']))).toEqual({
      kind: 'found',
      payoutDate: '2026-11-21',
    })
    expect(nextLookahead('2026-11-18', today, known(loaded, []))).toEqual({
      kind: 'load',
      dates: ['2026-11-25', '2026-11-26'],
    })
    const all = datesBetween('2026-11-18', today)
    expect(nextLookahead('2026-11-18', today, known(all, []))).toEqual({ kind: 'not-yet', reason: 'today' })
    expect(nextLookahead('2026-11-18', today, known([], [], { '2026-11-18': 'failed' }))).toEqual({
      kind: 'not-yet',
      reason: 'failed',
    })
  })
})
