import { countsInTotals } from '../../../api/money-parts'
import type { SaleLine, SaleRow } from '../../../api/sale-row'
import { type Totals, totalsOf } from '../../../shared/filters/totals'
import { sumByKey } from '../../../shared/view/money-groups'
import { emptySum, type MoneySum } from '../../../shared/view/money-sum'

/** Nothing refunded, some, all of it, or a refund whose size is unknown (no quantity, no amount). */
export type RefundState = 'none' | 'partial' | 'full' | 'unknown'

export interface NetLine {
  key: string
  name: string
  category: string | null
  vatRate: number | null
  /** Sold minus refunded. */
  quantity: number | null
  /** From the line amounts the sums use; null when an event's lines were not split (see notSplit). */
  gross: number | null
  net: number | null
  vat: number | null
  /** Nothing, some, or everything of what was sold on this line was refunded. */
  refunded: RefundState
}

export interface NetVatRate {
  /** null: VAT without a known rate. */
  vatRate: number | null
  sum: MoneySum
}

export interface OrderSummary {
  events: SaleRow[]
  /** Sums of the events' money parts: what was paid, refunded, and the result. */
  totals: Totals
  lines: NetLine[]
  vatRates: NetVatRate[]
  /** Events without a VAT breakdown: only their gross is known. */
  withoutBreakdown: MoneySum
  /** Summed events whose lines do not reconcile with their amounts (line figures not used). */
  notSplit: number
}

function lineKey(line: SaleLine): string {
  return line.lineId ?? `${line.name}|${line.category ?? ''}|${line.vatRate ?? ''}`
}

const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b)

function refundState(line: NetLine, anyRefund: boolean): RefundState {
  if (!anyRefund) return 'none'
  const left = line.quantity ?? line.gross
  if (left === null) return 'unknown'
  return left <= 0 ? 'full' : 'partial'
}

/**
 * An order's result after its refunds, per line and per VAT rate, from the events' money parts
 * (refund parts are already negative). Events of an unknown type are listed but not summed.
 */
export function summariseOrder(rows: readonly SaleRow[]): OrderSummary {
  const events = [...rows].sort((a, b) => a.timeMs - b.timeMs)
  const lines = new Map<string, NetLine>()
  const refundedKeys = new Set<string>()
  let notSplit = 0
  for (const event of events) {
    if (!countsInTotals(event)) continue
    const split = event.parts[0]?.lineIndex !== null
    if (!split && event.lines.length > 0) notSplit++
    for (const [index, line] of event.lines.entries()) {
      const part = split ? event.parts[index] : undefined
      const gross = part ? part.gross : null
      const net = part ? part.net : null
      const vat = part ? part.vat : null
      const quantity = line.quantity === null ? null : event.isRefund ? -line.quantity : line.quantity
      const key = lineKey(line)
      const existing = lines.get(key)
      if (existing) {
        existing.quantity = add(existing.quantity, quantity)
        existing.gross = add(existing.gross, gross)
        existing.net = add(existing.net, net)
        existing.vat = add(existing.vat, vat)
      } else {
        lines.set(key, {
          key,
          name: line.name,
          category: line.category,
          vatRate: line.vatRate,
          quantity,
          gross,
          net,
          vat,
          refunded: 'none',
        })
      }
      if (event.isRefund) refundedKeys.add(key)
    }
  }
  const netLines = [...lines.values()].map((line) => ({
    ...line,
    refunded: refundState(line, refundedKeys.has(line.key)),
  }))
  const byRate = sumByKey(events, (part) => (part.net === null || part.vat === null ? 'none' : part.vatRate))
  const vatRates: NetVatRate[] = []
  let withoutBreakdown = emptySum()
  for (const [key, sums] of byRate) {
    if (key === 'none') withoutBreakdown = sums.all
    else vatRates.push({ vatRate: key, sum: sums.all })
  }
  vatRates.sort((a, b) => (b.vatRate ?? -1) - (a.vatRate ?? -1))
  return { events, totals: totalsOf(events), lines: netLines, vatRates, withoutBreakdown, notSplit }
}
