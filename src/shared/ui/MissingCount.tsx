import { currentLocale } from '../../api/locale'
/** Beside a sum: how many transactions it leaves out for want of an amount. Nothing when none. */
export function MissingCount({ count, what = 'uten beløp' }: { count: number; what?: string }) {
  if (count <= 0) return null
  return (
    <span className="missing-count" title="Ikke med i summen: Vipps MobilePay oppga ikke beløpet">
      + {count.toLocaleString(currentLocale())} {what}
    </span>
  )
}
