import { addDays, DAY_MS, osloDateOf, osloLocalToUtc, osloOffsetMs } from '../../api/oslo-time'
import type { ReportEntry } from '../../api/report-schemas'
import { entryKindOf } from '../../api/sale-row'
import type { SalesEvent } from '../../api/schemas'
import type { Merchant } from '../catalog'
import { hashSeed, Rng } from '../rng'
import type { ReportKnobs } from './report-knobs'
import {
  captureFees,
  isCorrectionDate,
  isPayoutDate,
  payoutNumberOf,
  planOf,
  vippsnrOf,
} from './settlement-plan'

/**
 * One ledger date of the simulated Report API, built from the sales it settles: a funds row per
 * non-cash capture and refund (same pspReference and amount, signed), capture fees (a few booked on
 * the next date), and at the date's close the fees retained and, on payout dates, the payout (or,
 * after more refunds than sales, the top-up) that brings the balance to zero. Pure: the same sales, opening balance and knobs give the same entries.
 */
export type Draft = Omit<ReportEntry, 'balanceBefore' | 'balanceAfter'> & { timeMs: number }
export type SimEntry = ReportEntry & { timeMs: number }

export interface ReportDay {
  funds: SimEntry[]
  fees: SimEntry[]
  /** When the date closes: its fees are retained and any payout made then; until then it is open. */
  closesAtMs: number
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/** Closing entries are booked at 02:00 the next morning (Oslo), after the last late funds row. */
export const closeTimeOf = (date: string) => osloLocalToUtc(addDays(date, 1), 2 * HOUR)

export interface SettlementTiming {
  fundsTimeMs: number
  feeTimeMs: number
}

/** When a sale is settled: seconds later as a rule, hours later now and then; its fee sometimes the next day. */
export function settlementTiming(seed: string, event: SalesEvent): SettlementTiming {
  const rng = new Rng(hashSeed(seed, 'settle', event.pspReference ?? ''))
  const lag = rng.chance(0.01) ? rng.int(1 * HOUR, 4 * HOUR) : rng.int(2 * SECOND, 90 * SECOND)
  const fundsTimeMs = Date.parse(event.time) + lag
  const feeTimeMs = rng.chance(0.05)
    ? osloLocalToUtc(addDays(osloDateOf(fundsTimeMs), 1), rng.int(5, 55) * MINUTE)
    : fundsTimeMs + SECOND
  return { fundsTimeMs, feeTimeMs }
}

const ledgerDates = new Map<number, string>()

/** The Oslo date of an instant, cached per day: called for every entry of a simulated month. */
function osloDateFast(ms: number): string {
  const day = Math.floor((ms + osloOffsetMs(ms)) / DAY_MS)
  let date = ledgerDates.get(day)
  if (!date) {
    date = osloDateOf(ms)
    ledgerDates.set(day, date)
  }
  return date
}

const entryBase = (merchant: Merchant, timeMs: number) => ({
  time: new Date(timeMs).toISOString(),
  timeMs,
  ledgerDate: osloDateFast(timeMs),
  currency: 'NOK',
  recipientHandle: merchant.recipientHandle,
})

/**
 * The funds rows and fees that the sales events of one date give rise to, each with its own ledger
 * date (the same date, or one or two dates later when settled after midnight or fee-booked next day).
 */
export function settlementsOf(merchant: Merchant, seed: string, sales: readonly SalesEvent[]) {
  const funds: Draft[] = []
  const fees: Draft[] = []
  for (const event of sales) {
    const kind = entryKindOf(event.entryType)
    if (!event.pspReference || kind === 'unknown') continue
    const gross = Math.abs(event.amounts?.gross ?? 0)
    const timing = settlementTiming(seed, event)
    const common = { pspReference: event.pspReference, reference: event.reference }
    funds.push({
      ...entryBase(merchant, timing.fundsTimeMs),
      ...common,
      entryType: kind,
      amount: kind === 'refund' ? -gross : gross,
    })
    if (kind !== 'capture') continue
    for (const amount of captureFees(event.paymentType, gross)) {
      fees.push({ ...entryBase(merchant, timing.feeTimeMs), ...common, entryType: 'capture-fee', amount })
    }
  }
  return { funds, fees }
}

export type Settlements = ReturnType<typeof settlementsOf>

function correctionDraft(merchant: Merchant, date: string, seed: string): Draft {
  const rng = new Rng(hashSeed(seed, 'correction', merchant.ledgerId, date))
  const amount = rng.int(5, 50) * 100 * (rng.chance(0.5) ? 1 : -1)
  return {
    ...entryBase(merchant, osloLocalToUtc(date, 11 * HOUR + rng.int(0, 59) * MINUTE)),
    pspReference: `korr-${rng.hex(12)}`,
    reference: amount > 0 ? 'Korreksjon: for mye trukket gebyr' : 'Korreksjon: for mye avregnet',
    entryType: 'correction',
    amount,
  }
}

function unknownTypeDrafts(merchant: Merchant, date: string, seed: string) {
  const rng = new Rng(hashSeed(seed, 'unknown-types', merchant.ledgerId, date))
  const at = entryBase(merchant, osloLocalToUtc(date, 6 * HOUR))
  const funds: Draft = {
    ...at,
    pspReference: `rsv-${rng.hex(10)}`,
    reference: 'Frigitt reserve',
    entryType: 'reserve-release',
    amount: rng.int(1, 9) * 100,
  }
  const fees: Draft = {
    ...at,
    pspReference: `pf-${rng.hex(10)}`,
    reference: 'Plattformgebyr',
    entryType: 'platform-fee',
    amount: -rng.int(1, 3) * 100,
  }
  return { funds, fees }
}

const byTime = (a: Draft, b: Draft) => a.timeMs - b.timeMs

function withBalances(drafts: readonly Draft[], opening: number): SimEntry[] {
  let balance = opening
  return drafts.map((draft) => {
    const balanceBefore = balance
    balance += draft.amount
    return { ...draft, balanceBefore, balanceAfter: balance }
  })
}

const sum = (drafts: readonly Draft[]) => drafts.reduce((total, d) => total + d.amount, 0)

export interface DayInput {
  merchant: Merchant
  date: string
  seed: string
  knobs: ReportKnobs
  /** What the sales of `date` and the two dates before it settle as (see settlementsOf). */
  settlements: readonly Settlements[]
  /** The funds balance when the date opens (the previous date's closing balance). */
  openingBalance: number
}

export function buildReportDay({
  merchant,
  date,
  seed,
  knobs,
  settlements,
  openingBalance,
}: DayInput): ReportDay {
  const plan = planOf(merchant)
  const funds = settlements.flatMap((s) => s.funds.filter((d) => d.ledgerDate === date))
  const fees = settlements.flatMap((s) => s.fees.filter((d) => d.ledgerDate === date))
  if (isCorrectionDate(plan, date)) funds.push(correctionDraft(merchant, date, seed))
  if (knobs.unknownReportTypes) {
    const odd = unknownTypeDrafts(merchant, date, seed)
    funds.push(odd.funds)
    fees.push(odd.fees)
  }
  funds.sort(byTime)
  fees.sort(byTime)

  const closesAtMs = closeTimeOf(date)
  const closing = entryBase(merchant, closesAtMs)
  // A closing entry belongs to the date it closes, though it is booked after midnight.
  closing.ledgerDate = date
  const feesTotal = sum(fees)
  if (feesTotal !== 0) {
    const retained = { ...closing, pspReference: `${merchant.ledgerId}-G${date.replaceAll('-', '')}` }
    const reference = `Gebyrer ${date}`
    fees.push({ ...retained, reference, entryType: 'fees-retained', amount: -feesTotal })
    funds.push({ ...retained, reference, entryType: 'fees-retained', amount: feesTotal })
  }
  const balance = openingBalance + sum(funds)
  const settle = { ...entryBase(merchant, closesAtMs + SECOND), ledgerDate: date, amount: -balance }
  if (isPayoutDate(plan, date) && balance > 0) {
    const number = payoutNumberOf(plan, date)
    funds.push({
      ...settle,
      pspReference: knobs.legacyPayouts ? String(number) : `${merchant.ledgerId}-${number}`,
      reference: `Vipps utbet. ${number} Vippsnr ${vippsnrOf(merchant)}`,
      entryType: knobs.legacyPayouts ? 'scheduled-for-payout' : 'payout-scheduled',
    })
  } else if (isPayoutDate(plan, date) && balance < 0) {
    // More refunded than sold: the merchant tops up, so every payout date closes at zero (and a
    // date's opening balance never depends on more than the dates since the last payout date).
    funds.push({
      ...settle,
      pspReference: `${merchant.ledgerId}-T${date.replaceAll('-', '')}`,
      reference: 'Innbetaling av negativ saldo',
      entryType: 'top-up',
    })
  }
  return { funds: withBalances(funds, openingBalance), fees: withBalances(fees, 0), closesAtMs }
}
