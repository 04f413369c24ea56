import { formatVatRate } from '../../api/money'
import type { VoucherSettings } from '../../api/voucher-settings'
import type { DaySummary, SalesTotals } from './day-summary'

/**
 * One "dagsoppgjør" voucher per ledger date, as accountants book a day's takings: income per VAT
 * rate (credit, net) and output VAT per rate (credit) against the Vipps MobilePay clearing account
 * (debit, gross); amounts of unknown VAT on the uncertain-VAT account; cash on its own account when
 * kept apart; the fees withheld to the fee account and each payout from clearing to the bank.
 * Integers only: every voucher balances to the øre by construction, and is checked again.
 */

export type VoucherLineKind =
  | 'sales'
  | 'output-vat'
  | 'uncertain-vat'
  | 'vipps-clearing'
  | 'cash'
  | 'fees'
  | 'fees-clearing'
  | 'payout-bank'
  | 'payout-clearing'

export interface VoucherLine {
  kind: VoucherLineKind
  account: string
  vatCode: string
  /** The VAT rate (basis points) of a sales or output VAT line. */
  rate: number | null
  /** Signed øre: debit positive, credit negative. A voucher's lines add up to 0 on this. */
  amount: number
  /**
   * The posting for an accounting system that computes the VAT itself from the VAT code: a sales
   * line carries its gross, an output VAT line is left out (null). Adds up to 0 on its own too.
   */
  grossAmount: number | null
  /** The account on the other side: the clearing or cash account of a sale, clearing for fees and payouts. */
  counterAccount: string | null
  text: string
}

export interface Voucher {
  number: number
  /** The number is the one an earlier export gave the date (not a new one of the sequence). */
  numberKept?: boolean
  /** The ledger date, which is the voucher date. */
  date: string
  /** The date was still open: figures may change. */
  provisional: boolean
  text: string
  lines: VoucherLine[]
  summary: DaySummary
  /** What a person must look at before importing (Norwegian). */
  warnings: string[]
}

export interface VoucherBuild {
  vouchers: Voucher[]
  /** Dates without a voucher, and why. */
  skipped: { date: string; reason: 'provisional' | 'nothing-to-book' }[]
}

export interface BuildOptions {
  /** Open dates are skipped unless asked for; their vouchers are then marked provisional everywhere. */
  includeProvisional?: boolean
  /** The first number when numbering in sequence (the server's nextVoucherNumber); default from settings. */
  nextNumber?: number
  /** Numbering in sequence: dates that keep the number an earlier export gave them (they use none of the new ones). */
  keptNumbers?: ReadonlyMap<string, number>
}

class UnbalancedVoucherError extends Error {
  override name = 'UnbalancedVoucherError'
}

/** Debit equals credit, on the net postings and on the gross postings alike. */
export function voucherBalances(voucher: Pick<Voucher, 'lines'>): boolean {
  let net = 0
  let gross = 0
  for (const line of voucher.lines) {
    net += line.amount
    if (line.grossAmount !== null) gross += line.grossAmount
  }
  return net === 0 && gross === 0
}

export function assertBalanced(vouchers: readonly Voucher[]) {
  for (const voucher of vouchers)
    if (!voucherBalances(voucher))
      throw new UnbalancedVoucherError(`Bilag ${voucher.number} (${voucher.date}) balanserer ikke`)
}

function salesLines(
  totals: SalesTotals,
  debit: { account: string; kind: 'vipps-clearing' | 'cash' },
  settings: VoucherSettings,
  warnings: string[],
): VoucherLine[] {
  const none = settings.noVatCode
  const suffix = debit.kind === 'cash' ? ' (kontant)' : ''
  const lines: VoucherLine[] = []
  let uncertain = totals.uncertain.gross
  const uncertainTexts: string[] = []
  for (const total of totals.rates) {
    const rate = settings.rates.find((r) => r.rate === total.rate)
    if (!rate || (rate.vatAccount === null && total.vat !== 0)) {
      // Never guessed: an amount whose rate has no accounts goes to the uncertain-VAT account.
      warnings.push(
        `Mva-sats ${formatVatRate(total.rate, 'nb')} mangler konto i innstillingene: beløpet er ført på konto for usikker mva.`,
      )
      uncertain += total.gross
      uncertainTexts.push(formatVatRate(total.rate, 'nb'))
      continue
    }
    const label = formatVatRate(total.rate, 'nb')
    lines.push({
      kind: 'sales',
      account: rate.salesAccount,
      vatCode: rate.vatCode,
      rate: total.rate,
      amount: -total.net,
      grossAmount: -total.gross,
      counterAccount: debit.account,
      text: `Salg ${label}${suffix}`,
    })
    if (rate.vatAccount !== null && total.vat !== 0)
      lines.push({
        kind: 'output-vat',
        account: rate.vatAccount,
        vatCode: none,
        rate: total.rate,
        amount: -total.vat,
        grossAmount: null,
        counterAccount: debit.account,
        text: `Utgående mva ${label}${suffix}`,
      })
  }
  if (uncertain !== 0 || totals.uncertain.sales.length > 0) {
    const count = totals.uncertain.sales.length
    const parts = [
      count > 0 ? `${count} salg uten mva-spesifikasjon` : '',
      ...uncertainTexts.map((t) => `sats ${t}`),
    ]
    lines.push({
      kind: 'uncertain-vat',
      account: settings.accounts.uncertainVat,
      vatCode: none,
      rate: null,
      amount: -uncertain,
      grossAmount: -uncertain,
      counterAccount: debit.account,
      text: `Usikker mva${suffix}: ${parts.filter(Boolean).join(', ')}`,
    })
  }
  const gross = -lines.reduce((sum, line) => sum + (line.grossAmount ?? 0), 0)
  if (lines.length > 0)
    lines.push({
      kind: debit.kind,
      account: debit.account,
      vatCode: none,
      rate: null,
      amount: gross,
      grossAmount: gross,
      counterAccount: null,
      text: `${debit.kind === 'cash' ? 'Kontantsalg' : 'Salg Vipps MobilePay'} brutto`,
    })
  return lines
}

/** One voucher per day summary with something to book, in date order. */
export function buildVouchers(
  summaries: readonly DaySummary[],
  settings: VoucherSettings,
  options: BuildOptions = {},
): VoucherBuild {
  const none = settings.noVatCode
  const { clearing, bank, fees: feeAccount, cash: cashAccount } = settings.accounts
  const vouchers: Voucher[] = []
  const skipped: VoucherBuild['skipped'] = []
  const nextNumber = options.nextNumber ?? settings.numbering.nextNumber
  let newNumbers = 0
  const numberOf = (date: string): { number: number; numberKept?: true } => {
    if (settings.numbering.mode === 'date') return { number: Number(date.replaceAll('-', '')) }
    const kept = options.keptNumbers?.get(date)
    return kept !== undefined ? { number: kept, numberKept: true } : { number: nextNumber + newNumbers++ }
  }
  for (const summary of [...summaries].sort((a, b) => a.date.localeCompare(b.date))) {
    if (summary.provisional && !options.includeProvisional) {
      skipped.push({ date: summary.date, reason: 'provisional' })
      continue
    }
    const warnings = [...summary.notes]
    const lines = [
      ...salesLines(summary.vipps, { account: clearing, kind: 'vipps-clearing' }, settings, warnings),
      ...(summary.cash
        ? salesLines(summary.cash, { account: cashAccount, kind: 'cash' }, settings, warnings)
        : []),
    ]
    if (summary.fees !== null && summary.fees !== 0) {
      lines.push(
        {
          kind: 'fees',
          account: feeAccount,
          vatCode: none,
          rate: null,
          amount: summary.fees,
          grossAmount: summary.fees,
          counterAccount: clearing,
          text: 'Gebyrer Vipps MobilePay (trukket i oppgjøret)',
        },
        {
          kind: 'fees-clearing',
          account: clearing,
          vatCode: none,
          rate: null,
          amount: -summary.fees,
          grossAmount: -summary.fees,
          counterAccount: null,
          text: 'Gebyrer Vipps MobilePay (trukket i oppgjøret)',
        },
      )
    }
    for (const payout of summary.payouts) {
      const text = payout.bankText || `Utbetaling Vipps MobilePay ${payout.number ?? ''}`.trim()
      lines.push(
        {
          kind: 'payout-bank',
          account: bank,
          vatCode: none,
          rate: null,
          amount: payout.amount,
          grossAmount: payout.amount,
          counterAccount: clearing,
          text,
        },
        {
          kind: 'payout-clearing',
          account: clearing,
          vatCode: none,
          rate: null,
          amount: -payout.amount,
          grossAmount: -payout.amount,
          counterAccount: null,
          text,
        },
      )
    }
    if (lines.length === 0) {
      skipped.push({ date: summary.date, reason: 'nothing-to-book' })
      continue
    }
    if (summary.provisional) warnings.unshift('Datoen er fortsatt åpen: tallene kan endre seg.')
    vouchers.push({
      ...numberOf(summary.date),
      date: summary.date,
      provisional: summary.provisional,
      text: `Dagsoppgjør Vipps MobilePay ${summary.date}${summary.provisional ? ' (FORELØPIG)' : ''}`,
      lines,
      summary,
      warnings,
    })
  }
  assertBalanced(vouchers)
  return { vouchers, skipped }
}
