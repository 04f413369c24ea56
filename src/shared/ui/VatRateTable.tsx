import type { ReactNode } from 'react'
import { formatVatRate } from '../../api/money'
import { Money } from './Money'

export interface VatRateFigures {
  /** Basis points; null for VAT without a known rate. */
  vatRate: number | null
  base: number
  vat: number
  gross: number
}

/** Base, VAT and gross per VAT rate: the order page and the day report show the same table. */
export function VatRateTable({
  rates,
  currency,
  className,
  testId,
  footer,
}: {
  rates: VatRateFigures[]
  currency: string
  className: string
  testId?: string
  footer?: ReactNode
}) {
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          <th>Sats</th>
          <th className="num">Grunnlag</th>
          <th className="num">MVA</th>
          <th className="num">Brutto</th>
        </tr>
      </thead>
      <tbody>
        {rates.map((rate) => (
          <tr key={rate.vatRate ?? 'unknown'} data-rate={rate.vatRate ?? 'unknown'}>
            <td>{rate.vatRate === null ? 'Ukjent sats' : formatVatRate(rate.vatRate)}</td>
            <td className="num">
              <Money minor={rate.base} currency={currency} />
            </td>
            <td className="num">
              <Money minor={rate.vat} currency={currency} />
            </td>
            <td className="num">
              <Money minor={rate.gross} currency={currency} />
            </td>
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  )
}
