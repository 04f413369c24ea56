import type { ExportedDate } from '../../../api/voucher-settings'
import { defineText } from '../../../shared/i18n/language'
import { dateRuns, exportHistory } from '../model/history'
import { dateSpan, momentText } from './date-texts'
import { ScrollBox } from './ScrollBox'

const FORMAT_LABELS = { gbat10: 'GBAT10', fiken: 'Kasseoppgjør (Fiken)', csv: 'CSV' } as const

const TEXT = defineText('vouchers.ExportHistory', {
  title: 'Eksportert før',
  none: 'Ingenting er eksportert for dette salgsstedet ennå.',
  when: 'Når',
  format: 'Format',
  dates: 'Datoer',
  count: (n: number) => (n === 1 ? '1 dato' : `${n} datoer`),
  provisional: (n: number) => (n === 1 ? '1 dato var åpen (foreløpig)' : `${n} datoer var åpne (foreløpige)`),
  note: 'En dato som er eksportert flere ganger, står ved den siste eksporten.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.ExportHistory': typeof TEXT
  }
}

/** What was exported when, as the server remembers it: newest first. */
export function ExportHistory({ exported }: { exported: readonly ExportedDate[] }) {
  const events = exportHistory(exported)
  return (
    <section className="vouchers__history" aria-labelledby="voucher-history">
      <h2 id="voucher-history">{TEXT.title}</h2>
      {events.length === 0 ? (
        <p className="muted">{TEXT.none}</p>
      ) : (
        <>
          <ScrollBox label={TEXT.title}>
            <table className="vouchers__table" data-testid="vouchers-history">
              <thead>
                <tr>
                  <th scope="col">{TEXT.when}</th>
                  <th scope="col">{TEXT.format}</th>
                  <th scope="col">{TEXT.dates}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={`${event.at}|${event.format}`}>
                    <td>{momentText(event.at)}</td>
                    <td>{FORMAT_LABELS[event.format]}</td>
                    <td className="vouchers__dates">
                      {dateRuns(event.dates)
                        .map((run) => dateSpan(run.from, run.to))
                        .join(', ')}{' '}
                      <span className="muted">({TEXT.count(event.dates.length)})</span>
                      {event.provisionalDates.length > 0 ? (
                        <span className="vouchers__warning">
                          {' '}
                          {TEXT.provisional(event.provisionalDates.length)}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <p className="muted small">{TEXT.note}</p>
        </>
      )}
    </section>
  )
}
