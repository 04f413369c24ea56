import { formatMoney } from '../../api/money'

/** An amount in øre, right-aligned with tabular figures; negative amounts (refunds) marked. */
export function Money({ minor, currency = 'NOK' }: { minor: number | null; currency?: string }) {
  if (minor === null)
    return (
      <span className="money money--missing" title="Ikke oppgitt av Vipps MobilePay">
        –
      </span>
    )
  return <span className={minor < 0 ? 'money money--negative' : 'money'}>{formatMoney(minor, currency)}</span>
}
