import { lazy, Suspense } from 'react'
import { todayInOslo } from '../../../api/oslo-time'
import { PERIOD_PRESETS, PRESET_LABELS, resolvePeriod } from '../../../shared/period/periods'
import type { ViewState, ViewUpdate } from '../../../shared/view-state'

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
  const today = todayInOslo()
  const setCustom = (from: string, to: string) =>
    update((s) => ({ ...s, view: 'date', period: resolvePeriod('custom', from, to) }))
  const choose = (preset: 'term' | 'year', pick: string) =>
    pick &&
    update((s) => ({ ...s, view: 'date', period: resolvePeriod(preset, null, null, Date.now(), pick) }))
  return (
    <fieldset className="period">
      <legend className="field__label">Periode (norsk tid, Europe/Oslo)</legend>
      <div className="segmented" role="group" aria-label="Periode">
        {PERIOD_PRESETS.filter((p) => !CHOSEN_FROM_A_LIST.has(p)).map((preset) => (
          <button
            key={preset}
            type="button"
            className="segmented__button"
            aria-pressed={state.view === 'date' && period.preset === preset}
            onClick={() => update((s) => ({ ...s, view: 'date', period: resolvePeriod(preset, null, null) }))}
          >
            {PRESET_LABELS[preset]}
          </button>
        ))}
        {withFeed ? (
          <button
            type="button"
            className="segmented__button"
            aria-pressed={state.view === 'feed'}
            onClick={() => update((s) => ({ ...s, view: 'feed' }))}
          >
            Alle salg (strøm)
          </button>
        ) : null}
      </div>
      <div className="period__custom" hidden={state.view === 'feed'}>
        <label className="field field--inline">
          <span className="field__label">Fra</span>
          <input
            type="date"
            className="input"
            value={period.from}
            max={today}
            onChange={(e) => e.target.value && setCustom(e.target.value, period.to)}
          />
        </label>
        <label className="field field--inline">
          <span className="field__label">Til</span>
          <input
            type="date"
            className="input"
            value={period.to}
            max={today}
            onChange={(e) => e.target.value && setCustom(period.from, e.target.value)}
          />
        </label>
        <Suspense fallback={<span className="period__long-placeholder" />}>
          <TermYearPicker period={period} today={today} choose={choose} />
        </Suspense>
      </div>
    </fieldset>
  )
}
