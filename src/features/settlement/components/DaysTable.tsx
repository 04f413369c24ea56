import { Fragment, useState } from 'react'
import { currentLocale } from '../../../api/locale'
import { formatDateLabel } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { Money } from '../../../shared/ui/Money'
import type { PeriodSettlementView } from '../model/period-view'
import type { DaySettlement } from '../model/reconcile'
import { DayDetails } from './DayDetails'
import { CheckMark, ProvisionalBadge, shortDate } from './marks'

const TEXTS = defineText('settlement.DaysTable', {
  caption: 'Per dag: salgene ved siden av pengene som er avregnet, gebyrene og utbetalingen',
  date: 'Dato',
  sales: 'Salg (Salgs-API)',
  settled: 'Avregnet for salgene',
  salesCheck: 'Salg = avregnet',
  fees: 'Gebyrer',
  other: 'Andre poster',
  paid: 'Utbetalt',
  balance: 'Saldo',
  alone: 'Uten motpart',
  aloneText: (sales: number, funds: number) =>
    `${sales.toLocaleString(currentLocale())} salg · ${funds.toLocaleString(currentLocale())} poster`,
  details: 'Detaljer',
  detailsFor: (date: string) => `Detaljer for ${date}`,
  notLoaded: 'ikke hentet',
  noEntries: 'Ingen datoer i perioden.',
  total: 'Sum',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.DaysTable': typeof TEXTS
  }
}

const sumOf = (rows: readonly { amount: number }[]) => rows.reduce((sum, row) => sum + row.amount, 0)

function DayRow({ day, open, onToggle }: { day: DaySettlement; open: boolean; onToggle: () => void }) {
  const detailsId = `day-${day.date}`
  const balanceOk = day.fundsBalance.ok && day.feesBalance.ok
  return (
    <tr data-testid="settlement-day" data-date={day.date} data-provisional={day.provisional}>
      <th scope="row">
        <span className="settlement__date">{formatDateLabel(day.date)}</span>
        {day.provisional ? <ProvisionalBadge /> : null}
      </th>
      <td className="num">
        <Money minor={day.sales.captured + day.sales.refunded} />
      </td>
      <td className="num" data-testid="day-settled">
        {day.reportLoaded ? (
          <Money minor={day.totals.fundsCaptured + day.totals.fundsRefunded} />
        ) : (
          <span className="muted">{TEXTS.notLoaded}</span>
        )}
      </td>
      <td className="center">
        <CheckMark ok={day.totals.agrees} label={TEXTS.salesCheck} />
      </td>
      <td className="num">
        <Money minor={day.feesRetained} />
      </td>
      <td className="num">
        <Money minor={sumOf(day.unmatchedFunds.map((u) => u.row))} />
      </td>
      <td className="num">
        {day.payout ? <Money minor={day.payout.walk.paid} /> : <span className="muted">–</span>}
      </td>
      <td className="center">
        <CheckMark ok={balanceOk} label={TEXTS.balance} />
      </td>
      <td>{TEXTS.aloneText(day.unmatchedSales.length, day.unmatchedFunds.length)}</td>
      <td>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          aria-label={TEXTS.detailsFor(shortDate(day.date))}
          onClick={onToggle}
        >
          {TEXTS.details}
        </button>
      </td>
    </tr>
  )
}

/** One row per date of the period, with its checks; a row opens to the day's unmatched rows and sums. */
export function DaysTable({ view, ledgerId }: { view: PeriodSettlementView; ledgerId: string }) {
  const [opened, setOpened] = useState<string | null>(null)
  if (view.days.length === 0) return <p className="empty">{TEXTS.noEntries}</p>
  return (
    <div className="settlement__scroll">
      <table className="settlement__table" data-testid="settlement-days">
        <caption className="visually-hidden">{TEXTS.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{TEXTS.date}</th>
            <th scope="col" className="num">
              {TEXTS.sales}
            </th>
            <th scope="col" className="num">
              {TEXTS.settled}
            </th>
            <th scope="col" className="center">
              {TEXTS.salesCheck}
            </th>
            <th scope="col" className="num">
              {TEXTS.fees}
            </th>
            <th scope="col" className="num">
              {TEXTS.other}
            </th>
            <th scope="col" className="num">
              {TEXTS.paid}
            </th>
            <th scope="col" className="center">
              {TEXTS.balance}
            </th>
            <th scope="col">{TEXTS.alone}</th>
            <th scope="col">
              <span className="visually-hidden">{TEXTS.details}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {view.days.map((day) => (
            <Fragment key={day.date}>
              <DayRow
                day={day}
                open={opened === day.date}
                onToggle={() => setOpened(opened === day.date ? null : day.date)}
              />
              {opened === day.date ? (
                <tr className="settlement__details-row">
                  <td colSpan={10} id={`day-${day.date}`}>
                    <DayDetails day={day} ledgerId={ledgerId} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{TEXTS.total}</th>
            <td className="num">
              <Money minor={view.totals.salesGross} />
            </td>
            <td className="num">
              <Money minor={view.totals.settled} />
            </td>
            <td />
            <td className="num">
              <Money minor={view.totals.fees} />
            </td>
            <td className="num">
              <Money minor={view.days.reduce((s, d) => s + sumOf(d.unmatchedFunds.map((u) => u.row)), 0)} />
            </td>
            <td className="num">
              <Money minor={view.totals.paid} />
            </td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
