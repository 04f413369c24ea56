import type { SaleRow } from '../../api/sale-row'
import type { VatPart } from './day-summary'

/**
 * STOPGAP until sale rows carry `parts` (src/api/sale-row.ts, being built): a row's VAT parts from
 * its lines where they reconcile with the row (every line has a rate, a line total and a VAT
 * amount; the line totals add up to the row's gross and the line VAT to its VAT), otherwise one
 * part of unknown rate with the row's own amounts. When `row.parts` lands, pass
 * `(row) => row.parts` to daySummaries and delete this file.
 */
export function interimPartsOf(row: SaleRow): VatPart[] {
  const { gross, net, vat, lines } = row
  if (gross === null) return []
  const whole: VatPart[] = [{ rate: null, gross, net, vat }]
  if (!row.hasVatBreakdown || lines.length === 0 || vat === null) return whole
  const byRate = new Map<number, { gross: number; vat: number }>()
  let lineGross = 0
  let lineVat = 0
  for (const line of lines) {
    if (line.vatRate === null || line.lineTotalGross === null || line.vatAmount === null) return whole
    const part = byRate.get(line.vatRate) ?? { gross: 0, vat: 0 }
    part.gross += line.lineTotalGross
    part.vat += line.vatAmount
    byRate.set(line.vatRate, part)
    lineGross += line.lineTotalGross
    lineVat += line.vatAmount
  }
  if (lineGross !== gross || lineVat !== vat) return whole
  return [...byRate].map(([rate, part]) => ({
    rate,
    gross: part.gross,
    vat: part.vat,
    net: part.gross - part.vat,
  }))
}
