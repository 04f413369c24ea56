import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { currentLocale } from '../../../api/locale'
import { formatDateLabel, formatOsloDateTime } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import { defineText } from '../../../shared/i18n/language'
import { links } from '../../../shared/links'
import { Money } from '../../../shared/ui/Money'
import type { BalanceCheck } from '../model/balance'
import type { SaleUnmatchedReason } from '../model/join'
import { FEE_REASONS, SALE_REASONS } from '../model/reason-texts'
import type { DaySettlement } from '../model/reconcile'
import { LoneFundsTable } from './LoneFundsTable'
import { CheckMark, Wide } from './marks'

const TEXTS = defineText('settlement.DayDetails', {
  checks: 'Kontroller',
  check: 'Kontroll',
  leftSide: 'Salgs-API, eller summen av postene',
  rightSide: 'Report API, eller saldo etter − saldo før',
  holds: 'Stemmer',
  salesCaptured: 'Avstemte salg: salg',
  salesRefunded: 'Avstemte salg: refusjoner',
  salesNet: 'Avstemte salg: salg − refusjoner',
  fundsBalance: 'Avregning: summen av postene = saldo etter − saldo før',
  feesBalance: 'Gebyrer: summen av postene = saldo etter − saldo før',
  noEntries: 'ingen poster',
  breaks: (n: number) => `${n} poster der saldoen ikke henger sammen med posten før eller eget beløp`,
  missing: (n: number) => `${n} avstemte salg mangler beløp i Salgs-API-et`,
  unmatchedSales: 'Salg uten avregning',
  unmatchedFunds: 'Avregning uten salg',
  unmatchedFees: 'Gebyrer uten avregnet salg',
  differing: 'Avstemte salg der beløpet avviker',
  reason: 'Årsak',
  count: 'Antall',
  gross: 'Brutto',
  time: 'Tid',
  reference: 'Referanse',
  type: 'Type',
  amount: 'Beløp',
  sold: 'Solgt',
  settled: 'Avregnet',
  none: 'Ingen.',
  showAll: (n: number) => `Vis alle ${n.toLocaleString(currentLocale())}`,
  cashNote: 'Kontantsalg er talt opp over, men ikke listet.',
  notLoaded: 'Oppgjøret for denne datoen er ikke hentet: bare salgene vises.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.DayDetails': typeof TEXTS
  }
}

const FIRST_ROWS = 25

/** One check as a table row: the two sides, and whether they are equal. */
function CheckRow({
  label,
  left,
  right,
  ok,
  note,
  testId,
}: {
  label: string
  left: number | null
  right: number | null
  ok: boolean
  note?: string
  testId?: string
}) {
  return (
    <tr data-testid={testId} data-ok={ok}>
      <th scope="row">
        {label}
        {note ? <span className="settlement__warn small"> {note}</span> : null}
      </th>
      <td className="num">
        {left === null ? <span className="muted">{TEXTS.noEntries}</span> : <Money minor={left} />}
      </td>
      <td className="num">
        {right === null ? <span className="muted">{TEXTS.noEntries}</span> : <Money minor={right} />}
      </td>
      <td className="center">
        <CheckMark ok={ok} label={label} />
      </td>
    </tr>
  )
}

const span = (check: BalanceCheck) =>
  check.opening === null || check.closing === null ? null : check.closing - check.opening
const breaksNote = (check: BalanceCheck) =>
  check.breaks.length > 0 ? TEXTS.breaks(check.breaks.length) : undefined

/** Shows the first rows of a long list, and all on request. */
function useFirst<T>(rows: readonly T[]) {
  const [all, setAll] = useState(false)
  const shown = all ? rows : rows.slice(0, FIRST_ROWS)
  const more =
    rows.length > shown.length ? (
      <button type="button" className="button button--small" onClick={() => setAll(true)}>
        {TEXTS.showAll(rows.length)}
      </button>
    ) : null
  return { shown, more }
}

function SaleCell({ sale, ledgerId }: { sale: SaleRow; ledgerId: string }) {
  return sale.reference ? (
    <Link {...links.order(ledgerId, sale.reference, sale.pspReference)}>{sale.reference}</Link>
  ) : (
    <span className="muted">–</span>
  )
}

function UnmatchedSales({ day, ledgerId }: { day: DaySettlement; ledgerId: string }) {
  const groups = new Map<SaleUnmatchedReason, { count: number; gross: number }>()
  for (const { sale, reason } of day.unmatchedSales) {
    const group = groups.get(reason) ?? { count: 0, gross: 0 }
    group.count++
    group.gross += sale.gross ?? 0
    groups.set(reason, group)
  }
  const listed = day.unmatchedSales.filter((u) => u.reason !== 'cash')
  const { shown, more } = useFirst(listed)
  return (
    <section>
      <h4>{TEXTS.unmatchedSales}</h4>
      {groups.size === 0 ? <p className="muted">{TEXTS.none}</p> : null}
      {groups.size > 0 ? (
        <Wide label={TEXTS.unmatchedSales}>
          <table className="lines-table" data-testid="day-unmatched-sales">
            <thead>
              <tr>
                <th scope="col">{TEXTS.reason}</th>
                <th scope="col" className="num">
                  {TEXTS.count}
                </th>
                <th scope="col" className="num">
                  {TEXTS.gross}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...groups].map(([reason, group]) => (
                <tr key={reason} data-discrepancy={SALE_REASONS[reason].discrepancy}>
                  <td>{SALE_REASONS[reason].text}</td>
                  <td className="num">{group.count.toLocaleString(currentLocale())}</td>
                  <td className="num">
                    <Money minor={group.gross} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Wide>
      ) : null}
      {shown.length > 0 ? (
        <Wide label={TEXTS.unmatchedSales}>
          <table className="lines-table">
            <thead>
              <tr>
                <th scope="col">{TEXTS.time}</th>
                <th scope="col">{TEXTS.reference}</th>
                <th scope="col">pspReference</th>
                <th scope="col" className="num">
                  {TEXTS.gross}
                </th>
                <th scope="col">{TEXTS.reason}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ sale, reason }) => (
                <tr key={sale.key}>
                  <td>{formatOsloDateTime(sale.timeMs)}</td>
                  <td className="lines-table__name">
                    <SaleCell sale={sale} ledgerId={ledgerId} />
                  </td>
                  <td>{sale.pspReference ?? '–'}</td>
                  <td className="num">
                    <Money minor={sale.gross} />
                  </td>
                  <td>{SALE_REASONS[reason].text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Wide>
      ) : null}
      {more}
      {groups.has('cash') ? <p className="muted small">{TEXTS.cashNote}</p> : null}
    </section>
  )
}

function UnmatchedFunds({ day }: { day: DaySettlement }) {
  const { shown, more } = useFirst(day.unmatchedFunds)
  return (
    <section>
      <h4>{TEXTS.unmatchedFunds}</h4>
      {shown.length === 0 ? (
        <p className="muted">{TEXTS.none}</p>
      ) : (
        <LoneFundsTable rows={shown} testId="day-unmatched-funds" />
      )}
      {more}
    </section>
  )
}

function UnmatchedFees({ day }: { day: DaySettlement }) {
  if (day.unmatchedFees.length === 0) return null
  return (
    <section>
      <h4>{TEXTS.unmatchedFees}</h4>
      <table className="lines-table">
        <thead>
          <tr>
            <th scope="col">{TEXTS.time}</th>
            <th scope="col">pspReference</th>
            <th scope="col" className="num">
              {TEXTS.amount}
            </th>
            <th scope="col">{TEXTS.reason}</th>
          </tr>
        </thead>
        <tbody>
          {day.unmatchedFees.map(({ row, reason }) => (
            <tr key={row.key} data-discrepancy={FEE_REASONS[reason].discrepancy}>
              <td>{formatOsloDateTime(row.timeMs)}</td>
              <td>{row.pspReference ?? '–'}</td>
              <td className="num">
                <Money minor={row.amount} currency={row.currency} />
              </td>
              <td>{FEE_REASONS[reason].text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function Differing({ day, ledgerId }: { day: DaySettlement; ledgerId: string }) {
  const differing = day.matched.filter((t) => !t.agrees)
  if (differing.length === 0) return null
  return (
    <section>
      <h4>{TEXTS.differing}</h4>
      <table className="lines-table">
        <thead>
          <tr>
            <th scope="col">{TEXTS.reference}</th>
            <th scope="col">pspReference</th>
            <th scope="col" className="num">
              {TEXTS.sold}
            </th>
            <th scope="col" className="num">
              {TEXTS.settled}
            </th>
          </tr>
        </thead>
        <tbody>
          {differing.map((t) => (
            <tr key={t.sale.key}>
              <td className="lines-table__name">
                <SaleCell sale={t.sale} ledgerId={ledgerId} />
              </td>
              <td>{t.sale.pspReference}</td>
              <td className="num">
                <Money minor={t.sale.gross} />
              </td>
              <td className="num">
                <Money minor={t.funds.amount} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** A day's checks written out with their figures, and every row that stands alone, with its reason. */
export function DayDetails({ day, ledgerId }: { day: DaySettlement; ledgerId: string }) {
  const { totals } = day
  return (
    <div className="settlement__day" data-testid="day-details">
      <h3>{formatDateLabel(day.date)}</h3>
      {!day.reportLoaded ? <p className="notice">{TEXTS.notLoaded}</p> : null}
      <table className="lines-table settlement__checks" data-testid="day-checks">
        <caption>{TEXTS.checks}</caption>
        <thead>
          <tr>
            <th scope="col">{TEXTS.check}</th>
            <th scope="col" className="num">
              {TEXTS.leftSide}
            </th>
            <th scope="col" className="num">
              {TEXTS.rightSide}
            </th>
            <th scope="col" className="center">
              {TEXTS.holds}
            </th>
          </tr>
        </thead>
        <tbody>
          <CheckRow
            label={TEXTS.salesCaptured}
            left={totals.salesCaptured}
            right={totals.fundsCaptured}
            ok={totals.salesCaptured === totals.fundsCaptured}
          />
          <CheckRow
            label={TEXTS.salesRefunded}
            left={totals.salesRefunded}
            right={totals.fundsRefunded}
            ok={totals.salesRefunded === totals.fundsRefunded}
          />
          <CheckRow
            label={TEXTS.salesNet}
            left={totals.salesCaptured + totals.salesRefunded}
            right={totals.fundsCaptured + totals.fundsRefunded}
            ok={totals.agrees}
            note={totals.missingSaleAmounts > 0 ? TEXTS.missing(totals.missingSaleAmounts) : undefined}
            testId="day-check-sales"
          />
          <CheckRow
            label={TEXTS.fundsBalance}
            left={day.fundsBalance.opening === null ? null : day.fundsBalance.sum}
            right={span(day.fundsBalance)}
            ok={day.fundsBalance.ok}
            note={breaksNote(day.fundsBalance)}
            testId="day-check-funds"
          />
          <CheckRow
            label={TEXTS.feesBalance}
            left={day.feesBalance.opening === null ? null : day.feesBalance.sum}
            right={span(day.feesBalance)}
            ok={day.feesBalance.ok}
            note={breaksNote(day.feesBalance)}
            testId="day-check-fees"
          />
        </tbody>
      </table>
      <Differing day={day} ledgerId={ledgerId} />
      <UnmatchedSales day={day} ledgerId={ledgerId} />
      <UnmatchedFunds day={day} />
      <UnmatchedFees day={day} />
    </div>
  )
}
