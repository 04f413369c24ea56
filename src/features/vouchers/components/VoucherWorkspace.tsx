import { type ComponentType, useMemo, useState } from 'react'
import { datesBetween, todayInOslo } from '../../../api/oslo-time'
import type { ExportsState, VoucherSettings } from '../../../api/voucher-settings'
import { defineText } from '../../../shared/i18n/language'
import type { Period } from '../../../shared/period/periods'
import type { VoucherDataProps } from '../../../shared/slots'
import { ProblemMessage } from '../../../shared/ui/ProblemMessage'
import { useVoucherExports, useVoucherSettings } from '../api/voucher-api'
import { newSinceWindow } from '../model/export-window'
import { dateSpan, dateText } from './date-texts'
import { ExportHistory } from './ExportHistory'
import { VoucherBody } from './VoucherBody'

const TEXT = defineText('vouchers.VoucherWorkspace', {
  loading: 'Henter innstillingene og hva som er eksportert før …',
  settings: 'innstillingene for bilag',
  exports: 'hva som er eksportert før',
  firstExport: (span: string) =>
    `Ingenting er eksportert for dette salgsstedet ennå: viser ${span}. Velg en periode for å eksportere andre datoer.`,
  since: (last: string, span: string) => `Siste eksporterte dato er ${last}. Nye datoer: ${span}.`,
  capped: 'Det er flere nye datoer etter disse: de vises når disse er eksportert.',
  nothingNew: (last: string) => `Ingen nye datoer siden siste eksport (${last}).`,
  exportedNow: (last: string) => `Eksportert til og med ${last}. Datoene under viser hva som ble eksportert.`,
  next: 'Vis de neste nye datoene',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.VoucherWorkspace': typeof TEXT
  }
}

interface Props {
  ledgerId: string
  /** The chosen period, or null for the dates new since the last export. */
  period: Period | null
  DataSource: ComponentType<VoucherDataProps>
  onOpenSettings: () => void
}

/** The settings and export memory first, then the dates' sales and settlement, then the vouchers. */
export function VoucherWorkspace({ ledgerId, period, DataSource, onOpenSettings }: Props) {
  const settings = useVoucherSettings(ledgerId)
  const exports = useVoucherExports(ledgerId)
  // One array per period: the loading and the vouchers are memoised on it.
  const from = period?.from
  const to = period?.to
  const dates = useMemo(() => (from && to ? datesBetween(from, to) : null), [from, to])
  if (settings.isError)
    return <ProblemMessage error={settings.error} what={TEXT.settings} onRetry={() => settings.refetch()} />
  if (exports.isError)
    return <ProblemMessage error={exports.error} what={TEXT.exports} onRetry={() => exports.refetch()} />
  if (!settings.data || !exports.data)
    return (
      <p className="muted" role="status">
        {TEXT.loading}
      </p>
    )
  const common = {
    ledgerId,
    settings: settings.data.settings,
    settingsSaved: settings.data.saved,
    exports: exports.data,
    DataSource,
    onOpenSettings,
  }
  return dates ? (
    <>
      <VoucherBody {...common} dates={dates} />
      <ExportHistory exports={exports.data.exports} />
    </>
  ) : (
    <NewSinceDates {...common} />
  )
}

interface BodyProps {
  ledgerId: string
  settings: VoucherSettings
  settingsSaved: boolean
  exports: ExportsState
  DataSource: ComponentType<VoucherDataProps>
  onOpenSettings: () => void
}

/**
 * The dates after the last export, as they stood when the page opened: an export made here marks
 * its dates as exported instead of moving the list away; the next dates come on request.
 */
function NewSinceDates(props: BodyProps) {
  const today = todayInOslo()
  const [shown, setShown] = useState(() => newSinceWindow(props.exports.exported, today))
  const later = newSinceWindow(props.exports.exported, today)
  const moved = later.dates[0] !== shown.dates[0] || later.dates.length !== shown.dates.length
  const span = shown.dates.length > 0 ? dateSpan(shown.dates[0] ?? '', shown.dates.at(-1) ?? '') : ''
  const last = shown.lastExported ? dateText(shown.lastExported) : ''
  return (
    <>
      <div className="vouchers__window" data-testid="vouchers-window">
        {moved && later.lastExported ? (
          <p>{TEXT.exportedNow(dateText(later.lastExported))}</p>
        ) : (
          <>
            <p>
              {shown.dates.length === 0
                ? TEXT.nothingNew(last)
                : shown.lastExported
                  ? TEXT.since(last, span)
                  : TEXT.firstExport(span)}
            </p>
            {shown.capped ? <p>{TEXT.capped}</p> : null}
          </>
        )}
        {moved ? (
          <button type="button" className="button button--small" onClick={() => setShown(later)}>
            {TEXT.next}
          </button>
        ) : null}
      </div>
      {shown.dates.length > 0 ? <VoucherBody key={shown.dates[0]} {...props} dates={shown.dates} /> : null}
      <ExportHistory exports={props.exports.exports} />
    </>
  )
}
