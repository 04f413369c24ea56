import { type ComponentType, useMemo, useState } from 'react'
import { todayInOslo } from '../../../api/oslo-time'
import type { ExportsState, VoucherSettings } from '../../../api/voucher-settings'
import { ApiError } from '../../../shared/api/client'
import { defineText } from '../../../shared/i18n/language'
import type { VoucherData, VoucherDataProps } from '../../../shared/slots'
import { vatPartsOf } from '../../../shared/vouchers/day-summary'
import type { ExportChoice } from '../model/selection'
import { voucherView } from '../model/voucher-view'
import { ExportPanel } from './ExportPanel'
import { FileTotals } from './FileTotals'
import { VoucherDay } from './VoucherDay'

const TEXT = defineText('vouchers.VoucherBody', {
  waiting: 'Bilagene vises når salgene og oppgjøret for alle datoene er hentet.',
  noAccessTitle: 'Gebyrer og utbetalinger mangler',
  noAccess: (status: string) =>
    `Regnskapsnøklene gir ikke tilgang til oppgjøret (Report API${status}). Bilagene har derfor bare salget: inntekt og mva mot mellomregningskontoen. Før gebyrene og utbetalingene fra bankutskriften og fakturaen fra Vipps MobilePay.`,
  defaults:
    'Kontoene er standardforslagene (NS 4102): ingen innstillinger er lagret for dette salgsstedet ennå. Få regnskapsføreren din til å sjekke dem før første import.',
  checkAccounts: 'Se og endre kontoene',
  days: 'Bilag per dato',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.VoucherBody': typeof TEXT
  }
}

interface Props {
  ledgerId: string
  dates: readonly string[]
  settings: VoucherSettings
  settingsSaved: boolean
  exports: ExportsState
  DataSource: ComponentType<VoucherDataProps>
  onOpenSettings: () => void
}

/** The dates' sales and settlement, loaded by the slot the app hands in, then the vouchers. */
export function VoucherBody({ DataSource, ledgerId, dates, ...rest }: Props) {
  return (
    <DataSource ledgerId={ledgerId} dates={dates}>
      {(data) => <Vouchers data={data} ledgerId={ledgerId} dates={dates} {...rest} />}
    </DataSource>
  )
}

function Vouchers({
  data,
  ledgerId,
  dates,
  settings,
  settingsSaved,
  exports,
  onOpenSettings,
}: Omit<Props, 'DataSource'> & { data: VoucherData }) {
  const [choice, setChoice] = useState<ExportChoice>({
    includeOpen: false,
    includeExported: false,
    renumber: false,
  })
  const today = todayInOslo()
  const { settled, rows, failedDates, settlementDays } = data
  const view = useMemo(
    () =>
      settled
        ? voucherView({
            dates,
            rows,
            partsOf: vatPartsOf,
            failedDates,
            settlementDays,
            settings,
            exported: exports.exported,
            nextVoucherNumber: exports.nextVoucherNumber,
            today,
            choice,
          })
        : null,
    [settled, dates, rows, failedDates, settlementDays, settings, exports, today, choice],
  )
  const deniedStatus = data.denied instanceof ApiError ? `, HTTP ${data.denied.status}` : ''

  return (
    <div className="vouchers__body">
      {data.status}
      {data.denied ? (
        <section
          className="notice vouchers__notice"
          data-testid="vouchers-no-access"
          aria-labelledby="no-settlement"
        >
          <h2 id="no-settlement">{TEXT.noAccessTitle}</h2>
          <p>{TEXT.noAccess(deniedStatus)}</p>
        </section>
      ) : null}
      {!settingsSaved ? (
        <p className="notice vouchers__notice" data-testid="vouchers-default-accounts">
          {TEXT.defaults}{' '}
          <button type="button" className="link-button" onClick={onOpenSettings}>
            {TEXT.checkAccounts}
          </button>
        </p>
      ) : null}
      {view ? (
        <>
          <ExportPanel
            ledgerId={ledgerId}
            view={view}
            settings={settings}
            choice={choice}
            onChoice={setChoice}
            onOpenSettings={onOpenSettings}
          />
          <FileTotals totals={view.file.totals} count={view.file.vouchers.length} />
          <section className="vouchers__days" aria-labelledby="voucher-days">
            <h2 id="voucher-days">{TEXT.days}</h2>
            {view.days.map((day) => (
              <VoucherDay key={day.plan.date} day={day} ledgerId={ledgerId} open={view.days.length === 1} />
            ))}
          </section>
        </>
      ) : (
        <p className="muted">{TEXT.waiting}</p>
      )}
    </div>
  )
}
