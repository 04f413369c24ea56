import { formatVatRate } from '../../api/money'
import type { SaleRow } from '../../api/sale-row'
import { Money } from './Money'

function sum(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0)
}

/** An event's order lines with their sums, completeness and any data-quality problems. */
export function OrderLines({ row }: { row: SaleRow }) {
  const { lines, currency } = row
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
      {lines.length === 0 ? (
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
