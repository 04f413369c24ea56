import { memo } from 'react'
import { EARLIEST_SALES_DATA } from '../../../api/endpoints'
import { formatDateLabel, osloDateOf } from '../../../api/oslo-time'
import type { Period } from '../../../shared/period/periods'
import type { Completeness } from '../../../shared/view/sales-view'

const FLOOR_DATE = osloDateOf(Date.parse(EARLIEST_SALES_DATA))

/** Says where data is missing rather than letting it look like zero sales. */
function CoverageNoticeView({ period, completeness }: { period: Period; completeness: Completeness }) {
  const beforeFloor = period.from < FLOOR_DATE
  const { withoutLines, withoutVat, withoutGross } = completeness
  if (!beforeFloor && withoutLines === 0 && withoutVat === 0 && withoutGross === 0) return null
  return (
    <div className="notice" role="note">
      {beforeFloor ? (
        <p>
          Salgs-API-et har data fra {formatDateLabel(FLOOR_DATE)} (mPOS; Vippsnummer fra 16. mars og
          handlekurv fra 22. april 2026). Dager før det vises tomme fordi data ikke finnes – ikke fordi det
          ikke var salg.
        </p>
      ) : null}
      {withoutLines > 0 || withoutVat > 0 ? (
        <p>
          {withoutLines.toLocaleString('nb-NO')} transaksjoner uten varelinjer og{' '}
          {withoutVat.toLocaleString('nb-NO')} uten mva-spesifikasjon i utvalget.
        </p>
      ) : null}
      {withoutGross > 0 ? (
        <p data-testid="coverage-without-gross">
          {withoutGross.toLocaleString('nb-NO')} transaksjoner uten beløp fra Vipps MobilePay: de er talt med,
          men ikke summert – bruttosummen er derfor for lav med deres ukjente beløp.
        </p>
      ) : null}
    </div>
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const CoverageNotice = memo(CoverageNoticeView)
