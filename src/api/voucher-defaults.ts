import type { VoucherSettings } from './voucher-settings'

/**
 * The voucher settings' constants and defaults (NS 4102 accounts, SAF-T VAT codes: the why of each
 * is in voucher-settings.ts), apart from the schemas so that the app reads them without loading
 * valibot's checks that only the server needs.
 */
export const VOUCHER_SETTINGS_VERSION = 1
/** Voucher numbers in sequence run from 1 to this (eight digits). */
export const MAX_VOUCHER_NUMBER = 99_999_999

export const CASH_HANDLING = ['own-account', 'clearing', 'leave-out'] as const
export const NUMBERING_MODES = ['sequential', 'date'] as const
export type CashHandling = (typeof CASH_HANDLING)[number]

export const EXPORT_FORMATS = ['gbat10', 'fiken', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const DEFAULT_VOUCHER_SETTINGS: VoucherSettings = {
  version: VOUCHER_SETTINGS_VERSION,
  rates: [
    { rate: 2500, salesAccount: '3000', vatAccount: '2700', vatCode: '3' },
    { rate: 1500, salesAccount: '3030', vatAccount: '2701', vatCode: '31' },
    { rate: 1200, salesAccount: '3050', vatAccount: '2703', vatCode: '33' },
    { rate: 0, salesAccount: '3100', vatAccount: null, vatCode: '5' },
  ],
  accounts: { clearing: '1579', bank: '1920', fees: '7770', uncertainVat: '2999', cash: '1900' },
  noVatCode: '0',
  cashSales: 'own-account',
  numbering: { voucherType: 6, mode: 'sequential', nextNumber: 1 },
  gbat10DecimalSeparator: '.',
}
