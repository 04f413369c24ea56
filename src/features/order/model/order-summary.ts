import type { SaleLine, SaleRow } from '../../../api/sale-row'

export interface NetLine {
  key: string
  name: string
  category: string | null
  vatRate: number | null
  /** Sold minus refunded. */
  quantity: number | null
  gross: number | null
  net: number | null
  vat: number | null
  refunded: boolean
}

export interface NetVatRate {
  /** null: lines without a VAT rate. */
  vatRate: number | null
  base: number
  vat: number
  gross: number
}

export interface OrderSummary {
  events: SaleRow[]
  captured: number
  refunded: number
  /** Gross after refunds, from the events' amounts. */
  netGross: number
  lines: NetLine[]
  vatRates: NetVatRate[]
}

function lineKey(line: SaleLine): string {
  return line.lineId ?? `${line.name}|${line.category ?? ''}|${line.vatRate ?? ''}`
}

const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b)

/**
 * An order's result after its refunds, per line and per VAT rate. Refund rows are already
 * negative (sale-row.ts), so everything here is a plain sum; refunded quantities are subtracted.
 */
export function summariseOrder(rows: readonly SaleRow[]): OrderSummary {
  const events = [...rows].sort((a, b) => a.timeMs - b.timeMs)
  const lines = new Map<string, NetLine>()
  const rates = new Map<number | null, NetVatRate>()
  let captured = 0
  let refunded = 0
  for (const event of events) {
    if (event.isRefund) refunded += event.gross ?? 0
    else captured += event.gross ?? 0
    for (const line of event.lines) {
      const key = lineKey(line)
      const quantity = line.quantity === null ? null : event.isRefund ? -line.quantity : line.quantity
      const existing = lines.get(key)
      if (existing) {
        existing.quantity = add(existing.quantity, quantity)
        existing.gross = add(existing.gross, line.lineTotalGross)
        existing.net = add(existing.net, line.lineTotalNet)
        existing.vat = add(existing.vat, line.vatAmount)
        existing.refunded ||= event.isRefund
      } else {
        lines.set(key, {
          key,
          name: line.name,
          category: line.category,
          vatRate: line.vatRate,
          quantity,
          gross: line.lineTotalGross,
          net: line.lineTotalNet,
          vat: line.vatAmount,
          refunded: event.isRefund,
        })
      }
      const rate = rates.get(line.vatRate) ?? { vatRate: line.vatRate, base: 0, vat: 0, gross: 0 }
      rate.gross += line.lineTotalGross ?? 0
      rate.vat += line.vatAmount ?? 0
      rate.base += line.lineTotalNet ?? (line.lineTotalGross ?? 0) - (line.vatAmount ?? 0)
      rates.set(line.vatRate, rate)
    }
  }
  return {
    events,
    captured,
    refunded,
    netGross: captured + refunded,
    lines: [...lines.values()],
    vatRates: [...rates.values()].sort((a, b) => (b.vatRate ?? -1) - (a.vatRate ?? -1)),
  }
}
