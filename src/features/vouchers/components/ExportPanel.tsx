import { useId, useState } from 'react'
import type { ExportFormat, ExportRecordRequest, VoucherSettings } from '../../../api/voucher-settings'
import type { CsvDialect } from '../../../shared/csv/csv-file'
import { downloadFile } from '../../../shared/download-file'
import { defineText } from '../../../shared/i18n/language'
import { problemSentence } from '../../../shared/ui/problem-parts'
import { voucherFile } from '../../../shared/vouchers/export-file'
import { useRecordExport } from '../api/voucher-api'
import { type ExportChoice, exportRecord } from '../model/selection'
import type { FileBlock, VoucherView } from '../model/voucher-view'
import { dateSpan } from './date-texts'

type FormatId = 'gbat10' | 'fiken' | 'csv-excel' | 'csv-standard'

const FORMATS: Record<FormatId, { format: ExportFormat; dialect?: CsvDialect; label: string }> = {
  gbat10: {
    format: 'gbat10',
    label: 'GBAT10',
  },
  fiken: {
    format: 'fiken',
    label: 'Kasseoppgjør (Fiken)',
  },
  'csv-excel': {
    format: 'csv',
    dialect: 'excel-nb',
    label: 'CSV for Excel',
  },
  'csv-standard': {
    format: 'csv',
    dialect: 'standard',
    label: 'CSV standard',
  },
}

const TEXT = defineText('vouchers.ExportPanel', {
  hints: {
    gbat10: 'Import i Tripletex, PowerOffice Go og Mamut / Visma Business',
    fiken: 'Regneark å føre hver dag fra i Fiken: ett beløp per mva-sats',
    'csv-excel': 'Én postering per rad, debet og kredit; semikolon og desimalkomma',
    'csv-standard': 'Som over, med komma og beløp i øre, for andre systemer',
  },

  title: 'Last ned bilag',
  format: 'Format',
  includeOpen: (count: number) => `Ta med åpne datoer (${count}): tallene er foreløpige og kan endre seg`,
  openWarning:
    'Åpne datoer er ikke ferdig avregnet. Bilagene deres merkes FORELØPIG i filen og i filnavnet. Når datoen er lukket, må det foreløpige bilaget tilbakeføres i regnskapet og datoen eksporteres på nytt.',
  openLeftOut: (count: number) =>
    count === 1
      ? 'Én dato er fortsatt åpen og er ikke med i filen.'
      : `${count} datoer er fortsatt åpne og er ikke med i filen.`,
  includeExported: (count: number) => `Eksporter datoer som er eksportert før, på nytt (${count})`,
  exportedWarning:
    'Disse datoene er allerede eksportert. Importer dem bare hvis de gamle bilagene er slettet i regnskapet, ellers blir salget bokført to ganger. De beholder bilagsnummeret de fikk, i alle formater.',
  renumber: 'Gi datoene som er eksportert før, nye bilagsnumre',
  renumberWarning:
    'Bare hvis regnskapet ikke godtar de gamle numrene igjen: datoene får nye numre etter det siste som er brukt, og numrene de fikk før, blir ikke brukt igjen.',
  closedSince: (count: number) =>
    `${count} ${count === 1 ? 'dato ble eksportert mens den' : 'datoer ble eksportert mens de'} var åpen, og er lukket nå: med i filen med endelige tall. Tilbakefør de foreløpige bilagene i regnskapet.`,
  inFile: (count: number, span: string) =>
    count === 1 ? `Filen får 1 bilag (${span}).` : `Filen får ${count} bilag (${span}).`,
  numbers: (first: number, last: number) =>
    first === last ? `Bilagsnummer ${first}.` : `Bilagsnummer ${first}–${last}.`,
  newNumbers: (first: number, last: number) =>
    first === last ? `Nytt bilagsnummer: ${first}.` : `Nye bilagsnumre: ${first}–${last}.`,
  keptNumbers: (count: number) =>
    count === 1
      ? '1 bilag beholder nummeret det fikk da datoen ble eksportert.'
      : `${count} bilag beholder nummeret de fikk da datoene ble eksportert.`,
  byDate: 'Bilagsnummeret er datoen.',
  download: (label: string) => `Last ned ${label}`,
  downloaded: (name: string) => `Lastet ned: ${name}.`,
  recording: 'Husker hvilke datoer som er eksportert …',
  recorded: 'Eksporten er husket: datoene tilbys ikke som nye igjen.',
  recordFailed: 'Filen er lastet ned, men serveren kunne ikke huske eksporten',
  recordRetry: 'Uten den tilbys datoene som nye igjen. Prøv igjen; filen trenger ikke lastes ned på nytt.',
  retry: 'Prøv igjen',
  toSettings: 'Til innstillingene',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.ExportPanel': typeof TEXT
  }
}

const BLOCKED: Record<FileBlock, string> = {
  'failed-dates':
    'Noen datoer kunne ikke hentes. Prøv igjen over før du eksporterer, så ingen dato blir hoppet over.',
  'no-next-number':
    'Alle bilagsnumre opp til 99 999 999 er brukt. Sett et nytt neste bilagsnummer i innstillingene for å eksportere.',
  'beyond-last-number':
    'Bilagsnumrene ville gått forbi 99 999 999. Sett et lavere neste bilagsnummer i innstillingene, eller velg færre datoer.',
  'nothing-to-export':
    'Ingen bilag å laste ned: datoene her er eksportert før, fortsatt åpne eller uten salg.',
  unbalanced: 'Et bilag balanserer ikke, så ingenting kan lastes ned. Meld fra om feilen.',
}

const problemText = (error: Error | null): string => problemSentence(error)

/** The file's numbers: new ones of the sequence, and those kept from an earlier export. */
function numbersText(vouchers: readonly { number: number; numberKept?: boolean }[]): string {
  const fresh = vouchers.filter((v) => !v.numberKept).map((v) => v.number)
  const kept = vouchers.length - fresh.length
  if (kept === 0) return TEXT.numbers(Math.min(...fresh), Math.max(...fresh))
  const parts = [TEXT.keptNumbers(kept)]
  if (fresh.length > 0) parts.push(TEXT.newNumbers(Math.min(...fresh), Math.max(...fresh)))
  return parts.join(' ')
}

/** An explicit choice that widens the file, and what it means. */
function OptIn(props: {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  note: string | null
  warn: boolean
  testId?: string
}) {
  return (
    <div className="vouchers__optin">
      <label className="check">
        <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
        {props.label}
      </label>
      {props.note ? (
        <p className={props.warn ? 'vouchers__warning' : 'muted'} data-testid={props.testId}>
          {props.note}
        </p>
      ) : null}
    </div>
  )
}

interface Props {
  ledgerId: string
  view: VoucherView
  settings: VoucherSettings
  choice: ExportChoice
  onChoice: (choice: ExportChoice) => void
  onOpenSettings: () => void
}

/** Format, the explicit opt-ins, what the file will hold, the download and the memory of it. */
export function ExportPanel({ ledgerId, view, settings, choice, onChoice, onOpenSettings }: Props) {
  const id = useId()
  const [formatId, setFormatId] = useState<FormatId>('gbat10')
  const [downloaded, setDownloaded] = useState<{ name: string; record: ExportRecordRequest } | null>(null)
  const record = useRecordExport(ledgerId)
  const kinds = view.days.map((d) => d.plan.kind)
  const openCount = kinds.filter((k) => k === 'open' || k === 'exported-open').length
  const exportedCount = kinds.filter((k) => k === 'exported').length
  const closedSince = kinds.filter((k) => k === 'closed-since-export').length
  const { vouchers, blocked } = view.file
  const first = vouchers[0]
  const last = vouchers.at(-1)
  const chosen = FORMATS[formatId]

  const download = () => {
    if (blocked || vouchers.length === 0) return
    const file = voucherFile(chosen.format, vouchers, settings, ledgerId, chosen.dialect)
    downloadFile([file.text], file.name, file.type)
    const request = exportRecord(chosen.format, vouchers, view.file.summaries, settings, choice.renumber)
    setDownloaded({ name: file.name, record: request })
    record.run(request)
  }

  return (
    <section className="vouchers__export" aria-labelledby={`${id}-title`} data-testid="vouchers-export">
      <h2 id={`${id}-title`}>{TEXT.title}</h2>
      <fieldset className="vouchers__formats">
        <legend className="field__label">{TEXT.format}</legend>
        {(Object.keys(FORMATS) as FormatId[]).map((key) => (
          <label key={key} className="vouchers__format">
            <input
              type="radio"
              name={`${id}-format`}
              value={key}
              checked={formatId === key}
              onChange={() => setFormatId(key)}
            />
            <span>
              <strong>{FORMATS[key].label}</strong>
              <span className="muted"> – {TEXT.hints[key]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {openCount > 0 ? (
        <OptIn
          label={TEXT.includeOpen(openCount)}
          checked={choice.includeOpen}
          onChange={(includeOpen) => onChoice({ ...choice, includeOpen })}
          note={choice.includeOpen ? TEXT.openWarning : TEXT.openLeftOut(openCount)}
          warn={choice.includeOpen}
          testId="vouchers-open-note"
        />
      ) : null}
      {exportedCount > 0 ? (
        <OptIn
          label={TEXT.includeExported(exportedCount)}
          checked={choice.includeExported}
          onChange={(includeExported) => onChoice({ ...choice, includeExported, renumber: false })}
          note={choice.includeExported ? TEXT.exportedWarning : null}
          warn
        />
      ) : null}
      {exportedCount > 0 && choice.includeExported && settings.numbering.mode === 'sequential' ? (
        <OptIn
          label={TEXT.renumber}
          checked={choice.renumber}
          onChange={(renumber) => onChoice({ ...choice, renumber })}
          note={choice.renumber ? TEXT.renumberWarning : null}
          warn
        />
      ) : null}
      {closedSince > 0 ? <p className="vouchers__warning">{TEXT.closedSince(closedSince)}</p> : null}
      <div className="vouchers__download">
        {blocked ? (
          <p className="vouchers__blocked" data-testid="vouchers-blocked">
            {BLOCKED[blocked]}{' '}
            {blocked === 'no-next-number' || blocked === 'beyond-last-number' ? (
              <button type="button" className="link-button" onClick={onOpenSettings}>
                {TEXT.toSettings}
              </button>
            ) : null}
          </p>
        ) : first && last ? (
          <p data-testid="vouchers-file-summary">
            {TEXT.inFile(vouchers.length, dateSpan(first.date, last.date))}{' '}
            {settings.numbering.mode === 'date' ? TEXT.byDate : numbersText(vouchers)}
          </p>
        ) : null}
        <button
          type="button"
          className="button button--primary"
          disabled={blocked !== null || record.isPending}
          onClick={download}
        >
          {TEXT.download(chosen.label)}
        </button>
      </div>
      {downloaded ? (
        <div role="status" className="vouchers__recorded" data-testid="vouchers-recorded">
          <p>{TEXT.downloaded(downloaded.name)}</p>
          {record.isPending ? <p>{TEXT.recording}</p> : null}
          {record.isSuccess ? <p>{TEXT.recorded}</p> : null}
        </div>
      ) : null}
      {record.isError && downloaded ? (
        <div className="problem" role="alert">
          <strong>
            {TEXT.recordFailed}: {problemText(record.error)}
          </strong>
          <p>{TEXT.recordRetry}</p>
          <button type="button" className="button" onClick={() => record.run(downloaded.record)}>
            {TEXT.retry}
          </button>
        </div>
      ) : null}
    </section>
  )
}
