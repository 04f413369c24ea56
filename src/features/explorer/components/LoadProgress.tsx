import { lazy, memo, Suspense } from 'react'
import { currentLocale } from '../../../api/locale'
import { formatDateLabel, formatOsloClock } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import type { PeriodSnapshot } from '../../../shared/period/period-loader'
import { problemSentence } from '../../../shared/ui/problem-parts'
import { ReadingNotice } from '../../../shared/ui/ReadingNotice'

const count = (n: number) => n.toLocaleString(currentLocale())

const TEXT = defineText('explorer.LoadProgress', {
  allLoaded: (days: number, events: number) =>
    `Alle ${days} ${days === 1 ? 'dag' : 'dager'} lastet · ${count(events)} transaksjoner`,
  loading: (loaded: number, days: number, events: number) =>
    `${loaded} av ${days} ${days === 1 ? 'dag' : 'dager'} · ${count(events)} transaksjoner`,
  failedCount: (failed: number) => ` · ${failed} feilet`,
  busy: ' · laster …',
  stopped: ' · stoppet',
  updatedAt: (time: string) => `Sist oppdatert kl. ${time}`,
  refreshFailed: (time: string) => `Kunne ikke oppdatere: tallene er fra kl. ${time}. Prøver igjen om litt.`,
  progressLabel: 'Lastet',
  dayFailed: (date: string) => `${date} kunne ikke lastes`,
  partly: (events: number) => ` (${count(events)} transaksjoner hentet så langt)`,
  retryAll: 'Prøv alle igjen',
  retryOne: 'Prøv igjen',
  retryHint: 'Dagene som feilet, lastes også på nytt når nettforbindelsen kommer tilbake.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.LoadProgress': typeof TEXT
  }
}

const failureText = (error: Error | null): string => problemSentence(error)

/** Periods longer than this show their progress per month and can be stopped. */
const LONG_PERIOD_DAYS = 31

// Only long periods show their months and can be stopped: the code loads when one does.
const MonthProgress = lazy(() =>
  import('./MonthProgress').then((module) => ({ default: module.MonthProgress })),
)

/**
 * "18 av 31 dager · 41 230 transaksjoner", when a period with today was last read, and the days
 * that failed with one button to try them all again. A long period shows its months and can be
 * stopped (what is loaded stays, the totals say they are not final) and resumed.
 */
function LoadProgressView({
  snapshot,
  onRetryFailed,
  onStop,
  onResume,
}: {
  snapshot: PeriodSnapshot
  onRetryFailed: () => void
  onStop?: () => void
  onResume?: () => void
}) {
  const { totalDays, loadedDays, eventCount, failedDays, complete, updatedAt, stopped } = snapshot
  const failed = snapshot.days.filter((d) => d.status === 'failed')
  const time = updatedAt ? formatOsloClock(updatedAt) : null
  const long = totalDays > LONG_PERIOD_DAYS
  return (
    <div className="progress">
      <div className="progress__line" role="status" aria-live="polite">
        {complete ? (
          <span>{TEXT.allLoaded(totalDays, eventCount)}</span>
        ) : (
          <span data-testid="load-progress">
            {TEXT.loading(loadedDays, totalDays, eventCount)}
            {stopped ? TEXT.stopped : failedDays.length > 0 ? TEXT.failedCount(failedDays.length) : TEXT.busy}
          </span>
        )}
        {time && complete ? (
          <span className="progress__updated" data-testid="updated-at">
            {snapshot.refreshFailed ? TEXT.refreshFailed(time) : TEXT.updatedAt(time)}
          </span>
        ) : null}
        {!complete ? <progress max={totalDays} value={loadedDays} aria-label={TEXT.progressLabel} /> : null}
      </div>
      {long && !complete ? (
        <Suspense fallback={null}>
          <MonthProgress snapshot={snapshot} onStop={onStop} onResume={onResume} />
        </Suspense>
      ) : null}
      {failed.length > 0 ? (
        <div className="failed-days" role="alert">
          <ul>
            {failed.map((day) => (
              <li key={day.date}>
                <strong>{TEXT.dayFailed(formatDateLabel(day.date))}</strong>
                {day.events > 0 ? TEXT.partly(day.events) : ''}:{' '}
                <span className="failed-days__why">{failureText(day.error)}</span>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--small" onClick={onRetryFailed}>
            {failed.length > 1 ? TEXT.retryAll : TEXT.retryOne}
          </button>
          <p className="failed-days__hint">{TEXT.retryHint}</p>
        </div>
      ) : null}
      <ReadingNotice unreadable={snapshot.unreadableEvents ?? 0} repeated={snapshot.repeatedEvents ?? 0} />
    </div>
  )
}

/** Memoised: while a keystroke renders, only the parts whose inputs changed render again. */
export const LoadProgress = memo(LoadProgressView)
