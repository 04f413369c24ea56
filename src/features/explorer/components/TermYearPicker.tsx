import { useSalesDataFrom } from '../../../shared/api/health'
import { defineText } from '../../../shared/i18n/language'
import { type Period, termId, termOf } from '../../../shared/period/periods'
import { recentTerms, recentYears, termLabel } from '../../../shared/period/term-labels'

const TEXT = defineText('explorer.TermYearPicker', {
  term: 'MVA-termin',
  chooseTerm: 'Velg termin',
  year: 'År',
  chooseYear: 'Velg år',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.TermYearPicker': typeof TEXT
  }
}

/** A VAT term (two months) or a whole year, chosen from the ones that have begun. */
export function TermYearPicker({
  period,
  today,
  choose,
}: {
  period: Period
  today: string
  choose: (preset: 'term' | 'year', pick: string) => void
}) {
  const dataFrom = useSalesDataFrom()
  return (
    <>
      <label className="field field--inline">
        <span className="field__label">{TEXT.term}</span>
        <select
          className="select"
          value={period.preset === 'term' ? termId(termOf(period.from)) : ''}
          onChange={(e) => choose('term', e.target.value)}
        >
          <option value="">{TEXT.chooseTerm}</option>
          {recentTerms(today, dataFrom).map((term) => (
            <option key={termId(term)} value={termId(term)}>
              {termLabel(term)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span className="field__label">{TEXT.year}</span>
        <select
          className="select"
          value={period.preset === 'year' ? period.from.slice(0, 4) : ''}
          onChange={(e) => choose('year', e.target.value)}
        >
          <option value="">{TEXT.chooseYear}</option>
          {recentYears(today, dataFrom).map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
      </label>
    </>
  )
}
