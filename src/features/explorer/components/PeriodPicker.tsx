import { lazy, Suspense } from 'react'
import { todayInOslo } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { PERIOD_PRESETS, PRESET_LABELS, periodWithBound, resolvePeriod } from '../../../shared/period/periods'
import { DateInput } from '../../../shared/ui/DateInput'
import { inView, type ViewState, type ViewUpdate } from '../../../shared/view-state'

const TEXT = defineText('explorer.PeriodPicker', {
  period: 'Periode (norsk tid)',

  feed: 'Hele salgsloggen',
  from: 'Fra',
  to: 'Til',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.PeriodPicker': typeof TEXT
  }
}

// The VAT term and year lists load as the app starts, beside the first view (as the look-up box does).
const termYearCode = import('./TermYearPicker')
const TermYearPicker = lazy(() => termYearCode.then((module) => ({ default: module.TermYearPicker })))

/** Presets with a choice of their own: dates, a VAT term, a year. */
const CHOSEN_FROM_A_LIST = new Set(['custom', 'term', 'year'])

/** `withFeed`: offer the feed (all sales as a stream) beside the periods; the settlement has no feed. */
export function PeriodPicker({
  state,
  update,
  withFeed = true,
}: {
  state: ViewState
  update: ViewUpdate
  withFeed?: boolean
}) {
  const { period } = state
  return (
    <fieldset className="period">
      <legend className="field__label">{TEXT.period}</legend>
      <div className="segmented" role="group" aria-label="Periode">
        {PERIOD_PRESETS.filter((p) => !CHOSEN_FROM_A_LIST.has(p)).map((preset) => (
          <button
            key={preset}
            type="button"
            className="segmented__button"
            aria-pressed={state.view === 'date' && period.preset === preset}
            onClick={() =>
              update((s) => ({ ...inView(s, 'date'), period: resolvePeriod(preset, null, null) }))
            }
          >
            {PRESET_LABELS[preset]}
          </button>
        ))}
        {withFeed ? (
          <button
            type="button"
            className="segmented__button"
            aria-pressed={state.view === 'feed'}
            onClick={() => update((s) => inView(s, 'feed'))}
          >
            {TEXT.feed}
          </button>
        ) : null}
      </div>
      <PeriodDates state={state} update={update} />
    </fieldset>
  )
}

/** The period's first and last date, typed or picked (a phone shows them in the filter sheet). */
export function PeriodDates({ state, update }: { state: ViewState; update: ViewUpdate }) {
  const { period } = state
  const today = todayInOslo()
  const setBound = (bound: 'from' | 'to', date: string) =>
    update((s) => ({ ...inView(s, 'date'), period: periodWithBound(s.period, bound, date) }))
  const choose = (preset: 'term' | 'year', pick: string) =>
    pick &&
    update((s) => ({ ...inView(s, 'date'), period: resolvePeriod(preset, null, null, Date.now(), pick) }))
  return (
    <div className="period__custom" hidden={state.view === 'feed'}>
      <DateInput
        label={TEXT.from}
        value={period.from}
        max={today}
        onCommit={(date) => setBound('from', date)}
      />
      <DateInput label={TEXT.to} value={period.to} max={today} onCommit={(date) => setBound('to', date)} />
      <Suspense fallback={<span className="period__long-placeholder" />}>
        <TermYearPicker period={period} today={today} choose={choose} />
      </Suspense>
    </div>
  )
}
