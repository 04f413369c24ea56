import type { ReactNode } from 'react'
import { formatVatRate } from '../../api/money'
import { defineText } from '../i18n/language'
import type { MoneySum } from '../view/money-sum'
import { MissingCount } from './MissingCount'
import { Money } from './Money'

const TEXT = defineText('ui.VatRateTable', {
  rate: 'Sats',
  net: 'Grunnlag',
  vat: 'MVA',
  gross: 'Brutto',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.VatRateTable': typeof TEXT
  }
}

export interface VatRateFigures {
  /** Basis points; null for VAT without a known rate. */
  vatRate: number | null
  sum: MoneySum
}

/** Base, VAT and gross per VAT rate: the order page and the day report show the same table. */
export function VatRateTable({
  rates,
  currency,
  className,
  testId,
  footer,
  mark = null,
}: {
  rates: VatRateFigures[]
  currency: string
  className: string
  testId?: string
  footer?: ReactNode
  /** Said after every figure when they are not final (the day report of a day not fully read). */
  mark?: ReactNode
}) {
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          <th>{TEXT.rate}</th>
          <th className="num">{TEXT.net}</th>
          <th className="num">{TEXT.vat}</th>
          <th className="num">{TEXT.gross}</th>
        </tr>
      </thead>
      <tbody>
        {rates.map(({ vatRate, sum }) => (
          <tr key={vatRate ?? 'unknown'} data-rate={vatRate ?? 'unknown'}>
            <td>{vatRate === null ? 'Ukjent sats' : formatVatRate(vatRate)}</td>
            <td className="num">
              <Money minor={sum.net} currency={currency} />
              {mark}
            </td>
            <td className="num">
              <Money minor={sum.vat} currency={currency} />
              {mark}
            </td>
            <td className="num">
              <Money minor={sum.gross} currency={currency} />
              <MissingCount count={sum.withoutGross} />
              {mark}
            </td>
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  )
}
