import { currentLocale } from '../../../api/locale'
import { defineText } from '../../../shared/i18n/language'
import type { PeriodSnapshot } from '../../../shared/period/period-loader'
import { monthLabel } from '../../../shared/period/term-labels'

const TEXT = defineText('explorer.MonthProgress', {
  perMonth: 'Lastet per måned',
  loaded: (month: string) => `${month} lastet`,
  count: (loaded: number, days: number, events: string) =>
    `${loaded} av ${days} dager · ${events} transaksjoner`,
  stop: 'Stopp innlastingen',
  stopHint: 'Det som er lastet, blir stående; totalene er da foreløpige.',
  resume: 'Fortsett',
  stopped: 'Innlastingen er stoppet: totalene gjelder bare dagene som er lastet.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.MonthProgress': typeof TEXT
  }
}

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
    <ol className="month-progress" aria-label={TEXT.perMonth}>
      {monthsOf(days).map((m) => (
        <li key={m.month} data-done={m.loaded === m.days}>
          <span className="month-progress__name">{monthLabel(m.month)}</span>
          <progress max={m.days} value={m.loaded} aria-label={TEXT.loaded(monthLabel(m.month))} />
          <span className="month-progress__count">
            {TEXT.count(m.loaded, m.days, m.events.toLocaleString(currentLocale()))}
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
            {TEXT.stop}
          </button>
          <span>{TEXT.stopHint}</span>
        </p>
      ) : null}
      {snapshot.stopped && onResume ? (
        <p className="progress__line">
          <button type="button" className="button button--small" onClick={onResume}>
            {TEXT.resume}
          </button>
          <span>{TEXT.stopped}</span>
        </p>
      ) : null}
      <MonthList days={snapshot.days} />
    </>
  )
}
