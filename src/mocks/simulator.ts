import { PROBLEM_CONTENT_TYPE, problem } from '../api/problem'
import type { Merchant } from './catalog'
import { DEFAULT_KNOBS, type SimulatorKnobs } from './knobs'
import { ReportStore } from './report/report-store'
import { hashSeed, Rng } from './rng'
import { SalesStore } from './sales-store'

/**
 * One simulated Vipps MobilePay: its data (the store), the tokens it has issued, and the faults it
 * injects. The msw handlers in handlers.ts speak HTTP on top of this.
 */
export class Simulator {
  readonly knobs: SimulatorKnobs
  readonly store: SalesStore
  readonly report: ReportStore
  private readonly tokens = new Map<string, number>()
  private readonly tokenUses = new Map<string, number>()
  /**
   * Faults and latency spikes draw from separate seeded sequences, so the n-th call that reaches
   * the fault stage always gets the same fault, however concurrent calls interleave their delays.
   */
  private readonly faultRng: Rng
  private readonly latencyRng: Rng
  private tokenCounter = 0
  /** Every request the simulator answered, for tests that must prove what went upstream. */
  readonly requestLog: { method: string; path: string; status: number; headers: Record<string, string> }[] =
    []

  constructor(knobs: Partial<SimulatorKnobs> = {}, now?: () => number) {
    this.knobs = { ...DEFAULT_KNOBS, ...knobs }
    const fixed = this.knobs.fixedNow
    const clock = now ?? (fixed === null ? () => Date.now() : () => fixed)
    this.store = new SalesStore({ ...this.knobs, now: clock })
    this.report = new ReportStore(this.store, this.knobs)
    this.faultRng = new Rng(hashSeed(this.knobs.seed, 'faults'))
    this.latencyRng = new Rng(hashSeed(this.knobs.seed, 'latency'))
  }

  /** The knobs for one ledger: the simulator's, with what the ledger sets for itself. */
  knobsFor(merchant: Merchant): SimulatorKnobs {
    return merchant.knobs ? { ...this.knobs, ...merchant.knobs } : this.knobs
  }

  now(): number {
    return this.store.options.now()
  }

  issueToken(): { access_token: string; token_type: string; expires_in: number } {
    this.tokenCounter += 1
    const token = `sim.${Buffer.from(JSON.stringify({ n: this.tokenCounter, iat: this.now() })).toString('base64url')}.${hashSeed(this.knobs.seed, this.tokenCounter).toString(36)}`
    this.tokens.set(token, this.now() + this.knobs.tokenTtlSeconds * 1000)
    return { access_token: token, token_type: 'Bearer', expires_in: this.knobs.tokenTtlSeconds }
  }

  /** Whether a call with this Authorization header is let in; each call counts as a use of its token. */
  admitsCallWith(authorization: string | null): boolean {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null
    const expiresAt = token ? this.tokens.get(token) : undefined
    if (!token || expiresAt === undefined || expiresAt <= this.now()) return false
    const maxUses = this.knobs.tokenMaxUses
    if (maxUses === 0) return true
    const uses = (this.tokenUses.get(token) ?? 0) + 1
    this.tokenUses.set(token, uses)
    if (uses <= maxUses) return true
    this.tokens.set(token, 0)
    return false
  }

  /** Expire every issued token now (a fault some tests need). */
  expireAllTokens(): void {
    for (const token of this.tokens.keys()) this.tokens.set(token, 0)
  }

  /** Extra latency for this request, from the latency knobs. */
  latencyFor(): number {
    const spike = this.knobs.latencySpikeRate > 0 && this.latencyRng.chance(this.knobs.latencySpikeRate)
    return this.knobs.latencyMs + (spike ? this.knobs.latencySpikeMs : 0)
  }

  /** A failure to answer instead of the real response, or null, from the fault knobs. */
  injectedFault(): Response | null {
    if (this.knobs.rateLimitRate > 0 && this.faultRng.chance(this.knobs.rateLimitRate)) {
      return simulatedVippsProblem(429, 'Too many requests', 'Rate limit exceeded', {
        'Retry-After': String(this.knobs.retryAfterSeconds),
      })
    }
    if (this.knobs.errorRate > 0 && this.faultRng.chance(this.knobs.errorRate)) {
      const status = this.faultRng.pick([500, 502, 503])
      return simulatedVippsProblem(status, 'Internal error', 'Simulated upstream failure')
    }
    return null
  }
}

/** An error answer of the simulated Vipps API: problem+json with a traceId, as the real API sends. */
export function simulatedVippsProblem(
  status: number,
  title: string,
  detail?: string,
  headers: Record<string, string> = {},
) {
  return new Response(
    JSON.stringify({ ...problem(status, title, detail), traceId: `sim-${Date.now().toString(36)}` }),
    {
      status,
      headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
    },
  )
}
