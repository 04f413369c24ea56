import { formatVatRate } from '../../api/money'
import type { SaleRow } from '../../api/sale-row'
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
          <li key={line.lineId ?? index} className="line-list__item">
            <div className="line-list__head">
              <span className="line-list__name">
                {TEXT.quantity(line.quantity, line.name || TEXT.unnamed)}
              </span>
              <Money minor={line.lineTotalGross} currency={currency} />
            </div>
            <dl className="line-list__facts">
              <dt>{TEXT.category}</dt>
              <dd>{line.category ?? dash}</dd>
              <dt>{TEXT.unitGross}</dt>
              <dd>
                <Money minor={line.unitPriceGross} currency={currency} />
              </dd>
              <dt>{TEXT.unitNet}</dt>
              <dd>
                <Money minor={line.unitPriceNet} currency={currency} />
              </dd>
              <dt>{TEXT.discount}</dt>
              <dd>
                <Money minor={line.discountTotal} currency={currency} />
              </dd>
              <dt>{TEXT.totalNet}</dt>
              <dd>
                <Money minor={line.lineTotalNet} currency={currency} />
              </dd>
              <dt>{TEXT.rate}</dt>
              <dd>{line.vatRate === null ? dash : formatVatRate(line.vatRate)}</dd>
              <dt>{TEXT.vat}</dt>
              <dd>
                <Money minor={line.vatAmount} currency={currency} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <dl className="line-list__sums">
        <dt>{TEXT.sumLines}</dt>
        <dd>
          <Money minor={sum(lines.map((l) => l.lineTotalGross))} currency={currency} />
        </dd>
        <dt>{TEXT.totalNet}</dt>
        <dd>
          <Money minor={sum(lines.map((l) => l.lineTotalNet))} currency={currency} />
        </dd>
        <dt>{TEXT.vat}</dt>
        <dd>
          <Money minor={sum(lines.map((l) => l.vatAmount))} currency={currency} />
        </dd>
      </dl>
    </>
  )
}
