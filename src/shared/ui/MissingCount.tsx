import { currentLocale } from '../../api/locale'
import { defineText } from '../i18n/language'

const TEXT = defineText('ui.MissingCount', {
  withoutAmount: 'uten beløp',
  title: 'Ikke med i summen: Vipps MobilePay oppga ikke beløpet',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.MissingCount': typeof TEXT
  }
}

/** Beside a sum: how many transactions it leaves out for want of an amount. Nothing when none. */
export function MissingCount({ count, what = TEXT.withoutAmount }: { count: number; what?: string }) {
  if (count <= 0) return null
  return (
    <span className="missing-count" title={TEXT.title}>
      + {count.toLocaleString(currentLocale())} {what}
    </span>
  )
}
