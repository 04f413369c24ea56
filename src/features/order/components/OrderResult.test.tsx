// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { toSaleRows } from '../../../api/sale-row'
import { saleEvent } from '../../../testing/events'
import { summariseOrder } from '../model/order-summary'
import { OrderResult } from './OrderResult'
import { OrderTotals } from './OrderTotals'

afterEach(cleanup)

const line = { lineId: '1', name: 'Termos', quantity: 1, unitPriceGross: 44900, lineTotalGross: 44900 }
const capture = saleEvent({
  reference: 'O-1',
  lines: [{ ...line, lineTotalNet: 35920, vatRate: 2500, vatAmount: 8980, category: 'Utstyr' }],
  amounts: { gross: 44900, net: 35920, vat: 8980 },
})
const fullRefund = saleEvent({
  reference: 'O-1',
  entryType: 'refund',
  time: '2026-11-21T10:00:00Z',
  lines: capture.lines,
  amounts: capture.amounts,
})

describe('order totals and line badges', () => {
  it('shows "Refundert 0,00 kr" in the plain colour when nothing was refunded', () => {
    render(<OrderTotals summary={summariseOrder(toSaleRows([capture]))} currency="NOK" />)
    const refunded = screen.getByTestId('order-refunded')
    expect(refunded).toHaveTextContent(/^0,00\skr$/)
    expect(refunded.querySelector('.money--negative')).toBeNull()
  })

  it('marks a real refund as negative', () => {
    render(<OrderTotals summary={summariseOrder(toSaleRows([capture, fullRefund]))} currency="NOK" />)
    expect(screen.getByTestId('order-refunded').querySelector('.money--negative')).not.toBeNull()
    expect(screen.getByTestId('order-net')).toHaveTextContent(/^0,00\skr$/)
  })

  it('badges a line refunded in full as "refundert", not "delvis refundert"', () => {
    render(<OrderResult summary={summariseOrder(toSaleRows([capture, fullRefund]))} currency="NOK" />)
    const row = within(screen.getByTestId('net-lines')).getByText('Termos').closest('tr') as HTMLElement
    expect(row).toHaveAttribute('data-refunded', 'full')
    expect(within(row).getByText('refundert')).toBeVisible()
    expect(within(row).queryByText('delvis refundert')).toBeNull()
  })

  it('says how many events are left out of the sums, and why', () => {
    const chargeback = saleEvent({ reference: 'O-1', entryType: 'chargeback' })
    render(<OrderTotals summary={summariseOrder(toSaleRows([capture, chargeback]))} currency="NOK" />)
    expect(screen.getByTestId('order-excluded')).toHaveTextContent(
      '1 hendelser er ikke med i summene (ukjent type: chargeback)',
    )
    expect(screen.getByTestId('order-net')).toHaveTextContent('449,00')
  })
})
