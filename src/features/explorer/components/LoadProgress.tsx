import { lazy, memo, Suspense } from 'react'
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

/** Periods longer than this show their progress per month and can be stopped. */
const LONG_PERIOD_DAYS = 31

// Only long periods show their months and can be stopped: the code loads when one does.
const MonthProgress = lazy(() =>
  import('./MonthProgress').then((module) => ({ default: module.MonthProgress })),
)

/**
 * "18 av 31 dager · 41 230 transaksjoner", and each failed day with a retry. A long period shows
 * its months and can be stopped (what is loaded stays, the totals say they are not final) and
 * resumed.
 */
function LoadProgressView({
  snapshot,
  onRetry,
  onStop,
  onResume,
}: {
  snapshot: PeriodSnapshot
  onRetry: (date: string) => void
  onStop?: () => void
  onResume?: () => void
}) {
  const { totalDays, loadedDays, eventCount, failedDays, complete, stopped } = snapshot
  const failed = snapshot.days.filter((d) => d.status === 'failed')
  const long = totalDays > LONG_PERIOD_DAYS
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
            {stopped
              ? ' · stoppet'
              : failedDays.length > 0
                ? ` · ${failedDays.length} feilet`
                : ' · laster …'}
          </span>
        )}
        {!complete ? <progress max={totalDays} value={loadedDays} aria-label="Lastet" /> : null}
      </div>
      {long && !complete ? (
        <Suspense fallback={null}>
          <MonthProgress snapshot={snapshot} onStop={onStop} onResume={onResume} />
        </Suspense>
      ) : null}
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
