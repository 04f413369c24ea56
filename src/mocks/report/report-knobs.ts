/**
 * The Report API simulator's knobs, one environment variable each (documented in the README):
 *
 * | variable                   | knob               | default   |
 * |----------------------------|--------------------|-----------|
 * | SIM_REPORT_ACCESS          | reportAccess       | granted   |
 * | SIM_REPORT_LEGACY_PAYOUTS  | legacyPayouts      | 0         |
 * | SIM_REPORT_UNKNOWN_TYPES   | unknownReportTypes | 0         |
 */
export type ReportAccess = 'granted' | 'forbidden' | 'not-found'

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

function flag(env: Record<string, string | undefined>, name: string): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '' || raw === '0') return false
  if (raw === '1') return true
  throw new Error(`${name} must be 0 or 1, got "${raw}"`)
}

export function reportKnobsFromEnv(env: Record<string, string | undefined>): ReportKnobs {
  const access = env.SIM_REPORT_ACCESS || DEFAULT_REPORT_KNOBS.reportAccess
  if (access !== 'granted' && access !== 'forbidden' && access !== 'not-found')
    throw new Error(`SIM_REPORT_ACCESS must be granted, forbidden or not-found, got "${access}"`)
  return {
    reportAccess: access,
    legacyPayouts: flag(env, 'SIM_REPORT_LEGACY_PAYOUTS'),
    unknownReportTypes: flag(env, 'SIM_REPORT_UNKNOWN_TYPES'),
  }
}
