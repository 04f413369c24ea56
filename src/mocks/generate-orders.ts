import { addDays, isCalendarDate, osloDateOf, osloLocalToUtc } from '../api/oslo-time'
import type { OrderLine, SalesEvent } from '../api/schemas'
import {
  CUSTOMER_NAMES,
  HOSTILE_CUSTOMER_NAMES,
  type Merchant,
  ODD_REFERENCES,
  type Product,
} from './catalog'
import { hashSeed, Rng } from './rng'

export interface GeneratorOptions {
  seed: string
  /** Captures per ordinary weekday for a merchant with volumeShare 1. */
  eventsPerDay: number
  /** How refunds write their amounts: the API docs leave the sign open, so both are simulated. */
  refundSign: 'positive' | 'negative'
  /** Sell the merchant's hostile products and give customers hostile names too. */
  hostile: boolean
}

const DAY_MS = 86_400_000
const MINUTE = 60_000

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
}

const realDate = (date: string) => (isCalendarDate(date) ? date : null)
const dateOfDayNumber = (day: number) =>
  Math.abs(day) < 1e6 ? realDate(new Date(day * DAY_MS).toISOString().slice(0, 10)) : null
const dateOfCompact = (compact: string) =>
  realDate(`${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`)

/**
 * The date an order was captured on, read back from its reference (see reference() below), so a
 * look-up reads a few days instead of the whole history; null when no generated order has it.
 */
export function orderDateOfReference(merchant: Merchant, text: string): string | null {
  if (merchant.solution === 'MPOS') {
    const match = /^(\d{8})-\d{4,}$/.exec(text)
    return match ? dateOfCompact(match[1] as string) : null
  }
  if (merchant.solution === 'VARIABLE_AMOUNT') {
    const match = /^vm-(\d{8})-\d+$/.exec(text)
    return match ? dateOfCompact(match[1] as string) : null
  }
  const orderNumber = /\d{6,}/.exec(text)?.[0]
  return orderNumber ? dateOfDayNumber(Math.floor(Number(orderNumber) / 1000)) : null
}

/** The date of the order a pspReference belongs to (see pspOf below); null when none could have it. */
export function orderDateOfPspReference(text: string): string | null {
  const match = /^(\d+)\d{9}$/.exec(text)
  return match ? dateOfDayNumber(Number(match[1])) : null
}

function randomTimeOfDay(rng: Rng, hourWeights: readonly number[]): number {
  const hours = hourWeights.map((weight, hour) => ({ hour, weight }))
  const { hour } = rng.weighted(hours, (h) => h.weight)
  return hour * 3_600_000 + Math.floor(rng.next() * 3_600_000)
}

function netOf(gross: number, vatRate: number): number {
  return Math.round((gross * 10_000) / (10_000 + vatRate))
}

function makeLine(
  lineId: number,
  product: Product,
  quantity: number,
  discountTotal: number,
  withVat: boolean,
): OrderLine {
  const lineTotalGross = product.price * quantity - discountTotal
  if (!withVat) {
    return {
      lineId: String(lineId),
      name: product.name,
      quantity,
      unitPriceGross: product.price,
      discountTotal,
      lineTotalGross,
      category: product.category,
    }
  }
  const lineTotalNet = netOf(lineTotalGross, product.vatRate)
  return {
    lineId: String(lineId),
    name: product.name,
    quantity,
    unitPriceGross: product.price,
    unitPriceNet: netOf(product.price, product.vatRate),
    discountTotal,
    lineTotalGross,
    lineTotalNet,
    vatRate: product.vatRate,
    vatAmount: lineTotalGross - lineTotalNet,
    category: product.category,
  }
}

function amountsOfLines(lines: readonly OrderLine[], withVat: boolean): NonNullable<SalesEvent['amounts']> {
  const gross = lines.reduce((sum, line) => sum + (line.lineTotalGross ?? 0), 0)
  if (!withVat) return { gross, net: null, vat: null }
  const vat = lines.reduce((sum, line) => sum + (line.vatAmount ?? 0), 0)
  return { gross, net: gross - vat, vat }
}

function pickLines(rng: Rng, merchant: Merchant, withVat: boolean, hostile: boolean): OrderLine[] {
  const products = hostile ? [...merchant.products, ...merchant.hostileProducts] : merchant.products
  const sellable = products.filter((p) => p.weight > 0)
  const count = rng.weighted([1, 2, 3, 4], (n) => [55, 28, 12, 5][n - 1] ?? 1)
  const lines: OrderLine[] = []
  for (let i = 0; i < count; i++) {
    const product = rng.weighted(sellable, (p) => p.weight)
    const quantity = rng.chance(0.8) ? 1 : rng.int(2, 3)
    const discount = rng.chance(0.08) ? Math.round(product.price * quantity * 0.1) : 0
    lines.push(makeLine(i + 1, product, quantity, discount, withVat))
  }
  const shipping = merchant.products.find((p) => p.category === 'Frakt')
  if (shipping && rng.chance(0.6)) lines.push(makeLine(lines.length + 1, shipping, 1, 0, withVat))
  return lines
}

function reference(merchant: Merchant, date: string, seq: number, rng: Rng): string {
  const compactDate = date.replaceAll('-', '')
  if (merchant.solution === 'MPOS') return `${compactDate}-${String(seq).padStart(4, '0')}`
  if (merchant.solution === 'VARIABLE_AMOUNT') return `vm-${compactDate}-${seq}`
  const orderNumber = String(dayNumber(date) * 1000 + seq)
  if (rng.chance(merchant.oddReferenceRate)) return rng.pick(ODD_REFERENCES).replace('%d', orderNumber)
  return orderNumber
}

function customer(rng: Rng, hostile: boolean) {
  const name = rng.pick(hostile ? [...CUSTOMER_NAMES, ...HOSTILE_CUSTOMER_NAMES] : CUSTOMER_NAMES)
  const mailbox =
    name
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')
      .replace(/^\.|\.$/g, '') || 'kunde'
  return { name, email: `${mailbox}@example.no`, phone: `+47${rng.int(40_000_000, 99_999_999)}` }
}

function refundOf(
  capture: SalesEvent,
  lines: OrderLine[] | null,
  gross: number,
  withVat: boolean,
  timeMs: number,
  pspReference: string | null,
  sign: 1 | -1,
): SalesEvent {
  const amounts = lines ? amountsOfLines(lines, withVat) : { gross, net: null, vat: null }
  const flip = (n: number | null | undefined) => (n === null || n === undefined ? n : sign * n)
  return {
    ...capture,
    entryType: 'refund',
    time: new Date(timeMs).toISOString(),
    pspReference,
    amounts: { gross: flip(amounts.gross), net: flip(amounts.net), vat: flip(amounts.vat) },
    lines:
      lines?.map((line) => ({
        ...line,
        lineTotalGross: flip(line.lineTotalGross),
        lineTotalNet: flip(line.lineTotalNet),
        vatAmount: flip(line.vatAmount),
      })) ?? null,
  }
}

/**
 * The captures made on one Oslo date by one merchant, plus the refunds they later get (which may
 * fall on later dates). Deterministic: the same seed, merchant and date give the same events.
 */
export function generateOrdersOfDay(
  merchant: Merchant,
  date: string,
  options: GeneratorOptions,
): SalesEvent[] {
  const rng = new Rng(hashSeed(options.seed, merchant.ledgerId, date))
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
  const expected = options.eventsPerDay * merchant.volumeShare * (merchant.weekdayFactor[weekday] ?? 1)
  const count = Math.max(0, Math.round(expected * (0.85 + 0.3 * rng.next())))
  const refundSign: 1 | -1 = options.refundSign === 'negative' ? -1 : 1
  const day = dayNumber(date)
  const pspOf = (n: number) => `${day}${String(n).padStart(7, '0')}${merchant.ledgerId.slice(-2)}`
  const events: SalesEvent[] = []

  for (let seq = 1; seq <= count; seq++) {
    const timeMs = osloLocalToUtc(date, randomTimeOfDay(rng, merchant.hourWeights))
    const paymentType = rng.weighted(merchant.paymentTypes, (p) => p.weight).type
    const isVariable = merchant.solution === 'VARIABLE_AMOUNT'
    const withLines = !isVariable && !rng.chance(merchant.noLinesRate)
    const withVat = withLines && !rng.chance(merchant.noVatBreakdownRate)
    const salesCategory = isVariable ? rng.weighted(merchant.salesCategories, (c) => c.weight) : null
    let lines: OrderLine[] | null = null
    let amounts: NonNullable<SalesEvent['amounts']>
    if (withLines) {
      lines = pickLines(rng, merchant, withVat, options.hostile)
      amounts = amountsOfLines(lines, withVat)
      const first = lines[0]
      if (merchant.solution === 'SHOPPING_BASKET' && first && rng.chance(0.005)) {
        // A merchant-typed line total that disagrees with unit price × quantity: a data-quality flag.
        first.discountTotal = (first.discountTotal ?? 0) + 100
      }
    } else if (salesCategory) {
      amounts = {
        gross: rng.int(salesCategory.minAmount / 100, salesCategory.maxAmount / 100) * 100,
        net: null,
        vat: null,
      }
    } else {
      amounts = { gross: rng.int(30, 400) * 100, net: null, vat: null }
    }
    const buyer = rng.chance(merchant.customerRate) ? customer(rng, options.hostile) : null
    const capture: SalesEvent = {
      entryType: 'capture',
      time: new Date(timeMs).toISOString(),
      pspReference: paymentType === 'CASH' ? null : pspOf(seq * 4),
      reference: reference(merchant, date, seq, rng),
      currency: 'NOK',
      paymentType,
      amounts,
      lines,
      customer: buyer,
      classification: { solution: merchant.solution, salesCategory: salesCategory?.name ?? null },
      completeness: {
        hasLineItems: withLines,
        hasVatBreakdown: withVat,
        hasCustomerIdentity: buyer !== null,
      },
    }
    events.push(capture)

    if (!rng.chance(merchant.refundRate)) continue
    const refundPsp = (k: number) => (paymentType === 'CASH' ? null : pspOf(seq * 4 + k))
    // Refunds happen during opening hours, the same day or up to six days later.
    let refundTime = osloLocalToUtc(addDays(date, rng.int(0, 6)), randomTimeOfDay(rng, merchant.hourWeights))
    if (refundTime <= timeMs) refundTime = timeMs + rng.int(5, 120) * MINUTE
    const gross = amounts.gross ?? 0
    if (rng.chance(0.5) || (lines && lines.length === 1 && (lines[0]?.quantity ?? 1) === 1)) {
      events.push(refundOf(capture, lines, gross, withVat, refundTime, refundPsp(1), refundSign))
      continue
    }
    if (!lines) {
      const part = Math.round((gross * rng.int(20, 60)) / 10_000) * 100
      events.push(refundOf(capture, null, part, false, refundTime, refundPsp(1), refundSign))
      continue
    }
    // Partial refunds: first one line (or one unit of it), sometimes another line later.
    for (const [k, line] of lines.slice(0, rng.chance(0.25) ? 2 : 1).entries()) {
      const quantity = line.quantity ?? 1
      const product = [...merchant.products, ...merchant.hostileProducts].find((p) => p.name === line.name)
      const refunded =
        quantity > 1 && product && !line.discountTotal
          ? makeLine(Number(line.lineId), product, 1, 0, withVat)
          : line
      events.push(refundOf(capture, [refunded], 0, withVat, refundTime, refundPsp(k + 1), refundSign))
      refundTime += rng.int(30, 60 * 24) * MINUTE
    }
  }
  return events
}

export function eventDate(event: SalesEvent): string {
  return osloDateOf(Date.parse(event.time))
}
