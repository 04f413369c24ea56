/**
 * The Report API simulator's knobs, one environment variable each (documented in the README; read
 * with the other knobs by KnobsSchema in ../knobs.ts):
 *
 * | variable                   | knob               | default   |
 * |----------------------------|--------------------|-----------|
 * | SIM_REPORT_ACCESS          | reportAccess       | granted   |
 * | SIM_REPORT_LEGACY_PAYOUTS  | legacyPayouts      | 0         |
 * | SIM_REPORT_UNKNOWN_TYPES   | unknownReportTypes | 0         |
 */
export const REPORT_ACCESSES = ['granted', 'forbidden', 'not-found'] as const
export type ReportAccess = (typeof REPORT_ACCESSES)[number]

export interface ReportKnobs {
  /** Whether the keys may read funds and fees: `forbidden` answers 403, `not-found` 404 on every report path. */
  reportAccess: ReportAccess
  /** Payouts as older docs describe them: entry type `scheduled-for-payout`, pspReference the bare number. */
  legacyPayouts: boolean
  /** Adds entries of types the docs do not list (one in funds and one in fees per ledger date). */
  unknownReportTypes: boolean
}

export const DEFAULT_REPORT_KNOBS: ReportKnobs = {
  reportAccess: 'granted',
  legacyPayouts: false,
  unknownReportTypes: false,
}
