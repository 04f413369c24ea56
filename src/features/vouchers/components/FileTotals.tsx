import { formatAmount, formatMoney, formatVatRate } from '../../../api/money'
import { defineText } from '../../../shared/i18n/language'
import type { VoucherTotals } from '../model/selection'
import { ScrollBox } from './ScrollBox'

const TEXT = defineText('vouchers.FileTotals', {
  title: 'Sum for bilagene i filen',
  caption: 'Inntekt (grunnlag) og utgående mva per sats, til kontroll mot mva-oppstillingen; beløp i kroner',
  rate: 'Sats',
  net: 'Grunnlag',
  vat: 'Mva',
  gross: 'Brutto',
  uncertain: 'Usikker mva',
  sales: 'Sum',
  fees: 'Gebyrer trukket i oppgjøret',
  payouts: 'Utbetalt til bank',
  balance: 'Debet og kredit',
  balanced: (amount: string) => `${amount} på hver side: bilagene balanserer`,
  unbalanced: (debit: string, credit: string) => `Debet ${debit}, kredit ${credit}: balanserer ikke`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.FileTotals': typeof TEXT
  }
}

/** The file's sums per VAT rate and the rest, as the accountant checks them. */
export function FileTotals({ totals, count }: { totals: VoucherTotals; count: number }) {
  if (count === 0) return null
  const sum = totals.rates.reduce(
    (s, r) => ({ net: s.net + r.net, vat: s.vat + r.vat, gross: s.gross + r.gross }),
    { net: 0, vat: 0, gross: 0 },
  )
  return (
    <section className="vouchers__totals" aria-labelledby="voucher-totals">
      <h2 id="voucher-totals">{TEXT.title}</h2>
      <ScrollBox label={TEXT.caption}>
        <table className="vouchers__table" data-testid="vouchers-totals">
          <caption>{TEXT.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{TEXT.rate}</th>
              <th scope="col" className="num">
                {TEXT.net}
              </th>
              <th scope="col" className="num">
                {TEXT.vat}
              </th>
              <th scope="col" className="num">
                {TEXT.gross}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.rates.map((r) => (
              <tr key={r.rate} data-rate={r.rate}>
                <th scope="row">{formatVatRate(r.rate)}</th>
                <td className="num">{formatAmount(r.net)}</td>
                <td className="num">{formatAmount(r.vat)}</td>
                <td className="num">{formatAmount(r.gross)}</td>
              </tr>
            ))}
            {totals.uncertainVat !== 0 ? (
              <tr data-rate="unknown">
                <th scope="row">{TEXT.uncertain}</th>
                <td className="num">–</td>
                <td className="num">–</td>
                <td className="num">{formatAmount(totals.uncertainVat)}</td>
              </tr>
            ) : null}
          </tbody>
          <tfoot>
            <tr data-testid="vouchers-totals-sales">
              <th scope="row">{TEXT.sales}</th>
              <td className="num">{formatAmount(sum.net)}</td>
              <td className="num">{formatAmount(sum.vat)}</td>
              <td className="num">{formatAmount(totals.salesGross)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
      <dl className="vouchers__facts">
        <dt>{TEXT.fees}</dt>
        <dd data-testid="vouchers-totals-fees">{formatMoney(totals.fees)}</dd>
        <dt>{TEXT.payouts}</dt>
        <dd data-testid="vouchers-totals-payouts">{formatMoney(totals.payouts)}</dd>
        <dt>{TEXT.balance}</dt>
        <dd>
          {totals.debit === totals.credit
            ? TEXT.balanced(formatMoney(totals.debit))
            : TEXT.unbalanced(formatMoney(totals.debit), formatMoney(totals.credit))}
        </dd>
      </dl>
    </section>
  )
}
