import * as v from 'valibot'
import { LEDGERS_PATH } from '../api/endpoints'
import { PROBLEM_TYPES } from '../api/problem'
import { LedgersPageSchema } from '../api/schemas'
import { type Upstream, UpstreamFault } from './upstream'

/** How long the list is trusted, and how often at most an id not on it makes us look again. */
export const LEDGERS_TTL_MS = 5 * 60_000
export const LEDGERS_MISS_REFRESH_MS = 30_000
const MAX_PAGES = 50

const cannotCheck = (why: string, status: 502 | 503 = 502, retryAfterSeconds: number | null = null) =>
  new UpstreamFault(
    status,
    'Kunne ikke sjekke ledgeren hos Vipps MobilePay',
    `${why} Innstillinger og eksporter lagres bare for ledgere nøklene har tilgang til. Prøv igjen om litt.`,
    retryAfterSeconds,
    PROBLEM_TYPES.ledgerCheckFailed,
  )

/**
 * The ledgers the keys may read (GET /settlement/v1/ledgers through the same upstream as the
 * browser's calls: the simulator's ledgers in demo mode), cached for LEDGERS_TTL_MS. An id not on
 * the list makes one fresh look, at most every LEDGERS_MISS_REFRESH_MS, so a ledger granted a
 * minute ago is found while a flood of made-up ids costs no more than one call per half minute.
 * Concurrent checks share one load. A list that cannot be read is an UpstreamFault, not "unknown".
 */
export function createKnownLedgers(upstream: Pick<Upstream, 'get'>, now: () => number = Date.now) {
  let cached: { ids: Set<string>; at: number } | null = null
  let loading: Promise<Set<string>> | null = null

  async function load(): Promise<Set<string>> {
    const ids = new Set<string>()
    let cursor = ''
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await upstream.get(
        cursor ? `${LEDGERS_PATH}?cursor=${encodeURIComponent(cursor)}` : LEDGERS_PATH,
      )
      if (answer.status === 429 || answer.status === 503)
        throw cannotCheck(`Vipps MobilePay svarte ${answer.status}.`, 503, Number(answer.retryAfter) || null)
      if (answer.status < 200 || answer.status >= 300)
        throw cannotCheck(`Vipps MobilePay svarte ${answer.status} på listen over ledgere.`)
      let body: unknown
      try {
        body = JSON.parse(new TextDecoder().decode(answer.body))
      } catch {
        throw cannotCheck('Listen over ledgere var ikke JSON.')
      }
      const parsed = v.safeParse(LedgersPageSchema, body)
      if (!parsed.success) throw cannotCheck('Listen over ledgere kunne ikke leses.')
      for (const ledger of parsed.output.items) ids.add(ledger.ledgerId)
      cursor = parsed.output.cursor ?? ''
      if (!cursor) break
    }
    return ids
  }

  function listNoOlderThan(maxAgeMs: number): Promise<Set<string>> {
    if (cached && now() - cached.at < maxAgeMs) return Promise.resolve(cached.ids)
    loading ??= load()
      .then((ids) => {
        cached = { ids, at: now() }
        return ids
      })
      .finally(() => {
        loading = null
      })
    return loading
  }

  return {
    async has(ledgerId: string): Promise<boolean> {
      if ((await listNoOlderThan(LEDGERS_TTL_MS)).has(ledgerId)) return true
      return (await listNoOlderThan(LEDGERS_MISS_REFRESH_MS)).has(ledgerId)
    },
  }
}

export type KnownLedgers = ReturnType<typeof createKnownLedgers>
