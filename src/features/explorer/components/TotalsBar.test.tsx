// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { toSaleRows } from '../../../api/sale-row'
import { EMPTY_FILTERS } from '../../../shared/filters/filters'
import { buildSalesView, EMPTY_SOURCE } from '../../../shared/view/sales-view'
import { saleEvent } from '../../../testing/events'
import { TotalsBar } from './TotalsBar'

afterEach(cleanup)

const coffee = (gross: number) => ({
  name: 'Kaffe',
  quantity: 1,
  lineTotalGross: gross,
  lineTotalNet: gross - gross / 5,
  vatRate: 2500,
  vatAmount: gross / 5,
  category: 'Kaffe',
})
const rows = toSaleRows([
  saleEvent({
    lines: [coffee(5000), { ...coffee(20000), name: 'Termos', category: 'Utstyr' }],
    amounts: { gross: 25000, net: 20000, vat: 5000 },
  }),
  saleEvent({
    amounts: null,
    lines: null,
    classification: { solution: 'VARIABLE_AMOUNT', salesCategory: 'Kaffe' },
  }),
  saleEvent({ entryType: 'chargeback', amounts: { gross: 99900, net: 79920, vat: 19980 } }),
])
const viewWith = (categories: string[]) =>
  buildSalesView(
    { ...EMPTY_SOURCE, rows, complete: true },
    {
      period: { preset: 'custom', from: '2026-11-20', to: '2026-11-20' },
      filters: { ...EMPTY_FILTERS, categories },
      sort: { column: 'time', desc: true },
    },
  )
const text = (testId: string) => screen.getByTestId(testId).textContent?.replace(/\s/g, ' ')

describe('totals bar', () => {
  it('never shows a missing amount as zero, and keeps an unknown type out with a notice', () => {
    render(<TotalsBar view={viewWith([])} />)
    expect(text('total-count')).toBe('3')
    expect(text('total-gross')).toBe('250,00 kr')
    expect(text('total-without-gross')).toBe('+ 1 uten beløp')
    expect(text('totals-excluded')).toContain(
      'Summene utelater 1 transaksjoner: 1 av ukjent type («chargeback»)',
    )
  })

  it('with a category filter, shows the category’s own lines beside the whole transactions, each labelled', () => {
    render(<TotalsBar view={viewWith(['Kaffe'])} />)
    expect(screen.getByText('Brutto (hele transaksjoner)')).toBeVisible()
    expect(text('total-gross')).toBe('250,00 kr')
    expect(screen.getByText('Brutto (egne linjer)')).toBeVisible()
    expect(text('category-gross')).toBe('50,00 kr')
    expect(text('category-without-gross')).toBe('+ 1 uten beløp')
    expect(screen.getByTestId('category-share')).toHaveTextContent('ikke resten av kjøpet')
  })
})
