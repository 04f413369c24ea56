import { defineText, norwegian } from '../../../shared/i18n/language'
import type { FeeUnmatchedReason, FundsUnmatchedReason, SaleUnmatchedReason } from './join'
import type { SettlementStatus } from './reconcile'

/**
 * Why a row stands alone, in plain words: for the day view, the order page (in the page's language)
 * and the export (always Norwegian, through `norwegian(...)`).
 * A reason that points to a discrepancy (`discrepancy: true`) is a failed check, never routine.
 */
export interface ReasonText {
  text: string
  discrepancy: boolean
}

export const SALE_REASONS: Record<SaleUnmatchedReason, ReasonText> = defineText('settlement.saleReasons', {
  cash: { text: 'Kontantsalg – går ikke gjennom Vipps MobilePay', discrepancy: false },
  'not-yet-settled': { text: 'Ikke avregnet ennå – datoen er fortsatt åpen', discrepancy: false },
  'settlement-outside-period': {
    text: 'Avregnes på en dato som ikke er lastet (etter perioden)',
    discrepancy: false,
  },
  'unknown-type': { text: 'Ukjent type – ikke et salg, ikke med i summene', discrepancy: false },
  invalid: { text: 'Kunne ikke leses – ikke med i summene', discrepancy: false },
  'no-funds-row': {
    text: 'Mangler i oppgjøret: datoene er lukket, men salget er ikke avregnet',
    discrepancy: true,
  },
})

export const FUNDS_REASONS: Record<FundsUnmatchedReason, ReasonText> = defineText('settlement.fundsReasons', {
  correction: { text: 'Korreksjon fra Vipps MobilePay', discrepancy: false },
  'before-data-floor': {
    text: 'Salg fra før Salgs-API-ets eldste data – salget finnes ikke der',
    discrepancy: false,
  },
  'sale-outside-period': {
    text: 'Salget er på en dato som ikke er lastet (før perioden)',
    discrepancy: false,
  },
  'unknown-type': { text: 'Ukjent posttype – regnet med etter beløpet', discrepancy: false },
  'other-entry-type': {
    text: 'Annen post: innbetaling, kreditnota, tvist eller stoppet utbetaling',
    discrepancy: false,
  },
  'sale-unreadable': {
    text: 'Salget finnes, men kunne ikke leses eller har ukjent type',
    discrepancy: false,
  },
  duplicate: { text: 'Avregnet to ganger: samme pspReference er allerede avstemt', discrepancy: true },
  'no-sale': { text: 'Mangler i salgene: datoene er lastet, men salget finnes ikke', discrepancy: true },
})

export const FEE_REASONS: Record<FeeUnmatchedReason, ReasonText> = defineText('settlement.feeReasons', {
  'capture-outside-period': {
    text: 'Gebyr for et salg som er avregnet på en dato som ikke er lastet',
    discrepancy: false,
  },
  'no-capture': { text: 'Gebyr uten avregnet salg, selv om datoene er lastet', discrepancy: true },
})

/** A sale's settlement in a word or two (the export's status column, the order page). */
export const STATUS_TEXTS: Record<SettlementStatus, string> = defineText('settlement.statusTexts', {
  settled: 'avregnet',
  cash: 'kontant',
  'not-yet-settled': 'ikke avregnet ennå',
  'settlement-outside-period': 'avregning ikke lastet',
  'unknown-type': 'ukjent type',
  invalid: 'kunne ikke leses',
  'no-funds-row': 'mangler i oppgjøret',
})

/** Funds entry types in Norwegian; an unknown type is shown as it is. */
const FUNDS_KIND_TEXTS: Record<string, string> = defineText('settlement.fundsKinds', {
  capture: 'Salg',
  refund: 'Refusjon',
  'fees-retained': 'Gebyrer trukket',
  'payout-scheduled': 'Utbetaling',
  'payout-aborted': 'Stoppet utbetaling',
  'retained-disputed-capture': 'Holdt tilbake (tvist)',
  'returned-disputed-capture': 'Tilbakeført (tvist)',
  correction: 'Korreksjon',
  'top-up': 'Innbetaling',
  'credit-note': 'Kreditnota',
  'capture-fee': 'Transaksjonsgebyr',
  'fees-invoiced': 'Gebyrer fakturert',
  'service-fee': 'Tjenestegebyr',
})

const UNKNOWN_TYPE = defineText('settlement.unknownType', {
  text: (entryType: string) => `Ukjent: «${entryType}»`,
})

/** An entry type in the page's language, or always Norwegian (the export). */
export const reportTypeText = (kind: string, entryType: string, inNorwegian = false) => {
  const [kinds, unknown] = inNorwegian
    ? [norwegian(FUNDS_KIND_TEXTS), norwegian(UNKNOWN_TYPE)]
    : [FUNDS_KIND_TEXTS, UNKNOWN_TYPE]
  return kind === 'unknown' ? unknown.text(entryType) : (kinds[kind] ?? entryType)
}

declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.saleReasons': typeof SALE_REASONS
    'settlement.fundsReasons': typeof FUNDS_REASONS
    'settlement.feeReasons': typeof FEE_REASONS
    'settlement.statusTexts': typeof STATUS_TEXTS
    'settlement.fundsKinds': typeof FUNDS_KIND_TEXTS
    'settlement.unknownType': typeof UNKNOWN_TYPE
  }
}
