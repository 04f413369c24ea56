import { DEFAULT_REPORT_KNOBS, type ReportKnobs, reportKnobsFromEnv } from './report/report-knobs'

/**
 * The simulator's knobs. Every knob has an environment variable so that `npm start`, e2e tests
 * and benchmarks can turn it without code.
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
 *
 * The Report API's knobs (SIM_REPORT_*) are in report/report-knobs.ts.
 */
export interface SimulatorKnobs extends ReportKnobs {
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
}

function numberFrom(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

export function knobsFromEnv(env: Record<string, string | undefined> = process.env): SimulatorKnobs {
  const fixedNow = env.SIM_NOW ? Date.parse(env.SIM_NOW) : null
  if (fixedNow !== null && Number.isNaN(fixedNow))
    throw new Error(`SIM_NOW must be an ISO timestamp, got "${env.SIM_NOW}"`)
  const refundSign = env.SIM_REFUND_SIGN ?? DEFAULT_KNOBS.refundSign
  if (refundSign !== 'positive' && refundSign !== 'negative')
    throw new Error('SIM_REFUND_SIGN must be positive or negative')
  return {
    ...reportKnobsFromEnv(env),
    seed: env.SIM_SEED || DEFAULT_KNOBS.seed,
    eventsPerDay: numberFrom(env, 'SIM_EVENTS_PER_DAY', DEFAULT_KNOBS.eventsPerDay, 0, 50_000),
    historyDays: numberFrom(env, 'SIM_HISTORY_DAYS', DEFAULT_KNOBS.historyDays, 0, 400),
    fixedNow,
    refundSign,
    latencyMs: numberFrom(env, 'SIM_LATENCY_MS', DEFAULT_KNOBS.latencyMs, 0, 60_000),
    latencySpikeRate: numberFrom(env, 'SIM_LATENCY_SPIKE_RATE', DEFAULT_KNOBS.latencySpikeRate, 0, 1),
    latencySpikeMs: numberFrom(env, 'SIM_LATENCY_SPIKE_MS', DEFAULT_KNOBS.latencySpikeMs, 0, 120_000),
    errorRate: numberFrom(env, 'SIM_ERROR_RATE', DEFAULT_KNOBS.errorRate, 0, 1),
    rateLimitRate: numberFrom(env, 'SIM_RATE_LIMIT_RATE', DEFAULT_KNOBS.rateLimitRate, 0, 1),
    retryAfterSeconds: numberFrom(env, 'SIM_RETRY_AFTER_SECONDS', DEFAULT_KNOBS.retryAfterSeconds, 0, 3600),
    tokenTtlSeconds: numberFrom(env, 'SIM_TOKEN_TTL_SECONDS', DEFAULT_KNOBS.tokenTtlSeconds, 1, 86_400),
  }
}
