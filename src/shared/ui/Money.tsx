import { formatMoney } from '../../api/money'
import { defineText } from '../i18n/language'

const TEXT = defineText('ui.Money', {
  missing: 'Ikke oppgitt av Vipps MobilePay',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.Money': typeof TEXT
  }
}

/** An amount in øre, right-aligned with tabular figures; negative amounts (refunds) marked. */
export function Money({ minor, currency = 'NOK' }: { minor: number | null; currency?: string }) {
  if (minor === null)
    return (
      <span className="money money--missing" title={TEXT.missing}>
        –
      </span>
    )
  return <span className={minor < 0 ? 'money money--negative' : 'money'}>{formatMoney(minor, currency)}</span>
}
