import { memo } from 'react'
import { EARLIEST_SALES_DATA } from '../../../api/endpoints'
import { currentLocale } from '../../../api/locale'
import { formatDateLabel, osloDateOf } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import type { Period } from '../../../shared/period/periods'
import type { Completeness } from '../../../shared/view/sales-view'

const FLOOR_DATE = osloDateOf(Date.parse(EARLIEST_SALES_DATA))
const n = (count: number) => count.toLocaleString(currentLocale())

const TEXT = defineText('explorer.CoverageNotice', {
  beforeFloor: (floor: string) =>
    `Salgs-API-et har data fra ${floor} (kasse/mPOS; Vippsnummer fra 16. mars og nettbutikk fra 22. april 2026). Dager før det vises tomme fordi data ikke finnes – ikke fordi det ikke var salg.`,
  withoutLines: (count: string) =>
    `${count} transaksjoner i utvalget mangler varelinjer som kassen eller nettbutikken skulle ha sendt.`,
  withoutGross: (count: string) =>
    `${count} transaksjoner uten beløp fra Vipps MobilePay: de er talt med, men ikke summert – bruttosummen er derfor for lav med deres ukjente beløp.`,
  byNature: (count: string) =>
    `${count} transaksjoner med valgfritt beløp (Vippsnummer) har ingen varelinjer: slik er disse salgene.`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.CoverageNotice': typeof TEXT
  }
}

/**
 * Says where data is missing rather than letting it look like zero sales: before the API's first
 * date, lines that should be there, amounts not given (amber). Vippsnummer sales have no lines by
 * nature: that is said once, quietly. (A missing VAT breakdown is said with the totals.)
 */
function CoverageNoticeView({ period, completeness }: { period: Period; completeness: Completeness }) {
  const beforeFloor = period.from < FLOOR_DATE
  const { withoutLines, withoutLinesByNature, withoutGross } = completeness
  const unexpected = withoutLines - withoutLinesByNature
  const warn = beforeFloor || unexpected > 0 || withoutGross > 0
  return (
    <>
      {warn ? (
        <div className="notice" role="note">
          {beforeFloor ? <p>{TEXT.beforeFloor(formatDateLabel(FLOOR_DATE))}</p> : null}
          {unexpected > 0 ? (
            <p data-testid="coverage-without-lines">{TEXT.withoutLines(n(unexpected))}</p>
          ) : null}
          {withoutGross > 0 ? (
            <p data-testid="coverage-without-gross">{TEXT.withoutGross(n(withoutGross))}</p>
          ) : null}
        </div>
      ) : null}
      {withoutLinesByNature > 0 ? (
        <p className="quiet-note" data-testid="coverage-by-nature">
          {TEXT.byNature(n(withoutLinesByNature))}
        </p>
      ) : null}
    </>
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const CoverageNotice = memo(CoverageNoticeView)
