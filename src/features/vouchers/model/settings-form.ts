import { currentLocale } from '../../../api/locale'
import type { CashHandling, VoucherSettings } from '../../../api/voucher-settings'
import { defineText } from '../../../shared/i18n/language'

/**
 * The settings editor's state: every field as typed, so nothing the user wrote is lost, and the
 * body of the save built from it. The server checks the body (the same schema) and names each
 * field it refuses by its path (`rates.0.salesAccount`), which is also the field's key here.
 */
export interface RateRow {
  /** Stable React key of the row. */
  key: string
  /** Percent as typed: "25", "11,11". */
  rate: string
  salesAccount: string
  vatAccount: string
  vatCode: string
}

export interface SettingsForm {
  rates: RateRow[]
  accounts: VoucherSettings['accounts']
  noVatCode: string
  cashSales: CashHandling
  voucherType: string
  mode: VoucherSettings['numbering']['mode']
  nextNumber: string
  gbat10DecimalSeparator: VoucherSettings['gbat10DecimalSeparator']
}

export const ACCOUNT_PURPOSES = ['clearing', 'bank', 'fees', 'uncertainVat', 'cash'] as const
export type AccountPurpose = (typeof ACCOUNT_PURPOSES)[number]

/** 2500 → "25", 1111 → "11,11". */
export function percentText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100)
  const fraction = basisPoints % 100
  if (fraction === 0) return String(whole)
  return `${whole},${String(fraction).padStart(2, '0').replace(/0$/, '')}`
}

/** "25" / "11,11" / "12.5" → basis points; null when it is not a percent with at most two decimals. */
export function basisPointsOf(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\s*%$/, ''))
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

let rowSeq = 0
const rowKey = () => `rate-${++rowSeq}`

/** The form of saved (or default) settings; the next number shown is the one the next export uses. */
export function formOf(settings: VoucherSettings, nextVoucherNumber: number | null): SettingsForm {
  return {
    rates: settings.rates.map((r) => ({
      key: rowKey(),
      rate: percentText(r.rate),
      salesAccount: r.salesAccount,
      vatAccount: r.vatAccount ?? '',
      vatCode: r.vatCode,
    })),
    accounts: { ...settings.accounts },
    noVatCode: settings.noVatCode,
    cashSales: settings.cashSales,
    voucherType: String(settings.numbering.voucherType),
    mode: settings.numbering.mode,
    nextNumber: nextVoucherNumber === null ? '' : String(nextVoucherNumber),
    gbat10DecimalSeparator: settings.gbat10DecimalSeparator,
  }
}

export const emptyRateRow = (): RateRow => ({
  key: rowKey(),
  rate: '',
  salesAccount: '',
  vatAccount: '',
  vatCode: '',
})

/** A whole number as typed, else the text itself, so the server names the field it cannot read. */
const wholeNumberOr = (text: string): number | string => (/^\d{1,9}$/.test(text.trim()) ? Number(text) : text)

/**
 * The body of the save. The next number is set (`setNextNumber`, with the number as typed) only
 * when the user changed it from the one shown; otherwise the saved one goes back and the server
 * leaves the numbering alone (a save never pulls the sequence back to a number an older form showed).
 */
export function settingsBodyOf(
  form: SettingsForm,
  saved: VoucherSettings,
  shownNextNumber: string,
): Record<string, unknown> {
  const nextNumberChanged = form.nextNumber.trim() !== shownNextNumber.trim()
  return {
    version: saved.version,
    rates: form.rates.map((row) => ({
      rate: basisPointsOf(row.rate) ?? row.rate,
      salesAccount: row.salesAccount.trim(),
      vatAccount: row.vatAccount.trim() === '' ? null : row.vatAccount.trim(),
      vatCode: row.vatCode.trim(),
    })),
    accounts: Object.fromEntries(ACCOUNT_PURPOSES.map((p) => [p, form.accounts[p].trim()])),
    noVatCode: form.noVatCode.trim(),
    cashSales: form.cashSales,
    numbering: {
      voucherType: wholeNumberOr(form.voucherType),
      mode: form.mode,
      nextNumber: nextNumberChanged ? wholeNumberOr(form.nextNumber) : saved.numbering.nextNumber,
    },
    gbat10DecimalSeparator: form.gbat10DecimalSeparator,
    setNextNumber: nextNumberChanged,
  }
}

const TEXT = defineText('vouchers.serverMessages', {
  known: {
    'must be an account number of 4 to 6 digits': 'Må være et kontonummer på 4 til 6 sifre.',
    'must be a VAT code of 1 to 5 digits': 'Må være en mva-kode på 1 til 5 sifre.',
    'a rate above 0 % needs an output VAT account': 'En sats over 0 % må ha en konto for utgående mva.',
    'must be whole basis points': 'Satsen kan ha høyst to desimaler.',
    'needs at least one VAT rate': 'Det må være minst én mva-sats.',
    'at most 20 VAT rates': 'Det kan være høyst 20 mva-satser.',
    'each VAT rate only once': 'Hver mva-sats kan bare stå én gang.',
    'must be true or false': 'Må være ja eller nei.',
  } as Record<string, string>,
  atLeast: (bound: string) => `Må være minst ${bound}.`,
  atMost: (bound: string) => `Kan være høyst ${bound}.`,
  wholeNumber: 'Må være et helt tall.',
  required: 'Må fylles ut.',
  choose: 'Velg et av valgene.',
  unknownField: 'Serveren kjenner ikke dette feltet.',
  refused: 'Serveren godtok ikke verdien.',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'vouchers.serverMessages': typeof TEXT
  }
}

const n = (text: string) => Number(text).toLocaleString(currentLocale())

/**
 * The server's message in the page's language where it is one of ours or valibot's usual ones;
 * else a plain refusal (valibot's English is never shown raw; the field it belongs to is named).
 */
export function serverMessageText(message: string): string {
  const known = TEXT.known[message]
  if (known) return known
  const bound = /^Invalid value: Expected (>=|<=)(-?\d+) but received/.exec(message)
  if (bound?.[2] !== undefined)
    return bound[1] === '>=' ? TEXT.atLeast(n(bound[2])) : TEXT.atMost(n(bound[2]))
  if (/^Invalid (type: Expected number|integer)/.test(message)) return TEXT.wholeNumber
  if (/^Invalid type: Expected string/.test(message)) return TEXT.required
  if (/^Invalid type: Expected \(?"/.test(message)) return TEXT.choose
  if (/^Invalid key: Expected never/.test(message)) return TEXT.unknownField
  return TEXT.refused
}

/**
 * The server's 400 detail (`path: message; path: message`, see voucher-routes.ts) as messages per
 * field path; `(body)` and paths of no field are kept under their own path for a general message.
 */
export function fieldErrorsOf(detail: string): Map<string, string> {
  const errors = new Map<string, string>()
  for (const part of detail.split(/; (?=[\w.()]+: )/)) {
    const match = /^([\w.()]+): ([\s\S]*)$/.exec(part.trim())
    if (!match?.[1] || match[2] === undefined) continue
    if (!errors.has(match[1])) errors.set(match[1], serverMessageText(match[2]))
  }
  return errors
}
