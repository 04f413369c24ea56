import { useId, useState } from 'react'
import type { CsvDialect } from '../../../shared/csv/csv-file'
import { downloadFile } from '../../../shared/download-file'
import { defineText } from '../../../shared/i18n/language'
import type { Reconciliation } from '../model/reconcile'
import { reconciliationCsv, reconciliationFileName } from '../model/reconciliation-csv'

const TEXTS = defineText('settlement.ReconciliationExport', {
  format: 'Format for avstemmingen',
  excel: 'Excel, norsk (semikolon, kroner)',
  standard: 'Standard CSV (komma, øre)',
  download: 'Last ned avstemming (CSV)',
  saved: (name: string) => `Lagret ${name}.`,
  provisional: 'Perioden har åpne datoer: filen er merket FORELOPIG, og radene med «Foreløpig: ja».',
  incomplete: 'Noen datoer kunne ikke hentes: filen mangler dem. Prøv igjen først.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.ReconciliationExport': typeof TEXTS
  }
}

/**
 * The period's reconciliation as CSV, one row per transaction (sale, money settled, fee, payout,
 * match status), in the sales export's dialects. Refused while dates are missing: a file that
 * looks complete but is not would be worse than none.
 */
export function ReconciliationExport({
  ledgerId,
  result,
  dates,
  provisional,
  incomplete,
}: {
  ledgerId: string
  result: Reconciliation
  dates: readonly string[]
  provisional: boolean
  incomplete: boolean
}) {
  const [dialect, setDialect] = useState<CsvDialect>('excel-nb')
  const [saved, setSaved] = useState<string | null>(null)
  const id = useId()
  const save = () => {
    const name = reconciliationFileName(ledgerId, dates[0] ?? '', dates.at(-1) ?? '', dialect, provisional)
    downloadFile([reconciliationCsv(result, dates, dialect)], name)
    setSaved(name)
  }
  return (
    <div className="settlement__export">
      <label className="field field--inline" htmlFor={id}>
        <span className="visually-hidden">{TEXTS.format}</span>
        <select
          id={id}
          className="select"
          value={dialect}
          onChange={(e) => setDialect(e.target.value as CsvDialect)}
        >
          <option value="excel-nb">{TEXTS.excel}</option>
          <option value="standard">{TEXTS.standard}</option>
        </select>
      </label>
      <button type="button" className="button button--small" onClick={save} disabled={incomplete}>
        {TEXTS.download}
      </button>
      <p className="muted small" role="status" data-testid="reconciliation-export-status">
        {incomplete ? TEXTS.incomplete : saved ? TEXTS.saved(saved) : ''}
        {saved && provisional ? ` ${TEXTS.provisional}` : ''}
      </p>
    </div>
  )
}
