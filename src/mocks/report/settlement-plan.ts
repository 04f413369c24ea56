import { DAY_MS } from '../../api/oslo-time'
import type { Merchant } from '../catalog'

/**
 * How the simulator settles each demo merchant: how often it pays out, the payout numbers, and
 * the fees. Payout dates, numbers and correction dates are anchored to the calendar, not to "now",
 * so a closed date never changes as the demo clock moves on.
 */
export interface SettlementPlan {
  /** A payout on every date whose day number is divisible by this (1 = daily). */
  payoutEveryDays: number
  payoutNumberBase: number
  /** One correction every CORRECTION_EVERY_DAYS days, on day numbers ≡ this. */
  correctionPhase: number
}

export const CORRECTION_EVERY_DAYS = 28

const PLANS: ReadonlyMap<string, SettlementPlan> = new Map([
  // The café: daily payouts. The web shop: every third day. The sports club: weekly.
  ['302321', { payoutEveryDays: 1, payoutNumberBase: 2_000_000, correctionPhase: 5 }],
  ['302322', { payoutEveryDays: 3, payoutNumberBase: 2_100_000, correctionPhase: 12 }],
  ['302323', { payoutEveryDays: 7, payoutNumberBase: 2_200_000, correctionPhase: 19 }],
])

const DEFAULT_PLAN: SettlementPlan = { payoutEveryDays: 1, payoutNumberBase: 2_300_000, correctionPhase: 0 }

/** Percentage fee per payment type, in basis points; card payments also pay a fixed fee. */
const FEE_BPS: ReadonlyMap<string, number> = new Map([
  ['CARD', 139],
  ['WALLET', 175],
])
const OTHER_FEE_BPS = 200
export const CARD_FIXED_FEE = 50

export const planOf = (merchant: Merchant): SettlementPlan => PLANS.get(merchant.ledgerId) ?? DEFAULT_PLAN

export const dayNumberOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)

export const isPayoutDate = (plan: SettlementPlan, date: string) =>
  dayNumberOf(date) % plan.payoutEveryDays === 0

/** Counts payout dates from day 20 000 (2024-10-04), so numbers stay seven digits for decades. */
export const payoutNumberOf = (plan: SettlementPlan, date: string) =>
  plan.payoutNumberBase + Math.floor((dayNumberOf(date) - 20_000) / plan.payoutEveryDays)

export const isCorrectionDate = (plan: SettlementPlan, date: string) =>
  dayNumberOf(date) % CORRECTION_EVERY_DAYS === plan.correctionPhase

/** The capture fees of a payment, as negative øre: a percentage, and for cards a fixed fee. */
export function captureFees(paymentType: string | null | undefined, gross: number): number[] {
  const bps = FEE_BPS.get(paymentType ?? '') ?? OTHER_FEE_BPS
  const percentage = -Math.round((Math.abs(gross) * bps) / 10_000)
  return paymentType === 'CARD' ? [percentage, -CARD_FIXED_FEE] : [percentage]
}

/** The Vippsnummer / sales unit number a payout reference names: `NO:123455` → `123455`. */
export const vippsnrOf = (merchant: Merchant) => merchant.recipientHandle.replace(/^[A-Z]{2}:/, '')
