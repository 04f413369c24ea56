import { Link } from '@tanstack/react-router'
import { type ReactNode, useState } from 'react'
import { formatAmount, formatMoney } from '../../../api/money'
import { formatDateLabel } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { links } from '../../../shared/links'
import type { ListedSale } from '../../../shared/vouchers/day-summary'
import { voucherBalances } from '../../../shared/vouchers/vouchers'
import type { DateStateKind } from '../model/selection'
import type { DayView } from '../model/voucher-view'
import { dateText, momentText } from './date-texts'
import { ScrollBox } from './ScrollBox'

const KIND_LABELS: Record<DateStateKind, string> = defineText('vouchers.kinds', {
  new: 'Ny',
  open: 'Åpen – foreløpige tall',
  'closed-since-export': 'Eksportert som foreløpig, nå lukket',
  'exported-open': 'Eksportert som foreløpig, fortsatt åpen',
  exported: 'Eksportert før',
  failed: 'Kunne ikke hentes',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.kinds': typeof KIND_LABELS
  }
}

const FORMAT_LABELS = { gbat10: 'GBAT10', fiken: 'kasseoppgjør (Fiken)', csv: 'CSV' } as const

const TEXT = defineText('vouchers.VoucherDay', {
  number: (n: number) => `Bilag ${n}`,
  inFile: 'i filen',
  notInFile: 'ikke i filen',
  gross: (amount: string) => `salg ${amount}`,
  balances: 'balanserer',
  unbalanced: 'balanserer ikke',
  caption: (date: string) => `Bilag for ${date}: posteringer, beløp i kroner`,
  listLabel: 'Salgene',
  account: 'Konto',
  text: 'Tekst',
  vatCode: 'Mva',
  vatCodeFull: 'Mva-kode',
  debit: 'Debet',
  credit: 'Kredit',
  sum: 'Sum',
  balanceOk: 'Debet = kredit: bilaget balanserer.',
  balanceFailed: 'Debet og kredit er ikke like: bilaget balanserer ikke.',
  nothing: 'Ingenting å bokføre denne dagen.',
  failed: 'Salgene eller oppgjøret for datoen kunne ikke hentes helt. Prøv igjen øverst på siden.',
  exportedAt: (when: string, format: string, open: boolean) =>
    open ? `Eksportert ${when} som ${format}, mens datoen var åpen.` : `Eksportert ${when} som ${format}.`,
  exportedNumber: (n: number) => `Bokført som bilag ${n}.`,
  exportedNumberOpen: (n: number) => `Eksportert som bilag ${n} (foreløpig).`,
  cashLeftOut: (count: number, amount: string) =>
    `Kontantsalg holdt utenfor bilaget: ${count} salg, ${amount} (føres fra kassens egen Z-rapport).`,
  uncertain: (count: number, account: string) =>
    `${count} salg uten mva-spesifikasjon, ført på konto ${account} (usikker mva)`,
  missing: (count: number) => `${count} salg uten beløp: ikke bokført`,
  reference: 'Referanse',
  psp: 'pspReference',
  amount: 'Brutto',
  cash: 'kontant',
  notes: 'Merknader',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.VoucherDay': typeof TEXT
  }
}

function Disclosure({
  summary,
  children,
  testId,
}: {
  summary: string
  children: () => ReactNode
  testId?: string
}) {
  const [open, setOpen] = useState(false)
  return (
    <details className="vouchers__list" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={testId}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  )
}

/** Sales listed rather than booked by rate: never guessed, each with a link to its order. */
function SalesList({ sales, ledgerId }: { sales: readonly ListedSale[]; ledgerId: string }) {
  return (
    <ScrollBox label={TEXT.listLabel}>
      <table className="vouchers__table">
        <thead>
          <tr>
            <th scope="col">{TEXT.reference}</th>
            <th scope="col">{TEXT.psp}</th>
            <th scope="col" className="num">
              {TEXT.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {sales.map((sale) => (
            <tr key={sale.key}>
              <td>
                <Link className="reference" {...links.order(ledgerId, sale.reference, sale.pspReference)}>
                  {sale.reference}
                </Link>
              </td>
              <td className="reference">{sale.pspReference ?? TEXT.cash}</td>
              <td className="num">{formatMoney(sale.gross)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  )
}

/** One date: where it stands, its voucher's postings and whether they balance, and what is listed apart. */
export function VoucherDay({ day, ledgerId, open }: { day: DayView; ledgerId: string; open: boolean }) {
  const { plan, summary, voucher, fileNumber } = day
  const balances = voucher ? voucherBalances(voucher) : true
  const gross = voucher?.lines
    .filter((l) => l.kind === 'vipps-clearing' || l.kind === 'cash')
    .reduce((s, l) => s + l.amount, 0)
  const debit = voucher?.lines.reduce((s, l) => s + Math.max(0, l.amount), 0) ?? 0
  const credit = voucher?.lines.reduce((s, l) => s + Math.max(0, -l.amount), 0) ?? 0
  const uncertain = summary
    ? [...summary.vipps.uncertain.sales, ...(summary.cash?.uncertain.sales ?? [])]
    : []
  const uncertainAccount = voucher?.lines.find((l) => l.kind === 'uncertain-vat')?.account ?? ''
  const notes = voucher?.warnings ?? summary?.notes ?? []
  const head = [
    formatDateLabel(plan.date),
    KIND_LABELS[plan.kind],
    fileNumber !== null
      ? `${TEXT.number(fileNumber)}, ${TEXT.inFile}`
      : plan.inFile
        ? TEXT.inFile
        : plan.exported?.voucherNumber != null
          ? `${TEXT.number(plan.exported.voucherNumber)}, ${TEXT.notInFile}`
          : TEXT.notInFile,
    gross !== undefined ? TEXT.gross(formatMoney(gross)) : null,
    voucher ? (balances ? TEXT.balances : TEXT.unbalanced) : null,
  ].filter((part): part is string => part !== null)

  return (
    <details
      className="vouchers__day"
      open={open}
      data-testid="voucher-day"
      data-date={plan.date}
      data-kind={plan.kind}
      data-in-file={plan.inFile}
    >
      <summary>
        <span className={`vouchers__head vouchers__head--${plan.kind}`}>
          {head.map((part) => (
            <span key={part}>{part}</span>
          ))}
        </span>
      </summary>
      <div className="vouchers__day-body">
        {plan.kind === 'failed' ? <p className="vouchers__warning">{TEXT.failed}</p> : null}
        {plan.exported ? (
          <p className="muted">
            {TEXT.exportedAt(
              momentText(plan.exported.at),
              FORMAT_LABELS[plan.exported.format],
              plan.exported.provisional,
            )}
            {plan.exported.voucherNumber !== null
              ? ` ${(plan.exported.provisional ? TEXT.exportedNumberOpen : TEXT.exportedNumber)(plan.exported.voucherNumber)}`
              : null}
          </p>
        ) : null}
        {notes.length > 0 ? (
          <ul className="vouchers__notes" aria-label={TEXT.notes}>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        {voucher ? (
          <ScrollBox label={TEXT.caption(dateText(plan.date))}>
            <table className="vouchers__table vouchers__lines">
              <caption>{TEXT.caption(dateText(plan.date))}</caption>
              <thead>
                <tr>
                  <th scope="col">{TEXT.account}</th>
                  <th scope="col">{TEXT.text}</th>
                  <th scope="col">
                    <abbr title={TEXT.vatCodeFull}>{TEXT.vatCode}</abbr>
                  </th>
                  <th scope="col" className="num">
                    {TEXT.debit}
                  </th>
                  <th scope="col" className="num">
                    {TEXT.credit}
                  </th>
                </tr>
              </thead>
              <tbody>
                {voucher.lines.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a voucher's lines never move
                  <tr key={i} data-kind={line.kind}>
                    <td>{line.account}</td>
                    <td className="vouchers__line-text">{line.text}</td>
                    <td>{line.vatCode}</td>
                    <td className="num">{line.amount > 0 ? formatAmount(line.amount) : ''}</td>
                    <td className="num">{line.amount < 0 ? formatAmount(-line.amount) : ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    {TEXT.sum}
                  </th>
                  <td className="num">{formatAmount(debit)}</td>
                  <td className="num">{formatAmount(credit)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollBox>
        ) : plan.kind !== 'failed' ? (
          <p className="muted">{TEXT.nothing}</p>
        ) : null}
        {voucher ? (
          <p className={balances ? 'vouchers__ok' : 'vouchers__warning'}>
            {balances ? TEXT.balanceOk : TEXT.balanceFailed}
          </p>
        ) : null}
        {summary?.cashLeftOut && summary.cashLeftOut.count > 0 ? (
          <p>{TEXT.cashLeftOut(summary.cashLeftOut.count, formatMoney(summary.cashLeftOut.gross))}</p>
        ) : null}
        {uncertain.length > 0 ? (
          <Disclosure summary={TEXT.uncertain(uncertain.length, uncertainAccount)} testId="voucher-uncertain">
            {() => <SalesList sales={uncertain} ledgerId={ledgerId} />}
          </Disclosure>
        ) : null}
        {summary && summary.missingAmounts.length > 0 ? (
          <Disclosure summary={TEXT.missing(summary.missingAmounts.length)}>
            {() => <SalesList sales={summary.missingAmounts} ledgerId={ledgerId} />}
          </Disclosure>
        ) : null}
      </div>
    </details>
  )
}
