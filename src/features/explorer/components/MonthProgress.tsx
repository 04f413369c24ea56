import { currentLocale } from '../../../api/locale'
import type { PeriodSnapshot } from '../../../shared/period/period-loader'
import { monthLabel } from '../../../shared/period/term-labels'

interface MonthProgress {
  month: string
  days: number
  loaded: number
  events: number
}

function monthsOf(days: PeriodSnapshot['days']): MonthProgress[] {
  const months: MonthProgress[] = []
  for (const day of days) {
    const month = day.date.slice(0, 7)
    let entry = months.at(-1)
    if (entry?.month !== month) {
      entry = { month, days: 0, loaded: 0, events: 0 }
      months.push(entry)
    }
    entry.days++
    if (day.status === 'loaded') entry.loaded++
    entry.events += day.events
  }
  return months
}

/** "September 2026: 30 av 30 dager · 98 020 transaksjoner", while a long period loads. */
function MonthList({ days }: { days: PeriodSnapshot['days'] }) {
  return (
    <ol className="month-progress" aria-label="Lastet per måned">
      {monthsOf(days).map((m) => (
        <li key={m.month} data-done={m.loaded === m.days}>
          <span className="month-progress__name">{monthLabel(m.month)}</span>
          <progress max={m.days} value={m.loaded} aria-label={`${monthLabel(m.month)} lastet`} />
          <span className="month-progress__count">
            {m.loaded} av {m.days} dager · {m.events.toLocaleString(currentLocale())} transaksjoner
          </span>
        </li>
      ))}
    </ol>
  )
}

/** A long period while it loads: its months, and a way to stop (and later go on). */
export function MonthProgress({
  snapshot,
  onStop,
  onResume,
}: {
  snapshot: PeriodSnapshot
  onStop?: () => void
  onResume?: () => void
}) {
  const busy = snapshot.days.some((d) => d.status === 'loading' || d.status === 'waiting')
  return (
    <>
      {busy && !snapshot.stopped && onStop ? (
        <p className="progress__line">
          <button type="button" className="button button--small" onClick={onStop}>
            Stopp innlastingen
          </button>
          <span>Det som er lastet, blir stående; totalene er da foreløpige.</span>
        </p>
      ) : null}
      {snapshot.stopped && onResume ? (
        <p className="progress__line">
          <button type="button" className="button button--small" onClick={onResume}>
            Fortsett
          </button>
          <span>Innlastingen er stoppet: totalene gjelder bare dagene som er lastet.</span>
        </p>
      ) : null}
      <MonthList days={snapshot.days} />
    </>
  )
}
