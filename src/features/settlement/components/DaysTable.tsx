import { Fragment, useState } from 'react'
import { currentLocale } from '../../../api/locale'
import { formatDateLabel } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { Fact, LineCard } from '../../../shared/ui/LineCard'
import { Money } from '../../../shared/ui/Money'
import { usePhone } from '../../../shared/ui/use-media-query'
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
  listLabel: 'Per dag',
  totalFor: 'Sum for perioden',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.DaysTable': typeof TEXTS
  }
}

const sumOf = (rows: readonly { amount: number }[]) => rows.reduce((sum, row) => sum + row.amount, 0)
const otherOf = (day: DaySettlement) => sumOf(day.unmatchedFunds.map((u) => u.row))

/** Opens a date's details (the element with id `day-<date>`), in the table's row or on the phone's card. */
function DetailsButton({
  date,
  open,
  onToggle,
  className = '',
}: {
  date: string
  open: boolean
  onToggle: () => void
  className?: string
}) {
  return (
    <button
      type="button"
      className={`button button--small ${className}`.trim()}
      aria-expanded={open}
      aria-controls={open ? `day-${date}` : undefined}
      aria-label={TEXTS.detailsFor(shortDate(date))}
      onClick={onToggle}
    >
      {TEXTS.details}
    </button>
  )
}

function DayRow({ day, open, onToggle }: { day: DaySettlement; open: boolean; onToggle: () => void }) {
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
        <Money minor={otherOf(day)} />
      </td>
      <td className="num">
        {day.payout ? <Money minor={day.payout.walk.paid} /> : <span className="muted">–</span>}
      </td>
      <td className="center">
        <CheckMark ok={balanceOk} label={TEXTS.balance} />
      </td>
      <td>{TEXTS.aloneText(day.unmatchedSales.length, day.unmatchedFunds.length)}</td>
      <td>
        <DetailsButton date={day.date} open={open} onToggle={onToggle} />
      </td>
    </tr>
  )
}

/**
 * A phone has no room for ten columns: each date is a small card with every figure labelled (as
 * the explorer's list and a payout's sales), its Detaljer button under them.
 */
function DayCards({
  view,
  ledgerId,
  opened,
  onToggle,
}: {
  view: PeriodSettlementView
  ledgerId: string
  opened: string | null
  onToggle: (date: string) => void
}) {
  return (
    <ul className="line-list" aria-label={TEXTS.listLabel} data-testid="settlement-days">
      {view.days.map((day) => {
        const open = opened === day.date
        const detailsId = `day-${day.date}`
        return (
          <LineCard
            key={day.date}
            name={
              <span data-testid="settlement-day" data-date={day.date} data-provisional={day.provisional}>
                <span className="settlement__date">{formatDateLabel(day.date)}</span>
                {day.provisional ? <ProvisionalBadge /> : null}
              </span>
            }
            amount={day.sales.captured + day.sales.refunded}
            after={
              <>
                <DetailsButton
                  date={day.date}
                  open={open}
                  onToggle={() => onToggle(day.date)}
                  className="settlement__card-button"
                />
                {open ? (
                  <div id={detailsId} className="settlement__card-details">
                    <DayDetails day={day} ledgerId={ledgerId} />
                  </div>
                ) : null}
              </>
            }
          >
            <Fact label={TEXTS.settled}>
              {day.reportLoaded ? (
                <Money minor={day.totals.fundsCaptured + day.totals.fundsRefunded} />
              ) : (
                <span className="muted">{TEXTS.notLoaded}</span>
              )}
            </Fact>
            <Fact label={TEXTS.salesCheck}>
              <CheckMark ok={day.totals.agrees} label={TEXTS.salesCheck} />
            </Fact>
            <Fact label={TEXTS.fees}>
              <Money minor={day.feesRetained} />
            </Fact>
            <Fact label={TEXTS.other}>
              <Money minor={otherOf(day)} />
            </Fact>
            <Fact label={TEXTS.paid}>
              {day.payout ? <Money minor={day.payout.walk.paid} /> : <span className="muted">–</span>}
            </Fact>
            <Fact label={TEXTS.balance}>
              <CheckMark ok={day.fundsBalance.ok && day.feesBalance.ok} label={TEXTS.balance} />
            </Fact>
            <Fact label={TEXTS.alone}>
              {TEXTS.aloneText(day.unmatchedSales.length, day.unmatchedFunds.length)}
            </Fact>
          </LineCard>
        )
      })}
      <LineCard name={TEXTS.totalFor} amount={view.totals.salesGross}>
        <Fact label={TEXTS.settled}>
          <Money minor={view.totals.settled} />
        </Fact>
        <Fact label={TEXTS.fees}>
          <Money minor={view.totals.fees} />
        </Fact>
        <Fact label={TEXTS.other}>
          <Money minor={view.days.reduce((s, d) => s + otherOf(d), 0)} />
        </Fact>
        <Fact label={TEXTS.paid}>
          <Money minor={view.totals.paid} />
        </Fact>
      </LineCard>
    </ul>
  )
}

/** One row per date of the period, with its checks; a row opens to the day's unmatched rows and sums. */
export function DaysTable({ view, ledgerId }: { view: PeriodSettlementView; ledgerId: string }) {
  const [opened, setOpened] = useState<string | null>(null)
  const phone = usePhone()
  if (view.days.length === 0) return <p className="empty">{TEXTS.noEntries}</p>
  const toggle = (date: string) => setOpened(opened === date ? null : date)
  if (phone) return <DayCards view={view} ledgerId={ledgerId} opened={opened} onToggle={toggle} />
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
              <DayRow day={day} open={opened === day.date} onToggle={() => toggle(day.date)} />
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
              <Money minor={view.days.reduce((s, d) => s + otherOf(d), 0)} />
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
