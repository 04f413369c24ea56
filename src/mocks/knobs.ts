import * as v from 'valibot'
import {
  DEFAULT_REPORT_KNOBS,
  REPORT_ACCESSES,
  type ReportAccess,
  type ReportKnobs,
} from './report/report-knobs'

/**
 * The simulator's knobs. Every knob has an environment variable so that `npm start`, e2e tests
 * and benchmarks can turn it without code; KnobsSchema below is the one place that reads them.
 *
 * | variable                 | knob              | default |
 * |--------------------------|-------------------|---------|
 * | SIM_SEED                 | seed              | demo    |
 * | SIM_EVENTS_PER_DAY       | eventsPerDay      | 900     |
 * | SIM_HISTORY_DAYS         | historyDays       | 120     |
 * | SIM_NOW                  | fixed clock (ISO) | real time |
 * | SIM_REFUND_SIGN          | refundSign        | positive |
 * | SIM_LATENCY_MS           | latencyMs         | 0       |
 * | SIM_LATENCY_SPIKE_RATE   | latencySpikeRate  | 0       |
 * | SIM_LATENCY_SPIKE_MS     | latencySpikeMs    | 1500    |
 * | SIM_ERROR_RATE           | errorRate (5xx)   | 0       |
 * | SIM_RATE_LIMIT_RATE      | rateLimitRate     | 0       |
 * | SIM_RETRY_AFTER_SECONDS  | retryAfterSeconds | 1       |
 * | SIM_TOKEN_TTL_SECONDS    | tokenTtlSeconds   | 900     |
 * | SIM_TOKEN_MAX_USES       | tokenMaxUses      | 0 (no limit) |
 * | SIM_LOOKUP_MISS          | lookupMiss        | empty   |
 * | SIM_PAGING_FAULT         | pagingFault       | none    |
 * | SIM_UNREADABLE_RATE      | unreadableRate    | 0       |
 * | SIM_REPEAT_RATE          | repeatRate        | 0       |
 * | SIM_ODD_EVENT_RATE       | oddEventRate      | 0       |
 * | SIM_HOSTILE              | hostile           | 0       |
 * | SIM_TEST_LEDGERS         | testLedgers       | 0       |
 * | SIM_REPORT_ACCESS        | reportAccess      | granted |
 * | SIM_REPORT_LEGACY_PAYOUTS | legacyPayouts    | 0       |
 * | SIM_REPORT_UNKNOWN_TYPES | unknownReportTypes | 0      |
 *
 * What the Report API knobs mean is in report/report-knobs.ts.
 */

export const LOOKUP_MISSES = ['empty', '404'] as const
export const PAGING_FAULTS = ['none', 'repeat-cursor', 'more-without-cursor', 'endless-empty-pages'] as const

/** Knobs that a single ledger may set for itself (see the test ledgers in catalog.ts). */
export interface LedgerKnobs {
  /**
   * How an unknown reference or pspReference is answered. The docs show no 404 for the look-ups,
   * which answer a page, so `empty` (200 with no items) is the default; `404` is the other reading.
   */
  lookupMiss: (typeof LOOKUP_MISSES)[number]
  /** A way for the date and feed endpoints to break the paging contract (faults the client must catch). */
  pagingFault: (typeof PAGING_FAULTS)[number]
  /** Share of events sent with a field that cannot be read (a string amount, a fractional VAT rate, a bad time…). */
  unreadableRate: number
  /** Share of events sent twice in a row, identical (some repeats straddle a page boundary). */
  repeatRate: number
  /**
   * Share of events sent readable but odd, in turn: in EUR in a NOK ledger, with the pspReference of
   * the event before (a different event, same transaction id), or a capture with negative amounts.
   */
  oddEventRate: number
  /** Put attack strings (markup, spreadsheet formulas, control characters) in product and customer names. */
  hostile: boolean
  /** Whether the keys may read this ledger's funds and fees (report/report-knobs.ts). */
  reportAccess: ReportAccess
}

export interface SimulatorKnobs extends LedgerKnobs, ReportKnobs {
  seed: string
  eventsPerDay: number
  historyDays: number
  /** A fixed clock for reproducible runs; null follows real time. */
  fixedNow: number | null
  refundSign: 'positive' | 'negative'
  latencyMs: number
  latencySpikeRate: number
  latencySpikeMs: number
  errorRate: number
  rateLimitRate: number
  retryAfterSeconds: number
  tokenTtlSeconds: number
  /**
   * A token stops working after this many API calls made with it (0: no limit): it expires in the
   * middle of a load at a point fixed by the calls made, not by the clock.
   */
  tokenMaxUses: number
  /** Add the test ledgers: copies of the demo merchants, each with one fault or hostile data. */
  testLedgers: boolean
}

export const DEFAULT_KNOBS: SimulatorKnobs = {
  ...DEFAULT_REPORT_KNOBS,
  seed: 'demo',
  eventsPerDay: 900,
  historyDays: 120,
  fixedNow: null,
  refundSign: 'positive',
  latencyMs: 0,
  latencySpikeRate: 0,
  latencySpikeMs: 1500,
  errorRate: 0,
  rateLimitRate: 0,
  retryAfterSeconds: 1,
  tokenTtlSeconds: 900,
  tokenMaxUses: 0,
  lookupMiss: 'empty',
  pagingFault: 'none',
  unreadableRate: 0,
  repeatRate: 0,
  oddEventRate: 0,
  hostile: false,
  testLedgers: false,
}

/** An unset or empty variable means the default. */
const unset = (raw: string) => raw.trim() === ''
const text = v.optional(v.string(), '')

function numberKnob(fallback: number, min: number, max: number, { whole = false } = {}) {
  return v.pipe(
    text,
    v.check(
      (raw) => {
        if (unset(raw)) return true
        const value = Number(raw)
        const readable = whole ? /^\s*\d+\s*$/.test(raw) : Number.isFinite(value)
        return readable && value >= min && value <= max
      },
      `must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
    ),
    v.transform((raw) => (unset(raw) ? fallback : Number(raw))),
  )
}

function choiceKnob<const T extends readonly string[]>(fallback: T[number], choices: T) {
  return v.pipe(
    text,
    v.check((raw) => unset(raw) || choices.includes(raw.trim()), `must be one of ${choices.join(', ')}`),
    v.transform((raw): T[number] => (unset(raw) ? fallback : (raw.trim() as T[number]))),
  )
}

function switchKnob(fallback: boolean) {
  return v.pipe(
    choiceKnob(fallback ? '1' : '0', ['0', '1'] as const),
    v.transform((value) => value === '1'),
  )
}

const timestampKnob = v.pipe(
  text,
  v.check((raw) => unset(raw) || !Number.isNaN(Date.parse(raw)), 'must be an ISO timestamp'),
  v.transform((raw) => (unset(raw) ? null : Date.parse(raw))),
)

const d = DEFAULT_KNOBS

/** Every SIM_* variable, checked and turned into knobs in one go. */
export const KnobsSchema = v.pipe(
  v.object({
    SIM_SEED: v.pipe(
      text,
      v.transform((raw) => (unset(raw) ? d.seed : raw)),
    ),
    SIM_EVENTS_PER_DAY: numberKnob(d.eventsPerDay, 0, 50_000),
    SIM_HISTORY_DAYS: numberKnob(d.historyDays, 0, 400),
    SIM_NOW: timestampKnob,
    SIM_REFUND_SIGN: choiceKnob(d.refundSign, ['positive', 'negative'] as const),
    SIM_LATENCY_MS: numberKnob(d.latencyMs, 0, 60_000),
    SIM_LATENCY_SPIKE_RATE: numberKnob(d.latencySpikeRate, 0, 1),
    SIM_LATENCY_SPIKE_MS: numberKnob(d.latencySpikeMs, 0, 120_000),
    SIM_ERROR_RATE: numberKnob(d.errorRate, 0, 1),
    SIM_RATE_LIMIT_RATE: numberKnob(d.rateLimitRate, 0, 1),
    SIM_RETRY_AFTER_SECONDS: numberKnob(d.retryAfterSeconds, 0, 3600),
    SIM_TOKEN_TTL_SECONDS: numberKnob(d.tokenTtlSeconds, 1, 86_400),
    SIM_TOKEN_MAX_USES: numberKnob(d.tokenMaxUses, 0, 1_000_000, { whole: true }),
    SIM_LOOKUP_MISS: choiceKnob(d.lookupMiss, LOOKUP_MISSES),
    SIM_PAGING_FAULT: choiceKnob(d.pagingFault, PAGING_FAULTS),
    SIM_UNREADABLE_RATE: numberKnob(d.unreadableRate, 0, 1),
    SIM_REPEAT_RATE: numberKnob(d.repeatRate, 0, 1),
    SIM_ODD_EVENT_RATE: numberKnob(d.oddEventRate, 0, 1),
    SIM_HOSTILE: switchKnob(d.hostile),
    SIM_TEST_LEDGERS: switchKnob(d.testLedgers),
    SIM_REPORT_ACCESS: choiceKnob(d.reportAccess, REPORT_ACCESSES),
    SIM_REPORT_LEGACY_PAYOUTS: switchKnob(d.legacyPayouts),
    SIM_REPORT_UNKNOWN_TYPES: switchKnob(d.unknownReportTypes),
  }),
  v.transform(
    (env): SimulatorKnobs => ({
      seed: env.SIM_SEED,
      eventsPerDay: env.SIM_EVENTS_PER_DAY,
      historyDays: env.SIM_HISTORY_DAYS,
      fixedNow: env.SIM_NOW,
      refundSign: env.SIM_REFUND_SIGN,
      latencyMs: env.SIM_LATENCY_MS,
      latencySpikeRate: env.SIM_LATENCY_SPIKE_RATE,
      latencySpikeMs: env.SIM_LATENCY_SPIKE_MS,
      errorRate: env.SIM_ERROR_RATE,
      rateLimitRate: env.SIM_RATE_LIMIT_RATE,
      retryAfterSeconds: env.SIM_RETRY_AFTER_SECONDS,
      tokenTtlSeconds: env.SIM_TOKEN_TTL_SECONDS,
      tokenMaxUses: env.SIM_TOKEN_MAX_USES,
      lookupMiss: env.SIM_LOOKUP_MISS,
      pagingFault: env.SIM_PAGING_FAULT,
      unreadableRate: env.SIM_UNREADABLE_RATE,
      repeatRate: env.SIM_REPEAT_RATE,
      oddEventRate: env.SIM_ODD_EVENT_RATE,
      hostile: env.SIM_HOSTILE,
      testLedgers: env.SIM_TEST_LEDGERS,
      reportAccess: env.SIM_REPORT_ACCESS,
      legacyPayouts: env.SIM_REPORT_LEGACY_PAYOUTS,
      unknownReportTypes: env.SIM_REPORT_UNKNOWN_TYPES,
    }),
  ),
)

/** The knobs from the environment; every bad variable is named at once, with what it must be. */
export function knobsFromEnv(env: Record<string, string | undefined> = process.env): SimulatorKnobs {
  const result = v.safeParse(KnobsSchema, env)
  if (result.success) return result.output
  const problems = result.issues.map((issue) => {
    const name = v.getDotPath(issue) ?? 'simulator settings'
    return `${name} ${issue.message}, got ${JSON.stringify(issue.input)}`
  })
  throw new Error(`Invalid simulator settings:\n  ${problems.join('\n  ')}`)
}
