import { localeFormat } from '../../../api/locale'
import { formatMoney } from '../../../api/money'
import { formatOsloClock } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import type { PreviousPeriod } from '../../../shared/period/previous-period'
import type { PeriodComparison } from '../../../shared/view/comparison'

const percent = localeFormat(
  (locale) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }),
)
const weekday = localeFormat(
  (locale) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' }),
)
const monthName = localeFormat(
  (locale) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long' }),
)
const utcDate = (date: string) => Date.parse(`${date}T12:00:00Z`)
const dayMonth = (date: string) => `${Number(date.slice(8, 10))}.${date.slice(5, 7)}.`

const TEXT = defineText('explorer.ComparisonFigures', {
  average: 'Snitt per salg',
  none: '–',
  vsPeriod: (period: string) => `mot ${period}`,
  previousAverage: (amount: string, period: string) => `${amount} ${period}`,
  noChange: (period: string) => `Ingen salg å sammenligne med ${period}`,
  provisional: 'foreløpig',
  notFinal: 'ikke endelig',
  mixedTitle: 'Omsetningen legger sammen beløp i flere valutaer, så endringen er ikke et tall å bruke',
  until: (time: string) => `til kl. ${time}`,
  sameWeekday: (day: string) => `${day} forrige uke`,
  sameDays: (from: string, to: string, month: string) => `${from}–${to} ${month}`,
  month: (month: string) => month,
  daysBefore: (from: string, to: string) => `${from}–${to}`,
  explain:
    'Endringen er omsetningen etter refusjoner (brutto) mot perioden før, med de samme filtrene. For en dag: samme ukedag uken før; for i dag og perioder som slutter i dag: til samme klokkeslett.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.ComparisonFigures': typeof TEXT
  }
}

/** "lørdag forrige uke, til kl. 14:05", "1.–28. oktober", "oktober", "15.11.–21.11.". */
export function previousLabel(period: PreviousPeriod, cutoff: number | null): string {
  const base =
    period.kind === 'sameWeekday'
      ? TEXT.sameWeekday(weekday().format(utcDate(period.from)))
      : period.kind === 'sameDaysLastMonth'
        ? TEXT.sameDays(
            `${Number(period.from.slice(8, 10))}.`,
            `${Number(period.to.slice(8, 10))}.`,
            monthName().format(utcDate(period.from)),
          )
        : period.kind === 'monthBefore'
          ? TEXT.month(monthName().format(utcDate(period.from)))
          : TEXT.daysBefore(dayMonth(period.from), dayMonth(period.to))
  return cutoff === null ? base : `${base}, ${TEXT.until(formatOsloClock(cutoff))}`
}

/** After a change that is not final: "(ikke endelig)" when a sum mixes currencies, "(foreløpig)" while loading. */
function NotFinal({ comparison }: { comparison: PeriodComparison }) {
  if (comparison.mixedCurrencies)
    return (
      <span className="totals__provisional" title={TEXT.mixedTitle} data-testid="comparison-not-final">
        {' '}
        ({TEXT.notFinal})
      </span>
    )
  if (!comparison.complete)
    return (
      <span className="totals__provisional" data-testid="comparison-not-final">
        {' '}
        ({TEXT.provisional})
      </span>
    )
  return null
}

const isFinal = (comparison: PeriodComparison) => comparison.complete && !comparison.mixedCurrencies

function Change({ value, testId }: { value: number | null; testId: string }) {
  if (value === null) return null
  const arrow = value > 0 ? '▲' : value < 0 ? '▼' : '•'
  return (
    <span
      className="change"
      data-direction={value > 0 ? 'up' : value < 0 ? 'down' : 'flat'}
      data-testid={testId}
    >
      <span aria-hidden="true">{arrow} </span>
      {percent().format(value)}
    </span>
  )
}

/** The change of the gross after refunds, under the gross figure. */
export function GrossChange({ comparison }: { comparison: PeriodComparison }) {
  const { previous, complete } = comparison
  if (!previous) return null
  const label = previousLabel(previous.period, previous.cutoff)
  return (
    <span
      className="totals__sub totals__compare"
      data-complete={complete}
      data-final={isFinal(comparison)}
      title={TEXT.explain}
    >
      {previous.grossChange === null ? (
        TEXT.noChange(label)
      ) : (
        <>
          <Change value={previous.grossChange} testId="gross-change" /> {TEXT.vsPeriod(label)}
        </>
      )}
      <NotFinal comparison={comparison} />
    </span>
  )
}

/** The average sale, and the previous period's with the change. */
export function AverageFigure({ comparison, currency }: { comparison: PeriodComparison; currency: string }) {
  const { averageSale, previous, complete } = comparison
  return (
    <div className="totals__figure">
      <span className="totals__label">{TEXT.average}</span>
      <span className="totals__value" data-testid="average-sale">
        {averageSale === null ? TEXT.none : formatMoney(averageSale, currency)}
      </span>
      {previous && previous.averageSale !== null ? (
        <span
          className="totals__sub totals__compare"
          data-complete={complete}
          data-final={isFinal(comparison)}
          title={TEXT.explain}
        >
          <Change value={previous.averageChange} testId="average-change" />{' '}
          {TEXT.previousAverage(
            formatMoney(previous.averageSale, currency),
            previousLabel(previous.period, previous.cutoff),
          )}
          <NotFinal comparison={comparison} />
        </span>
      ) : null}
    </div>
  )
}
