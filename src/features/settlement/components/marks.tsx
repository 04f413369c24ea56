import type { ReactNode } from 'react'
import { localeFormat } from '../../../api/locale'
import { defineText } from '../../../shared/i18n/language'

/** Small marks the settlement views share: a check that holds or not, an open date, a fee share. */

const MARK_TEXTS = defineText('settlement.marks', {
  holds: 'stemmer',
  fails: 'stemmer ikke',
  provisional: 'Foreløpig',
  provisionalTitle:
    'Datoen er fortsatt åpen hos Vipps MobilePay: flere poster kan komme, tallene kan endre seg',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.marks': typeof MARK_TEXTS
  }
}

/** ✓ or ✗ with words, so the result never rests on colour alone; a failure is never hidden. */
export function CheckMark({ ok, label }: { ok: boolean; label: string }) {
  return (
    <span
      className={ok ? 'check-mark check-mark--ok' : 'check-mark check-mark--failed'}
      data-ok={ok}
      title={`${label}: ${ok ? MARK_TEXTS.holds : MARK_TEXTS.fails}`}
    >
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span>
      <span className={ok ? 'visually-hidden' : undefined}>
        {' '}
        {ok ? `${label}: ${MARK_TEXTS.holds}` : MARK_TEXTS.fails}
      </span>
    </span>
  )
}

export function ProvisionalBadge() {
  return (
    <span className="badge badge--provisional badge--inline" title={MARK_TEXTS.provisionalTitle}>
      {MARK_TEXTS.provisional}
    </span>
  )
}

const percent = localeFormat(
  (locale) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }),
)

/** A fee share for display (the money itself stays in øre). */
export const formatShare = (share: number | null) => (share === null ? '–' : percent().format(share))

/** 20.11. for a table cell. */
export const shortDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.`

/**
 * A table that may be wider than a phone: it scrolls sideways on its own, and can be scrolled
 * from the keyboard (it takes the focus, named by its label).
 */
export function Wide({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <div className="settlement__wide" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  )
}
