import { formatVatRate } from '../../api/money'
import type { SaleRow } from '../../api/sale-row'
import { defineText } from '../i18n/language'
import { Fact, LineCard } from './LineCard'
import { Money } from './Money'
import { usePhone } from './use-media-query'

const TEXT = defineText('ui.OrderLines', {
  hasLines: 'Varelinjer oppgitt',
  noLines: 'Ingen varelinjer oppgitt',
  hasVat: 'MVA spesifisert',
  noVat: 'Ingen mva-spesifikasjon',
  customer: 'Kunde kjent',
  noCustomer: 'Kunde ikke oppgitt',
  category: (category: string) => `Salgskategori: ${category}. `,
  saleNoLines: 'Salget har ingen varelinjer.',
  item: 'Vare',
  lineCategory: 'Kategori',
  quantity: 'Antall',
  unitGrossHint: 'Enhetspris brutto',
  unitGross: 'Pris brutto',
  unitNetHint: 'Enhetspris netto (før rabatt)',
  unitNet: 'Pris netto',
  discount: 'Rabatt',
  sumGrossHint: 'Linjesum brutto (etter rabatt)',
  sumGross: 'Sum brutto',
  sumNetHint: 'Linjesum netto (etter rabatt)',
  sumNet: 'Sum netto',
  rate: 'Sats',
  vat: 'MVA',
  unnamed: '(uten navn)',
  sumLines: 'Sum linjer',
  lines: 'Varelinjer',
  quantityName: (quantity: number | null, name: string) =>
    quantity === null ? name : `${quantity} × ${name}`,
  dataQuality: 'Datakvalitet',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.OrderLines': typeof TEXT
  }
}

function sum(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0)
}

/** An event's order lines with their sums, completeness and any data-quality problems. */
export function OrderLines({ row }: { row: SaleRow }) {
  const { lines, currency } = row
  // A phone has no room for ten columns: each line is a small card with every figure, labelled.
  const phone = usePhone()
  return (
    <div className="order-lines">
      <ul className="flags" aria-label={TEXT.dataQuality}>
        <li data-ok={row.hasLines}>{row.hasLines ? TEXT.hasLines : TEXT.noLines}</li>
        <li data-ok={row.hasVatBreakdown}>{row.hasVatBreakdown ? TEXT.hasVat : TEXT.noVat}</li>
        <li data-ok={row.customer !== null}>{row.customer ? TEXT.customer : TEXT.noCustomer}</li>
        {row.issues.map((issue) => (
          <li key={issue} data-ok="false" className="flags__issue" role="note">
            ⚠ {issue}
          </li>
        ))}
      </ul>
      {lines.length > 0 && phone ? (
        <PhoneLineList row={row} />
      ) : lines.length === 0 ? (
        <p className="muted">
          {row.salesCategory ? TEXT.category(row.salesCategory) : ''}
          {TEXT.saleNoLines}
        </p>
      ) : (
        <table className="lines-table">
          <thead>
            <tr>
              <th>{TEXT.item}</th>
              <th>{TEXT.lineCategory}</th>
              <th className="num">{TEXT.quantity}</th>
              <th className="num" title={TEXT.unitGrossHint}>
                {TEXT.unitGross}
              </th>
              <th className="num" title={TEXT.unitNetHint}>
                {TEXT.unitNet}
              </th>
              <th className="num">{TEXT.discount}</th>
              <th className="num" title={TEXT.sumGrossHint}>
                {TEXT.sumGross}
              </th>
              <th className="num" title={TEXT.sumNetHint}>
                {TEXT.sumNet}
              </th>
              <th className="num">{TEXT.rate}</th>
              <th className="num">{TEXT.vat}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={line.lineId ?? index}>
                <td className="lines-table__name" title={line.name}>
                  {line.name || <span className="muted">{TEXT.unnamed}</span>}
                </td>
                <td>{line.category ?? <span className="muted">–</span>}</td>
                <td className="num">{line.quantity ?? '–'}</td>
                <td className="num">
                  <Money minor={line.unitPriceGross} currency={currency} />
                </td>
                <td className="num">
                  <Money minor={line.unitPriceNet} currency={currency} />
                </td>
                <td className="num">
                  <Money minor={line.discountTotal} currency={currency} />
                </td>
                <td className="num">
                  <Money minor={line.lineTotalGross} currency={currency} />
                </td>
                <td className="num">
                  <Money minor={line.lineTotalNet} currency={currency} />
                </td>
                <td className="num">{line.vatRate === null ? '–' : formatVatRate(line.vatRate)}</td>
                <td className="num">
                  <Money minor={line.vatAmount} currency={currency} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={6}>{TEXT.sumLines}</th>
              <td className="num">
                <Money minor={sum(lines.map((l) => l.lineTotalGross))} currency={currency} />
              </td>
              <td className="num">
                <Money minor={sum(lines.map((l) => l.lineTotalNet))} currency={currency} />
              </td>
              <td />
              <td className="num">
                <Money minor={sum(lines.map((l) => l.vatAmount))} currency={currency} />
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  )
}

/** The order lines on a phone: each line its name, sum and every other figure, then the sums. */
function PhoneLineList({ row }: { row: SaleRow }) {
  const { lines, currency } = row
  const dash = <span className="muted">–</span>
  return (
    <>
      <ul className="line-list" aria-label={TEXT.lines}>
        {lines.map((line, index) => (
          <LineCard
            key={line.lineId ?? index}
            name={TEXT.quantityName(line.quantity, line.name || TEXT.unnamed)}
            amount={line.lineTotalGross}
            currency={currency}
          >
            <Fact label={TEXT.lineCategory}>{line.category ?? dash}</Fact>
            <Fact label={TEXT.unitGross}>
              <Money minor={line.unitPriceGross} currency={currency} />
            </Fact>
            <Fact label={TEXT.unitNet}>
              <Money minor={line.unitPriceNet} currency={currency} />
            </Fact>
            <Fact label={TEXT.discount}>
              <Money minor={line.discountTotal} currency={currency} />
            </Fact>
            <Fact label={TEXT.sumNet}>
              <Money minor={line.lineTotalNet} currency={currency} />
            </Fact>
            <Fact label={TEXT.rate}>{line.vatRate === null ? dash : formatVatRate(line.vatRate)}</Fact>
            <Fact label={TEXT.vat}>
              <Money minor={line.vatAmount} currency={currency} />
            </Fact>
          </LineCard>
        ))}
      </ul>
      <dl className="line-list__sums">
        <Fact label={TEXT.sumLines}>
          <Money minor={sum(lines.map((l) => l.lineTotalGross))} currency={currency} />
        </Fact>
        <Fact label={TEXT.sumNet}>
          <Money minor={sum(lines.map((l) => l.lineTotalNet))} currency={currency} />
        </Fact>
        <Fact label={TEXT.vat}>
          <Money minor={sum(lines.map((l) => l.vatAmount))} currency={currency} />
        </Fact>
      </dl>
    </>
  )
}
