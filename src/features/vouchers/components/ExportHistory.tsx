import type { ExportEvent } from '../../../api/voucher-settings'
import { defineText } from '../../../shared/i18n/language'
import { dateSpan, momentText } from './date-texts'
import { ScrollBox } from './ScrollBox'

const FORMAT_LABELS = { gbat10: 'GBAT10', fiken: 'Kasseoppgjør (Fiken)', csv: 'CSV' } as const

const TEXT = defineText('vouchers.ExportHistory', {
  title: 'Eksportert før',
  none: 'Ingenting er eksportert for dette salgsstedet ennå.',
  when: 'Når',
  format: 'Format',
  dates: 'Datoer',
  numbers: 'Bilagsnr.',
  count: (n: number) => (n === 1 ? '1 dato' : `${n} datoer`),
  provisional: (n: number) => (n === 1 ? '1 dato var åpen (foreløpig)' : `${n} datoer var åpne (foreløpige)`),
  range: (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`),
  allKept: 'samme numre som før',
  someKept: (n: number) => `${n} med samme nummer som før`,
  renumbered: 'nye numre valgt',
  byDate: 'datoen',
  note: 'Hver nedlasting står her. En dato som er eksportert igjen, beholder bilagsnummeret sitt, med mindre nye numre ble valgt.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.ExportHistory': typeof TEXT
  }
}

function numbersText(event: ExportEvent): string {
  if (!event.numbers) return TEXT.byDate
  const range = TEXT.range(event.numbers.first, event.numbers.last)
  if (event.renumbered) return `${range} (${TEXT.renumbered})`
  if (event.keptNumbers === 0) return range
  return `${range} (${event.keptNumbers === event.dates ? TEXT.allKept : TEXT.someKept(event.keptNumbers)})`
}

/** Every export, as the server remembers it: newest first. */
export function ExportHistory({ exports }: { exports: readonly ExportEvent[] }) {
  return (
    <section className="vouchers__history" aria-labelledby="voucher-history">
      <h2 id="voucher-history">{TEXT.title}</h2>
      {exports.length === 0 ? (
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
                  <th scope="col">{TEXT.numbers}</th>
                </tr>
              </thead>
              <tbody>
                {exports.map((event, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows at the top, newest first
                  <tr key={`${event.at}|${event.format}|${exports.length - i}`}>
                    <td>{momentText(event.at)}</td>
                    <td>{FORMAT_LABELS[event.format]}</td>
                    <td className="vouchers__dates">
                      {event.runs.map((run) => dateSpan(run.from, run.to)).join(', ')}{' '}
                      <span className="muted">({TEXT.count(event.dates)})</span>
                      {event.provisionalDates > 0 ? (
                        <span className="vouchers__warning"> {TEXT.provisional(event.provisionalDates)}</span>
                      ) : null}
                    </td>
                    <td>{numbersText(event)}</td>
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
