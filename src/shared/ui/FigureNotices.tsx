import { Fragment, type ReactNode } from 'react'
import { formatCount } from '../../api/locale'
import { formatMoney } from '../../api/money'
import { formatOsloClock } from '../../api/oslo-time'
import { formatDateText } from '../dates/date-text'
import { mixesCurrencies, type Totals } from '../filters/totals'
import { defineText } from '../i18n/language'
import type { Completeness } from '../view/sales-view'

/**
 * What every view that shows the view's sums (totals bar, day report and its print, VAT summary and
 * charts, export summary) says about figures that are not final, in one wording: several currencies
 * added together, different events sharing a pspReference, and the money left out of the sums.
 */

const n = formatCount

/** At most this many pspReferences are named; the rest are counted. */
const NAMED_PSP = 8

const TEXT = defineText('ui.FigureNotices', {
  and: 'og',
  incomplete: 'ufullstendig',
  notFinal: 'ikke endelig',
  provisional: 'foreløpig',
  provisionalTitle: 'Dagen er ikke over: tallet kan endre seg',
  dayNotOver: (time: string | null) =>
    `Foreløpig – dagen er ikke over${time ? `, tall per kl. ${time}` : ''}.`,
  periodNotOver: (date: string, time: string | null) =>
    `Foreløpig – perioden tar med ${date}, som ikke er over${time ? `: tall per kl. ${time}` : ''}.`,
  incompleteTitle: 'Ikke alle hendelser er lest: tallet kan bli et annet',
  mixedTitle: 'Summen legger sammen beløp i flere valutaer',
  mixed: (currencies: string) =>
    `Ikke endelig: summene legger sammen beløp i ${currencies}, som ikke kan summeres uten kurs. Bruk tallene per valuta:`,
  perCurrency: (currency: string, gross: string, count: string, withoutGross: number) =>
    `${currency} ${gross} (${count} transaksjoner${withoutGross > 0 ? `, ${n(withoutGross)} uten beløp` : ''})`,
  sharedPsp: (events: string, refs: number) =>
    `${events} ulike hendelser deler pspReference (${refs === 1 ? 'én pspReference' : `${n(refs)} pspReferencer`}). Alle er med i summene – sjekk om noen er samme salg sendt to ganger:`,
  morePsp: (count: number) => `og ${n(count)} til`,
  unsummedGross: (gross: string) => `Ikke summert brutto: ${gross}`,
  unsummedWithout: (count: number) => ` + ${n(count)} uten lesbart beløp`,
  negativeCaptures: (count: number) => `${n(count)} salg med negativt beløp`,
  incompleteStatement: 'Ufullstendig: ikke alle hendelser kunne leses, så ingen av tallene her er endelige.',
  chartsMixed: (currencies: string) =>
    `Ikke endelig: diagrammene og mva-oppstillingen legger sammen beløp i ${currencies}. Tallene per valuta står over.`,
  mixedStatement: (currencies: string) => `Ikke endelig: tallene legger sammen beløp i ${currencies}.`,
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.FigureNotices': typeof TEXT
  }
}

const currencyList = (currencies: readonly string[]) =>
  currencies.length <= 1
    ? currencies.join('')
    : `${currencies.slice(0, -1).join(', ')} ${TEXT.and} ${currencies[currencies.length - 1]}`

/** "Ikke summert brutto: 309,40 kr + 1 uten lesbart beløp": what the excluded rows hold. */
export function unsummedGrossText(totals: Totals, currency: string): string {
  const { gross, withoutGross } = totals.excluded
  return (
    TEXT.unsummedGross(formatMoney(gross, currency)) +
    (withoutGross > 0 ? TEXT.unsummedWithout(withoutGross) : '')
  )
}

/** "1 salg med negativt beløp", for the lists of what the sums leave out. */
export const negativeCapturesText = (count: number) => TEXT.negativeCaptures(count)

/** Each currency's own gross, when the sums mix currencies. */
export function mixedCurrencyText(totals: Totals): string | null {
  if (!mixesCurrencies(totals)) return null
  const each = totals.byCurrency.map((c) =>
    TEXT.perCurrency(c.currency, formatMoney(c.gross, c.currency), n(c.count), c.withoutGross),
  )
  return `${TEXT.mixed(currencyList(totals.byCurrency.map((c) => c.currency)))} ${each.join(' · ')}.`
}

/** Amber, above the figures: the sums mix currencies, with each currency's own gross. */
export function MixedCurrencyNotice({ totals, className }: { totals: Totals; className: string }) {
  const text = mixedCurrencyText(totals)
  if (text === null) return null
  return (
    <p className={className} role="note" data-testid="mixed-currencies">
      {text}
    </p>
  )
}

/** Above the charts and the VAT summary: they add the currencies together too (the totals give each). */
export function ChartsMixedNotice({ completeness }: { completeness: Completeness }) {
  if (completeness.mixedCurrencies.length === 0) return null
  return (
    <p className="notice" role="note" data-testid="charts-mixed-currencies">
      {TEXT.chartsMixed(currencyList(completeness.mixedCurrencies))}
    </p>
  )
}

/** The pspReferences shared by different events, each a way to find its rows. */
export function SharedPspNotice({
  totals,
  className,
  linkTo,
}: {
  totals: Totals
  className: string
  /** A link (or text) that finds the rows of one pspReference. */
  linkTo: (pspReference: string) => ReactNode
}) {
  const { events, pspReferences } = totals.sharedPsp
  if (events === 0) return null
  const named = pspReferences.slice(0, NAMED_PSP)
  return (
    <p className={className} role="note" data-testid="shared-psp">
      {TEXT.sharedPsp(n(events), pspReferences.length)}{' '}
      {named.map((psp, i) => (
        <Fragment key={psp}>
          {i > 0 ? ', ' : null}
          {linkTo(psp)}
        </Fragment>
      ))}
      {pspReferences.length > named.length ? ` ${TEXT.morePsp(pspReferences.length - named.length)}` : null}
    </p>
  )
}

/** The export summary's sentence about shared pspReferences (the file names them in its rows). */
export function sharedPspText(totals: Totals): string | null {
  const { events, pspReferences } = totals.sharedPsp
  if (events === 0) return null
  return `${TEXT.sharedPsp(n(events), pspReferences.length)} ${pspReferences.slice(0, NAMED_PSP).join(', ')}${
    pspReferences.length > NAMED_PSP ? ` ${TEXT.morePsp(pspReferences.length - NAMED_PSP)}` : ''
  }.`
}

/**
 * "Foreløpig – dagen er ikke over, tall per kl. 14:05." when the period's last day is still running
 * (for a longer period: which day); nothing when every day is over.
 */
export function dayNotOverText(completeness: Completeness): string | null {
  const open = completeness.dayNotOver
  if (!open) return null
  const time = open.asOf === null ? null : formatOsloClock(open.asOf)
  return completeness.totalDays <= 1
    ? TEXT.dayNotOver(time)
    : TEXT.periodNotOver(formatDateText(open.date), time)
}

/** At the top of a sheet whose day is still running: the figures are provisional, as of when. */
export function DayNotOverNotice({
  completeness,
  className,
}: {
  completeness: Completeness
  className: string
}) {
  const text = dayNotOverText(completeness)
  if (text === null) return null
  return (
    <p className={className} role="note" data-testid="day-not-over">
      {text}
    </p>
  )
}

/**
 * Beside a figure that is not final: "ufullstendig" while days are missing, "ikke endelig" when it
 * adds currencies together, else "foreløpig" while the day is not over.
 */
export function NotFinalMark({ completeness }: { completeness: Completeness }) {
  if (completeness.final) return null
  const [word, title] = !completeness.loaded
    ? [TEXT.incomplete, TEXT.incompleteTitle]
    : completeness.mixedCurrencies.length > 0
      ? [TEXT.notFinal, TEXT.mixedTitle]
      : [TEXT.provisional, TEXT.provisionalTitle]
  return (
    <span className="not-final-mark" title={title} data-testid="not-final-mark">
      {word}
    </span>
  )
}

/** For a footer or a file: why none of the figures is final. Nothing when they are. */
export function notFinalStatement(completeness: Completeness): string | null {
  if (completeness.final) return null
  if (!completeness.loaded) return TEXT.incompleteStatement
  const reasons = [
    completeness.mixedCurrencies.length > 0
      ? TEXT.mixedStatement(currencyList(completeness.mixedCurrencies))
      : null,
    dayNotOverText(completeness),
  ]
  return reasons.filter((reason) => reason !== null).join(' ')
}
