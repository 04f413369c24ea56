import { formatDateText } from '../../../shared/dates/date-text'
import { defineText } from '../../../shared/i18n/language'
import type { Period } from '../../../shared/period/periods'

const TEXT = defineText('explorer.BeyondTodayNotice', {
  notBegunTitle: 'Perioden har ikke begynt ennå',
  notBegun: (from: string, to: string) =>
    `Du ba om ${from}–${to}. Det er ingen salg å hente før perioden begynner, så ingenting er lastet. Velg en periode som har begynt.`,
  endedToday: (asked: string, today: string) =>
    `Perioden slutter i dag, ${today}: du ba om til ${asked}, men senere dager har ingen salg ennå.`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.BeyondTodayNotice': typeof TEXT
  }
}

/**
 * Says plainly what became of a period asked for past today: one not yet begun loads nothing,
 * one that runs past today ends today.
 */
export function BeyondTodayNotice({ period }: { period: Period }) {
  const beyond = period.beyondToday
  if (!beyond) return null
  if (beyond.kind === 'notBegun')
    return (
      <div className="empty" role="status" data-testid="period-not-begun">
        <h2 className="empty__heading">{TEXT.notBegunTitle}</h2>
        <p>{TEXT.notBegun(formatDateText(period.from), formatDateText(period.to))}</p>
      </div>
    )
  return (
    <p className="notice" role="note" data-testid="period-ended-today">
      {TEXT.endedToday(formatDateText(beyond.askedTo), formatDateText(period.to))}
    </p>
  )
}
