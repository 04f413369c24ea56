import { memo } from 'react'
import { EARLIEST_SALES_DATA } from '../../../api/endpoints'
import { formatDateLabel, osloDateOf } from '../../../api/oslo-time'
import type { Totals } from '../../../shared/filters/totals'
import type { Period } from '../../../shared/period/periods'

const FLOOR_DATE = osloDateOf(Date.parse(EARLIEST_SALES_DATA))

/** Says where data is missing rather than letting it look like zero sales. */
function CoverageNoticeView({ period, totals }: { period: Period; totals: Totals }) {
  const beforeFloor = period.from < FLOOR_DATE
  if (!beforeFloor && totals.withoutLines === 0 && totals.withoutVat === 0) return null
  return (
    <div className="notice" role="note">
      {beforeFloor ? (
        <p>
          Salgs-API-et har data fra {formatDateLabel(FLOOR_DATE)} (mPOS; Vippsnummer fra 16. mars og
          handlekurv fra 22. april 2026). Dager før det vises tomme fordi data ikke finnes – ikke fordi det
          ikke var salg.
        </p>
      ) : null}
      {totals.withoutLines > 0 || totals.withoutVat > 0 ? (
        <p>
          {totals.withoutLines.toLocaleString('nb-NO')} transaksjoner uten varelinjer og{' '}
          {totals.withoutVat.toLocaleString('nb-NO')} uten mva-spesifikasjon i utvalget.
        </p>
      ) : null}
    </div>
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const CoverageNotice = memo(CoverageNoticeView)
