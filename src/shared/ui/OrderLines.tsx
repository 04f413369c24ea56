import { formatVatRate } from '../../api/money'
import type { SaleRow } from '../../api/sale-row'
import { Fact, LineCard } from './LineCard'
import { Money } from './Money'
import { usePhone } from './use-media-query'

const TEXT = {
  lines: 'Varelinjer',
  unnamed: '(uten navn)',
  quantity: (quantity: number | null, name: string) => (quantity === null ? name : `${quantity} × ${name}`),
  category: 'Kategori',
  unitGross: 'Pris brutto',
  unitNet: 'Pris netto',
  discount: 'Rabatt',
  totalNet: 'Sum netto',
  rate: 'Sats',
  vat: 'MVA',
  sumLines: 'Sum linjer',
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
      <ul className="flags" aria-label="Datakvalitet">
        <li data-ok={row.hasLines}>{row.hasLines ? 'Varelinjer oppgitt' : 'Ingen varelinjer oppgitt'}</li>
        <li data-ok={row.hasVatBreakdown}>
          {row.hasVatBreakdown ? 'MVA spesifisert' : 'Ingen mva-spesifikasjon'}
        </li>
        <li data-ok={row.customer !== null}>{row.customer ? 'Kunde kjent' : 'Kunde ikke oppgitt'}</li>
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
          {row.salesCategory ? `Salgskategori: ${row.salesCategory}. ` : ''}Salget har ingen varelinjer.
        </p>
      ) : (
        <table className="lines-table">
          <thead>
            <tr>
              <th>Vare</th>
              <th>Kategori</th>
              <th className="num">Antall</th>
              <th className="num" title="Enhetspris brutto">
                Pris brutto
              </th>
              <th className="num" title="Enhetspris netto (før rabatt)">
                Pris netto
              </th>
              <th className="num">Rabatt</th>
              <th className="num" title="Linjesum brutto (etter rabatt)">
                Sum brutto
              </th>
              <th className="num" title="Linjesum netto (etter rabatt)">
                Sum netto
              </th>
              <th className="num">Sats</th>
              <th className="num">MVA</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={line.lineId ?? index}>
                <td className="lines-table__name" title={line.name}>
                  {line.name || <span className="muted">(uten navn)</span>}
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
              <th colSpan={6}>Sum linjer</th>
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
            name={TEXT.quantity(line.quantity, line.name || TEXT.unnamed)}
            amount={line.lineTotalGross}
            currency={currency}
          >
            <Fact label={TEXT.category}>{line.category ?? dash}</Fact>
            <Fact label={TEXT.unitGross}>
              <Money minor={line.unitPriceGross} currency={currency} />
            </Fact>
            <Fact label={TEXT.unitNet}>
              <Money minor={line.unitPriceNet} currency={currency} />
            </Fact>
            <Fact label={TEXT.discount}>
              <Money minor={line.discountTotal} currency={currency} />
            </Fact>
            <Fact label={TEXT.totalNet}>
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
        <Fact label={TEXT.totalNet}>
          <Money minor={sum(lines.map((l) => l.lineTotalNet))} currency={currency} />
        </Fact>
        <Fact label={TEXT.vat}>
          <Money minor={sum(lines.map((l) => l.vatAmount))} currency={currency} />
        </Fact>
      </dl>
    </>
  )
}
