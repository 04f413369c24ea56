import type { OrderLine, SalesEvent } from '../api/schemas'

/** A small seeded PRNG (mulberry32): the same seed gives the same events, so a failure replays. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)] as T
  const chance = (p: number) => next() < p
  return { next, int, pick, chance }
}

type Random = ReturnType<typeof seededRandom>

const RATES = [2500, 1500, 1200, 0]
const CATEGORIES = ['Kaffe', 'Bakst', 'Klær', null]
const DAY = '2026-11-20'

function randomLine(random: Random, withVat: boolean): OrderLine {
  const quantity = random.int(1, 3)
  const unit = random.int(1, 2000) * 10
  const discount = random.chance(0.2) ? Math.min(unit * quantity - 10, random.int(1, 50) * 10) : 0
  const gross = unit * quantity - discount
  const rate = random.pick(RATES)
  const vat = Math.round((gross * rate) / (10_000 + rate))
  return {
    lineId: String(random.int(1, 9999)),
    name: `Vare ${random.int(1, 50)}`,
    quantity,
    unitPriceGross: unit,
    discountTotal: discount,
    lineTotalGross: gross,
    lineTotalNet: withVat ? gross - vat : null,
    vatRate: withVat ? rate : null,
    vatAmount: withVat ? vat : null,
    category: random.pick(CATEGORIES),
  }
}

/** The ways real data can go wrong (all within the public docs), each with its own chance. */
const FLAWS = [
  'line-gross-off',
  'line-vat-off',
  'line-net-missing',
  'no-amounts',
  'gross-missing',
  'gross-not-net-plus-vat',
  'completeness-says-no-vat',
  'unknown-type',
] as const
export type Flaw = (typeof FLAWS)[number]

function withFlaw(random: Random, event: SalesEvent, flaw: Flaw): SalesEvent {
  const lines = event.lines ?? []
  const first = lines[0]
  const amounts = event.amounts ?? { gross: null, net: null, vat: null }
  switch (flaw) {
    case 'line-gross-off':
      if (first) first.lineTotalGross = (first.lineTotalGross ?? 0) + random.int(1, 500)
      return event
    case 'line-vat-off':
      if (first && first.vatAmount !== null) first.vatAmount = (first.vatAmount ?? 0) + random.int(1, 50)
      return event
    case 'line-net-missing':
      if (first) first.lineTotalNet = null
      return event
    case 'no-amounts':
      return { ...event, amounts: null }
    case 'gross-missing':
      return { ...event, amounts: { ...amounts, gross: null } }
    case 'gross-not-net-plus-vat':
      return { ...event, amounts: { ...amounts, gross: (amounts.gross ?? 0) + random.int(1, 99) } }
    case 'completeness-says-no-vat':
      return { ...event, completeness: { ...event.completeness, hasVatBreakdown: false } }
    case 'unknown-type':
      return { ...event, entryType: random.pick(['chargeback', 'adjustment', 'Capture-Reversal']) }
  }
}

/**
 * Random events of one day, consistent and not: lines that reconcile with the amounts or not,
 * with and without VAT, refunds written positive or negative, missing amounts, unknown types.
 */
export function randomEvents(seed: number, count: number, flawRate = 0.35): SalesEvent[] {
  const random = seededRandom(seed)
  const events: SalesEvent[] = []
  for (let i = 0; i < count; i++) {
    const solution = random.pick(['MPOS', 'SHOPPING_BASKET', 'VARIABLE_AMOUNT'])
    const withLines = solution !== 'VARIABLE_AMOUNT' && random.chance(0.85)
    const withVat = withLines && random.chance(0.8)
    const lines = withLines
      ? Array.from({ length: random.int(1, 4) }, () => randomLine(random, withVat))
      : null
    const gross = lines ? lines.reduce((s, l) => s + (l.lineTotalGross ?? 0), 0) : random.int(1, 5000) * 10
    const vat = withVat && lines ? lines.reduce((s, l) => s + (l.vatAmount ?? 0), 0) : null
    const isRefund = random.chance(0.2)
    const sign = isRefund && random.chance(0.5) ? -1 : 1
    const flip = (value: number | null) => (value === null ? null : sign * value)
    const reference = `R${random.int(1, Math.max(2, Math.floor(count / 3)))}`
    let event: SalesEvent = {
      entryType: isRefund ? 'refund' : 'capture',
      time: new Date(Date.parse(`${DAY}T00:00:00+01:00`) + random.int(-3600, 26 * 3600) * 1000).toISOString(),
      pspReference: random.chance(0.1) ? null : `psp-${seed}-${i}`,
      reference,
      currency: 'NOK',
      paymentType: random.pick(['CARD', 'CASH', 'WALLET', 'GIFTCARD']),
      amounts: { gross: flip(gross), net: vat === null ? null : flip(gross - vat), vat: flip(vat) },
      lines:
        lines?.map((l) => ({
          ...l,
          lineTotalGross: flip(l.lineTotalGross ?? null),
          lineTotalNet: flip(l.lineTotalNet ?? null),
          vatAmount: flip(l.vatAmount ?? null),
        })) ?? null,
      customer: null,
      classification: {
        solution,
        salesCategory: withLines ? null : random.pick(['Kiosk', 'Dugnad', null]),
      },
      completeness: { hasLineItems: withLines, hasVatBreakdown: withVat, hasCustomerIdentity: false },
    }
    if (random.chance(flawRate)) event = withFlaw(random, event, random.pick(FLAWS))
    events.push(event)
  }
  return events
}

export const RANDOM_EVENTS_DAY = DAY
