import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { parseViewState, searchFromViewState, viewStateFromSearch } from '../view-state'
import { parseSearch, stringifySearch } from './search-codec'
import { explorerSearchOf, ledgerOf, settlementSearchSchema, vouchersSearchSchema } from './search-schema'

// A fixed "now": 15 March 2026, midday in Oslo.
const NOW = Date.parse('2026-03-15T11:00:00Z')

/** The query string a view state is written as, the way links and navigation write it. */
const queryOf = (query: string) => stringifySearch(searchFromViewState(parseViewState(query, NOW)))

describe('the query-string format', () => {
  it('reads repeated keys as a list, single keys as text, + and %-escapes decoded', () => {
    expect({ ...parseSearch('?type=refund&type=capture&q=kanel+bolle&category=%C3%98l+%26+vin') }).toEqual({
      type: ['refund', 'capture'],
      q: 'kanel bolle',
      category: 'Øl & vin',
    })
  })

  it('writes lists as repeated keys, hidden columns as one comma list, a set flag as 1', () => {
    expect(
      stringifySearch({
        ledger: '302321',
        follow: true,
        type: ['refund', 'capture'],
        vat: [2500],
        hide: ['net', 'vat'],
      }),
    ).toBe('?ledger=302321&follow=1&type=refund&type=capture&vat=2500&hide=net%2Cvat')
  })

  it('leaves out what is unset, empty or false', () => {
    expect(stringifySearch({ ledger: undefined, q: '', follow: false, type: [], tab: null })).toBe('')
  })

  it('keeps a key called __proto__ a plain key', () => {
    const search = parseSearch('?__proto__=x&ledger=1')
    expect(Object.getPrototypeOf(search)).toBeNull()
    expect(explorerSearchOf(search)).toEqual({ ledger: '1' })
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })
})

describe('old bookmarks', () => {
  it('a full explorer link of the hand-written router reads as it did', () => {
    const state = parseViewState(
      '?ledger=302321&view=feed&follow=1&tab=insights&period=custom&from=2026-01-01&to=2026-01-31' +
        '&q=kanel+bolle&type=refund&type=capture&solution=pos&payment=card&category=Bakst&vat=2500&vat=1500' +
        '&min=10%2C50&max=200&missing=vat&sort=-gross&hide=net%2Cvat',
      NOW,
    )
    expect(state).toEqual({
      ledger: '302321',
      view: 'feed',
      tab: 'insights',
      follow: true,
      period: { preset: 'custom', from: '2026-01-01', to: '2026-01-31' },
      filters: {
        text: 'kanel bolle',
        entryTypes: ['refund', 'capture'],
        solutions: ['pos'],
        paymentTypes: ['card'],
        categories: ['Bakst'],
        vatRates: [2500, 1500],
        minGross: 1050,
        maxGross: 20000,
        missing: ['vat'],
      },
      sort: { column: 'gross', desc: true },
      hiddenColumns: ['net', 'vat'],
      minText: '10,50',
      maxText: '200',
    })
  })

  it('links the e2e tests and README use read as before', () => {
    expect(parseViewState('?ledger=302322&period=last7', NOW)).toMatchObject({
      ledger: '302322',
      period: { preset: 'last7', from: '2026-03-09', to: '2026-03-15' },
      sort: { column: 'time', desc: true },
    })
    expect(parseViewState('?ledger=302321&period=last7&type=capture&vat=1500', NOW).filters).toMatchObject({
      entryTypes: ['capture'],
      vatRates: [1500],
    })
    expect(parseViewState('?ledger=302321&period=thisMonth&q=%3Cscript', NOW).filters.text).toBe('<script')
  })

  it('a link without a period is today; the feed without follow reads oldest first', () => {
    expect(parseViewState('?ledger=1', NOW).period).toEqual({
      preset: 'today',
      from: '2026-03-15',
      to: '2026-03-15',
    })
    expect(parseViewState('?ledger=1&view=feed', NOW).sort).toEqual({ column: 'time', desc: false })
    expect(parseViewState('?ledger=1&view=feed&follow=1', NOW).sort).toEqual({ column: 'time', desc: true })
  })

  it('is written back in the same format, defaults left out', () => {
    const canonical =
      '?ledger=302321&view=feed&follow=1&period=custom&from=2026-01-01&to=2026-01-31&q=kanel+bolle' +
      '&type=refund&type=capture&vat=2500&min=10%2C50&missing=vat&sort=-gross&hide=net%2Cvat'
    expect(queryOf(canonical)).toBe(canonical)
    expect(queryOf('?ledger=302322&period=last7')).toBe('?ledger=302322&period=last7')
    expect(queryOf('?ledger=302322&period=last7&sort=-time')).toBe('?ledger=302322&period=last7')
  })
})

describe('invalid or unknown values fall back to the default', () => {
  it.each([
    ['view', '?view=calendar', { view: 'date' }],
    ['tab', '?tab=charts', { tab: 'table' }],
    ['follow outside the feed', '?follow=1', { follow: false }],
    ['follow other than 1', '?view=feed&follow=yes', { follow: false }],
    ['period', '?period=forever', { period: { preset: 'today', from: '2026-03-15', to: '2026-03-15' } }],
    // An impossible start reads as today, and the range is put in order.
    [
      'an impossible date',
      '?period=custom&from=2026-02-30&to=2026-03-01',
      { period: { preset: 'custom', from: '2026-03-01', to: '2026-03-15' } },
    ],
    [
      'a date in the future',
      '?period=custom&from=2026-03-01&to=2027-01-01',
      { period: { preset: 'custom', from: '2026-03-01', to: '2026-03-15' } },
    ],
    ['sort by an unknown column', '?sort=-price', { sort: { column: 'time', desc: true } }],
    ['an empty ledger', '?ledger=', { ledger: null }],
  ])('%s', (_name, query, expected) => {
    expect(parseViewState(query, NOW)).toMatchObject(expected)
  })

  it('keeps the valid values of a list and drops the others', () => {
    const state = parseViewState(
      '?vat=2500&vat=abc&vat=-5&vat=1.5&vat=&missing=lines&missing=prices&hide=net,,price,vat',
      NOW,
    )
    expect(state.filters.vatRates).toEqual([2500])
    expect(state.filters.missing).toEqual(['lines'])
    expect(state.hiddenColumns).toEqual(['net', 'vat'])
  })

  it('takes the first of a value given twice, as URLSearchParams.get did', () => {
    expect(parseViewState('?ledger=1&ledger=2&period=yesterday&period=last7', NOW)).toMatchObject({
      ledger: '1',
      period: { preset: 'yesterday' },
    })
    expect(ledgerOf(parseSearch('?ledger=7&ledger=8'))).toBe('7')
  })

  it('an amount that is not kroner stays as typed and filters nothing', () => {
    expect(parseViewState('?min=abc', NOW)).toMatchObject({ minText: 'abc', filters: { minGross: null } })
  })

  it('never throws, whatever the values', () => {
    const odd = {
      ledger: 5,
      view: ['feed', 'date'],
      vat: [{}],
      hide: 3,
      q: ['a', 'b'],
      follow: 'true',
      sort: null,
    }
    expect(() => explorerSearchOf(odd)).not.toThrow()
    expect(explorerSearchOf(odd)).toMatchObject({ view: 'feed', q: 'a' })
  })
})

describe('the schema and the view state agree both ways', () => {
  it('validating a validated search changes nothing (the router validates again on navigation)', () => {
    const once = explorerSearchOf(
      parseSearch('?ledger=1&follow=1&vat=2500&hide=net,vat&type=refund&sort=-gross'),
    )
    expect(explorerSearchOf(once)).toEqual(once)
  })

  it('view state → search → URL → search → view state is the same view', () => {
    const state = parseViewState(
      '?ledger=9&tab=insights&period=custom&from=2026-02-01&to=2026-02-28&q=x%26y&payment=card&max=99,5&missing=lines&sort=reference&hide=customer',
      NOW,
    )
    const back = viewStateFromSearch(
      explorerSearchOf(parseSearch(stringifySearch(searchFromViewState(state)))),
      NOW,
    )
    expect(back).toEqual(state)
  })
})

describe('VAT terms and years in the URL', () => {
  it('a term is its two months, the current one up to today; a year is January to December, this one up to today', () => {
    expect(parseViewState('?ledger=1&period=term&term=2025-5', NOW).period).toEqual({
      preset: 'term',
      from: '2025-09-01',
      to: '2025-10-31',
    })
    expect(parseViewState('?ledger=1&period=term&term=2025-6', NOW).period).toMatchObject({
      to: '2025-12-31',
    })
    expect(parseViewState('?ledger=1&period=term&term=2026-2', NOW).period).toEqual({
      preset: 'term',
      from: '2026-03-01',
      to: '2026-03-15',
    })
    expect(parseViewState('?ledger=1&period=year&year=2025', NOW).period).toEqual({
      preset: 'year',
      from: '2025-01-01',
      to: '2025-12-31',
    })
    expect(parseViewState('?ledger=1&period=year&year=2026', NOW).period).toEqual({
      preset: 'year',
      from: '2026-01-01',
      to: '2026-03-15',
    })
  })

  it('a term or year not begun, mistyped or missing is the current one', () => {
    const current = { preset: 'term', from: '2026-03-01', to: '2026-03-15' }
    for (const query of [
      'period=term',
      'period=term&term=2026-4',
      'period=term&term=2026-7',
      'period=term&term=x',
    ])
      expect(parseViewState(`?${query}`, NOW).period).toEqual(current)
    for (const query of ['period=year', 'period=year&year=2027', 'period=year&year=26'])
      expect(parseViewState(`?${query}`, NOW).period).toEqual({
        preset: 'year',
        from: '2026-01-01',
        to: '2026-03-15',
      })
  })

  it('round-trips, writing only the term or year it needs', () => {
    expect(queryOf('?ledger=1&period=term&term=2025-5')).toBe('?ledger=1&period=term&term=2025-5')
    expect(queryOf('?ledger=1&period=year&year=2025&from=2025-02-01')).toBe('?ledger=1&period=year&year=2025')
    expect(queryOf('?ledger=1&period=last7&term=2025-5')).toBe('?ledger=1&period=last7')
  })
})

describe('a pasted link with dates but no period', () => {
  it('shows those dates, as a custom period, on every page that reads a period', () => {
    expect(parseViewState('?ledger=302321&from=2026-01-01&to=2026-01-31', NOW).period).toEqual({
      preset: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
    })
    expect(parseViewState('?from=2026-03-02', NOW).period).toEqual({
      preset: 'custom',
      from: '2026-03-02',
      to: '2026-03-02',
    })
    for (const schema of [settlementSearchSchema, vouchersSearchSchema])
      expect(v.parse(schema, parseSearch('?from=2026-01-01&to=2026-01-31'))).toMatchObject({
        period: 'custom',
      })
    expect(queryOf('?from=2026-01-01&to=2026-01-31')).toBe('?period=custom&from=2026-01-01&to=2026-01-31')
  })

  it('a period named in the link wins over its dates; dates that are not dates are no period', () => {
    expect(parseViewState('?period=yesterday&from=2026-01-01&to=2026-01-31', NOW).period.from).toBe(
      '2026-03-14',
    )
    expect(parseViewState('?from=2026-02-30', NOW).period.preset).toBe('today')
  })
})
