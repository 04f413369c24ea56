import { useEffect, useRef, useState } from 'react'
import { currentLocale } from '../../api/locale'
import { formatMoney } from '../../api/money'
import { downloadFile } from '../../shared/download-file'
import { excludedCount, type Totals } from '../../shared/filters/totals'
import { defineText } from '../../shared/i18n/language'
import type { ExportProps } from '../../shared/slots'
import {
  mixedCurrencyText,
  negativeCapturesText,
  sharedPspText,
  unsummedGrossText,
} from '../../shared/ui/FigureNotices'
import { useDismissableDetails } from '../../shared/ui/MultiSelect'
import type { SalesView } from '../../shared/view/sales-view'
import type { CsvDialect, CsvOptions, CsvShape } from './model/csv-format'
import { ExportCancelled, fileName, toCsvParts } from './model/write-csv'

const TEXT = defineText('export.ExportPanel', {
  writeFailed: 'Filen kunne ikke skrives. Ingen fil er lagret.',
  daysFailed: (count: number) =>
    `${count} dag(er) kunne ikke lastes, så eksporten ville blitt ufullstendig. Ingen fil er lagret – prøv igjen.`,
  export: 'Eksport',
  format: 'Format',
  excel: 'Excel (norsk: semikolon, desimalkomma, kroner)',
  standard: 'Standard CSV (komma, beløp i øre)',
  rowPer: 'Én rad per',
  transaction: 'transaksjon',
  line: 'varelinje',
  personal: 'Ta med personopplysninger (kundens navn, e-post, telefon)',
  download: 'Last ned',
  cancel: 'Avbryt',
  fetching: (loaded: number, days: number) => `Henter resten av perioden: ${loaded} av ${days} dager`,
  writing: (done: string, total: string) => `Skriver ${done} av ${total}`,
  saved: (file: string, rows: string, gross: string, net: string, vat: string) =>
    `Lagret ${file}: ${rows} transaksjoner, brutto ${gross}, netto ${net}, mva ${vat}.`,
  withoutGross: (count: string) => ` ${count} uten beløp er ikke med i summene.`,
  excluded: (count: string, negative: string | null, unsummed: string) =>
    ` ${count} transaksjoner av ukjent type eller som ikke kunne leses${negative ? ` (herav ${negative})` : ''} står i filen med «Med i summene: nei». ${unsummed}.`,
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'export.ExportPanel': typeof TEXT
  }
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'done'; file: string; totals: Totals; currency: string }
  | { kind: 'failed'; message: string }

/**
 * Exports exactly the explorer's view: every matching event of the period, in the table's order.
 * When days are still loading it waits for them (with progress and cancel); a cancelled or failed
 * export writes no file.
 */
export default function ExportPanel({ ledgerId, view, retryFailed }: ExportProps) {
  const ref = useDismissableDetails()
  const [dialect, setDialect] = useState<CsvDialect>('excel-nb')
  const [shape, setShape] = useState<CsvShape>('events')
  const [includePersonalData, setIncludePersonalData] = useState(false)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const abort = useRef<AbortController | null>(null)
  const retried = useRef(false)
  const options: CsvOptions = { dialect, shape, includePersonalData }

  const write = async ({ rows, totals, period, currency }: SalesView) => {
    const controller = new AbortController()
    abort.current = controller
    setPhase({ kind: 'writing', done: 0, total: rows.length })
    try {
      const parts = await toCsvParts(rows, options, {
        signal: controller.signal,
        onProgress: (done) => setPhase({ kind: 'writing', done, total: rows.length }),
      })
      const name = fileName(ledgerId, period.from, period.to, options)
      downloadFile(parts, name)
      setPhase({ kind: 'done', file: name, totals, currency })
    } catch (error) {
      setPhase(
        error instanceof ExportCancelled ? { kind: 'idle' } : { kind: 'failed', message: TEXT.writeFailed },
      )
    }
  }

  const { completeness } = view
  // Waiting for the rest of the period: write when every day is in, stop when a day keeps failing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to loading progress only
  useEffect(() => {
    if (phase.kind !== 'loading') return
    if (completeness.loaded) {
      void write(view)
      return
    }
    if (completeness.busy || completeness.failedDays.length === 0) return
    if (!retried.current) {
      retried.current = true
      retryFailed()
      return
    }
    setPhase({
      kind: 'failed',
      message: TEXT.daysFailed(completeness.failedDays.length),
    })
  }, [phase.kind, view])

  const start = () => {
    retried.current = false
    setPhase({ kind: 'loading' })
  }
  const cancel = () => {
    abort.current?.abort()
    setPhase({ kind: 'idle' })
  }
  const busy = phase.kind === 'loading' || phase.kind === 'writing'

  return (
    <details className="multiselect multiselect--right export" ref={ref}>
      <summary className="multiselect__summary">
        <span className="field__label">{TEXT.export}</span>
        <span className="multiselect__value">CSV …</span>
      </summary>
      <div className="multiselect__menu export__menu" role="group" aria-label={TEXT.export}>
        <fieldset>
          <legend className="field__label">{TEXT.format}</legend>
          <label className="check">
            <input
              type="radio"
              name="dialect"
              checked={dialect === 'excel-nb'}
              onChange={() => setDialect('excel-nb')}
            />
            {TEXT.excel}
          </label>
          <label className="check">
            <input
              type="radio"
              name="dialect"
              checked={dialect === 'standard'}
              onChange={() => setDialect('standard')}
            />
            {TEXT.standard}
          </label>
        </fieldset>
        <fieldset>
          <legend className="field__label">{TEXT.rowPer}</legend>
          <label className="check">
            <input
              type="radio"
              name="shape"
              checked={shape === 'events'}
              onChange={() => setShape('events')}
            />
            {TEXT.transaction}
          </label>
          <label className="check">
            <input type="radio" name="shape" checked={shape === 'lines'} onChange={() => setShape('lines')} />
            {TEXT.line}
          </label>
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={includePersonalData}
            onChange={(e) => setIncludePersonalData(e.target.checked)}
          />
          {TEXT.personal}
        </label>
        <div className="export__actions">
          <button type="button" className="button button--primary" onClick={start} disabled={busy}>
            {TEXT.download}
          </button>
          {busy ? (
            <button type="button" className="button" onClick={cancel}>
              {TEXT.cancel}
            </button>
          ) : null}
        </div>
        {phase.kind === 'loading' ? (
          <p role="status">
            {TEXT.fetching(completeness.loadedDays, completeness.totalDays)}
            <progress max={completeness.totalDays} value={completeness.loadedDays} />
          </p>
        ) : null}
        {phase.kind === 'writing' ? (
          <p role="status">
            {TEXT.writing(
              phase.done.toLocaleString(currentLocale()),
              phase.total.toLocaleString(currentLocale()),
            )}
            <progress max={phase.total} value={phase.done} />
          </p>
        ) : null}
        {phase.kind === 'done' ? (
          <p role="status" data-testid="export-summary">
            {TEXT.saved(
              phase.file,
              phase.totals.rows.toLocaleString(currentLocale()),
              formatMoney(phase.totals.all.gross, phase.currency),
              formatMoney(phase.totals.all.net, phase.currency),
              formatMoney(phase.totals.all.vat, phase.currency),
            )}
            {phase.totals.all.withoutGross > 0
              ? TEXT.withoutGross(phase.totals.all.withoutGross.toLocaleString(currentLocale()))
              : ''}
            {excludedCount(phase.totals) > 0
              ? TEXT.excluded(
                  excludedCount(phase.totals).toLocaleString(currentLocale()),
                  phase.totals.excluded.negativeCaptures > 0
                    ? negativeCapturesText(phase.totals.excluded.negativeCaptures)
                    : null,
                  unsummedGrossText(phase.totals, phase.currency),
                )
              : ''}
            {[mixedCurrencyText(phase.totals), sharedPspText(phase.totals)]
              .filter((text) => text !== null)
              .map((text) => ` ${text}`)
              .join('')}
          </p>
        ) : null}
        {phase.kind === 'failed' ? (
          <p role="alert" className="export__error">
            {phase.message}
          </p>
        ) : null}
      </div>
    </details>
  )
}
