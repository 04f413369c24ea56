import { memo } from 'react'
import { formatDateLabel } from '../../../api/oslo-time'
import { PagingFault } from '../../../api/paging-guard'
import { ApiError } from '../../../shared/api/client'
import type { PeriodSnapshot } from '../../../shared/period/period-loader'
import { ReadingNotice } from '../../../shared/ui/ReadingNotice'

/** What went wrong with a day, with the detail that says where (a field path, what the upstream did). */
function failureText(error: Error | null): string {
  if (error instanceof ApiError || error instanceof PagingFault)
    return error.detail ? `${error.title}. ${error.detail}` : error.title
  return error?.message ?? ''
}

/** "18 av 31 dager · 41 230 transaksjoner", and each failed day with a retry. */
function LoadProgressView({
  snapshot,
  onRetry,
}: {
  snapshot: PeriodSnapshot
  onRetry: (date: string) => void
}) {
  const { totalDays, loadedDays, eventCount, failedDays, complete } = snapshot
  const failed = snapshot.days.filter((d) => d.status === 'failed')
  return (
    <div className="progress">
      <div className="progress__line" role="status" aria-live="polite">
        {complete ? (
          <span>
            Alle {totalDays} {totalDays === 1 ? 'dag' : 'dager'} lastet · {eventCount.toLocaleString('nb-NO')}{' '}
            transaksjoner
          </span>
        ) : (
          <span data-testid="load-progress">
            {loadedDays} av {totalDays} {totalDays === 1 ? 'dag' : 'dager'} ·{' '}
            {eventCount.toLocaleString('nb-NO')} transaksjoner
            {failedDays.length > 0 ? ` · ${failedDays.length} feilet` : ' · laster …'}
          </span>
        )}
        {!complete ? <progress max={totalDays} value={loadedDays} aria-label="Lastet" /> : null}
      </div>
      {failed.length > 0 ? (
        <ul className="failed-days" role="alert">
          {failed.map((day) => (
            <li key={day.date}>
              <strong>{formatDateLabel(day.date)}</strong> kunne ikke lastes
              {day.events > 0 ? ` (${day.events.toLocaleString('nb-NO')} transaksjoner hentet så langt)` : ''}
              : <span className="failed-days__why">{failureText(day.error)}</span>{' '}
              <button type="button" className="button button--small" onClick={() => onRetry(day.date)}>
                Prøv igjen
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ReadingNotice unreadable={snapshot.unreadableEvents ?? 0} repeated={snapshot.repeatedEvents ?? 0} />
    </div>
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const LoadProgress = memo(LoadProgressView)
