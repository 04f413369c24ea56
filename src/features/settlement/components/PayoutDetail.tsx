import { Link } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import { currentLocale } from '../../../api/locale'
import { formatDateLabel, formatOsloDateTime } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { entryTypeLabel } from '../../../shared/labels'
import { links } from '../../../shared/links'
import { Fact, LineCard } from '../../../shared/ui/LineCard'
import { Money } from '../../../shared/ui/Money'
import { usePhone } from '../../../shared/ui/use-media-query'
import type { Payout, PayoutWalk } from '../model/payouts'
import { LoneFundsTable } from './LoneFundsTable'
import { CheckMark, ProvisionalBadge, Wide } from './marks'
import { coveredText } from './PayoutsTable'

const TEXTS = defineText('settlement.PayoutDetail', {
  close: 'Lukk',
  date: 'Utbetalt',
  covers: 'Dekker datoene',
  sales: 'Salg',
  walk: 'Fra salg til utbetalt beløp',
  walkIntro: 'Salgene som Salgs-API-et har dem, og hver post i oppgjøret, lagt sammen til beløpet i banken.',
  amount: 'Beløp',
  term: 'Post',
  opening: 'Saldo før første post (fra før datoene)',
  captured: 'Salg (brutto)',
  refunded: 'Refusjoner',
  difference: 'Avvik mellom salg og avregnet beløp',
  withoutSale: 'Avregnet uten salg i oversikten',
  fees: 'Gebyrer trukket',
  corrections: 'Korreksjoner',
  other: 'Andre poster (innbetaling, kreditnota, tvist)',
  unknown: 'Ukjente posttyper',
  remaining: 'Saldo igjen etter utbetalingen',
  paid: 'Utbetalt',
  balances: 'Går opp i øre',
  notBalanced: 'Summen av postene er ikke det utbetalte beløpet: se dagene utbetalingen dekker.',
  coverage:
    'Forrige utbetaling er ikke blant datoene som er hentet: hvilke datoer denne utbetalingen dekker er ukjent, og saldoen før første post står som egen post.',
  provisional: 'En dato utbetalingen dekker er fortsatt åpen: tallene kan endre seg.',
  toExplorer: (from: string, to: string) => `Se alle salg ${from}–${to} i transaksjonsoversikten`,
  explorerNote:
    'Listen under er nøyaktig salgene denne utbetalingen betaler (et salg rett før midnatt kan avregnes dagen etter).',
  transactions: 'Salgene i utbetalingen',
  time: 'Tid',
  reference: 'Referanse',
  type: 'Type',
  gross: 'Brutto',
  settled: 'Avregnet',
  fee: 'Gebyr',
  more: (n: number) => `Vis ${n.toLocaleString(currentLocale())} til`,
  shown: (shown: number, all: number) =>
    `Viser ${shown.toLocaleString(currentLocale())} av ${all.toLocaleString(currentLocale())}`,
  entriesWithoutSale: 'Poster uten salg',
  psp: 'pspReference',
  reason: 'Årsak',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.PayoutDetail': typeof TEXTS
  }
}

const PAGE_ROWS = 50

interface WalkLine {
  key: keyof PayoutWalk
  label: string
  /** Shown even when zero (the formula's own terms). */
  always?: boolean
  sign?: -1
}

const WALK_LINES: WalkLine[] = [
  { key: 'openingBalance', label: TEXTS.opening },
  { key: 'salesCaptured', label: TEXTS.captured, always: true },
  { key: 'salesRefunded', label: TEXTS.refunded, always: true },
  { key: 'settlementDifference', label: TEXTS.difference },
  { key: 'settledWithoutSale', label: TEXTS.withoutSale },
  { key: 'fees', label: TEXTS.fees, always: true },
  { key: 'corrections', label: TEXTS.corrections, always: true },
  { key: 'otherEntries', label: TEXTS.other },
  { key: 'unknownEntries', label: TEXTS.unknown },
  { key: 'remainingBalance', label: TEXTS.remaining, sign: -1 },
]

/** The walk from sales to the bank as a table whose rows add up to the payout, to the øre. */
function Walk({ payout }: { payout: Payout }) {
  const { walk } = payout
  const lines = WALK_LINES.filter((line) => line.always || walk[line.key] !== 0)
  return (
    <table className="lines-table settlement__walk" data-testid="payout-walk">
      <caption>{TEXTS.walk}</caption>
      <thead>
        <tr>
          <th scope="col">{TEXTS.term}</th>
          <th scope="col" className="num">
            {TEXTS.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} data-term={line.key}>
            <th scope="row">{line.label}</th>
            <td className="num">
              <Money minor={(line.sign ?? 1) * (walk[line.key] as number)} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-term="paid">
          <th scope="row">{TEXTS.paid}</th>
          <td className="num" data-testid="payout-paid">
            <Money minor={walk.paid} />
          </td>
        </tr>
        <tr>
          <th scope="row">{TEXTS.balances}</th>
          <td className="num" data-testid="payout-balances">
            <CheckMark ok={walk.balances} label={TEXTS.balances} />
          </td>
        </tr>
      </tfoot>
    </table>
  )
}

function Transactions({ payout, ledgerId }: { payout: Payout; ledgerId: string }) {
  const [shown, setShown] = useState(PAGE_ROWS)
  const rows = payout.transactions.slice(0, shown)
  const all = payout.transactions.length
  // A phone has no room for seven columns: each sale is a small card, as in the explorer's list.
  const phone = usePhone()
  return (
    <section>
      <h3>{TEXTS.transactions}</h3>
      {phone ? (
        <ul className="line-list" aria-label={TEXTS.transactions} data-testid="payout-transactions">
          {rows.map(({ sale, funds, fees }) => (
            <LineCard
              key={sale.key}
              name={
                <Link {...links.order(ledgerId, sale.reference, sale.pspReference)}>{sale.reference}</Link>
              }
              amount={sale.gross}
              currency={sale.currency}
            >
              <Fact label={TEXTS.time}>{formatOsloDateTime(sale.timeMs)}</Fact>
              <Fact label={TEXTS.psp}>{sale.pspReference}</Fact>
              <Fact label={TEXTS.type}>{entryTypeLabel(sale.entryType)}</Fact>
              <Fact label={TEXTS.settled}>
                <Money minor={funds.amount} currency={funds.currency} />
              </Fact>
              <Fact label={TEXTS.fee}>
                <Money minor={fees.length > 0 ? fees.reduce((s, f) => s + f.amount, 0) : null} />
              </Fact>
            </LineCard>
          ))}
        </ul>
      ) : (
        <Wide label={TEXTS.transactions}>
          <table className="lines-table" data-testid="payout-transactions">
            <thead>
              <tr>
                <th scope="col">{TEXTS.time}</th>
                <th scope="col">{TEXTS.reference}</th>
                <th scope="col">{TEXTS.psp}</th>
                <th scope="col">{TEXTS.type}</th>
                <th scope="col" className="num">
                  {TEXTS.gross}
                </th>
                <th scope="col" className="num">
                  {TEXTS.settled}
                </th>
                <th scope="col" className="num">
                  {TEXTS.fee}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ sale, funds, fees }) => (
                <tr key={sale.key}>
                  <td>{formatOsloDateTime(sale.timeMs)}</td>
                  <td className="lines-table__name">
                    <Link {...links.order(ledgerId, sale.reference, sale.pspReference)}>
                      {sale.reference}
                    </Link>
                  </td>
                  <td>{sale.pspReference}</td>
                  <td>{entryTypeLabel(sale.entryType)}</td>
                  <td className="num">
                    <Money minor={sale.gross} currency={sale.currency} />
                  </td>
                  <td className="num">
                    <Money minor={funds.amount} currency={funds.currency} />
                  </td>
                  <td className="num">
                    <Money minor={fees.length > 0 ? fees.reduce((s, f) => s + f.amount, 0) : null} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Wide>
      )}
      <p className="muted small" role="status">
        {TEXTS.shown(rows.length, all)}
      </p>
      {all > rows.length ? (
        <button type="button" className="button button--small" onClick={() => setShown(shown + PAGE_ROWS)}>
          {TEXTS.more(Math.min(PAGE_ROWS, all - rows.length))}
        </button>
      ) : null}
      {payout.unmatchedFunds.length > 0 ? (
        <>
          <h3>{TEXTS.entriesWithoutSale}</h3>
          <LoneFundsTable rows={payout.unmatchedFunds} testId="payout-without-sale" />
        </>
      ) : null}
    </section>
  )
}

/** One payout: the bank statement's text, the dates and sales it covers, and its walk to the øre. */
export function PayoutDetail({
  payout,
  ledgerId,
  onClose,
}: {
  payout: Payout
  ledgerId: string
  onClose: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Opening a payout moves the focus to it, so keyboard and screen-reader users land on what opened.
  useEffect(() => {
    heading.current?.focus()
  }, [])
  const from = payout.dates[0] ?? payout.date
  return (
    <section className="settlement__payout" data-testid="payout-detail" aria-labelledby="payout-heading">
      <div className="settlement__payout-head">
        <h2 id="payout-heading" ref={heading} tabIndex={-1}>
          {payout.bankText}
          {payout.provisional ? <ProvisionalBadge /> : null}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {TEXTS.close}
        </button>
      </div>
      <dl className="settlement__facts">
        <dt>{TEXTS.date}</dt>
        <dd>{formatDateLabel(payout.date)}</dd>
        <dt>{TEXTS.covers}</dt>
        <dd data-testid="payout-covers">{coveredText(payout)}</dd>
        <dt>{TEXTS.sales}</dt>
        <dd>{payout.transactions.length.toLocaleString(currentLocale())}</dd>
      </dl>
      {!payout.coverageKnown ? <p className="notice">{TEXTS.coverage}</p> : null}
      {payout.provisional ? <p className="notice">{TEXTS.provisional}</p> : null}
      <p className="muted">{TEXTS.walkIntro}</p>
      <Walk payout={payout} />
      {!payout.walk.balances ? (
        <p className="problem" role="alert">
          {TEXTS.notBalanced}
        </p>
      ) : null}
      <p>
        <Link
          {...links.explorer({ ledger: ledgerId, period: 'custom', from, to: payout.date })}
          data-testid="payout-to-explorer"
        >
          {TEXTS.toExplorer(formatDateLabel(from), formatDateLabel(payout.date))}
        </Link>
      </p>
      <p className="muted small">{TEXTS.explorerNote}</p>
      <Transactions payout={payout} ledgerId={ledgerId} />
    </section>
  )
}
