import { experimental_createQueryPersister, type PersistedQuery } from '@tanstack/query-persist-client-core'
import type { Query, QueryClient, QueryFunctionContext, QueryKey } from '@tanstack/react-query'
import type { PageParam } from '../../api/paging-guard'
import { type BaseRow, completeRow, type LinesInfo, type SaleLine, type SaleRow } from '../../api/sale-row'
import { healthQueryOptions } from '../api/health'
import { keepingEnded, personalDataShown } from './cache-policy'
import { type DayStore, type DayStoreBounds, DEFAULT_BOUNDS, openDayStore } from './day-store'
import type { ReadPage } from './page-rows'
import type { DayPages } from './sales-by-date'

/**
 * The persisted cache of closed days: each closed ledger date's query (sales-by-date.ts) is kept in
 * IndexedDB with TanStack Query's per-query persister, so reopening a loaded period reads its
 * closed days from the browser, not from upstream. Today and yesterday never come here.
 *
 * - What is kept: a day read to its last page, as its rows' base fields (sale-row.ts BaseRow) and
 *   each event's fingerprint (the repeat rule). Everything else a row holds is derived again on
 *   restore by the same code as for fresh rows, so a change in how money is split never meets
 *   stale parts.
 * - Versioned: DAY_CACHE_VERSION (the stored shape), a build-time hash of the code that reads
 *   events into base rows, and the server's data source (a fingerprint of the ledger keys' id, or
 *   the simulator's knobs) make up the buster. An entry written under another is discarded when
 *   read, and the whole store is emptied when the data source changes.
 * - Bounded: least recently used days go first (day-store.ts), and nothing older than MAX_AGE_MS.
 * - Personal data: a day whose events carry customer fields is kept only when the user has chosen
 *   to show personal data (personal-data.ts); otherwise it is fetched again next time.
 * - Emptied on logout and when the session ends (clearDayStore).
 */

/** Bump when what a stored day holds changes shape. */
export const DAY_CACHE_VERSION = 1
const MAX_AGE_MS = 60 * 24 * 3_600_000
const SOURCE_KEY = 'salgsoversikt.cache-source'

/** A closed day as stored: its pages' base rows and fingerprints. */
export interface StoredDay {
  buster: string
  queryHash: string
  queryKey: QueryKey
  dataUpdatedAt: number
  ledgerDate: string
  /** Events in the day, for the store's bounds. */
  events: number
  pages: { rows: Omit<BaseRow, 'ledgerDate'>[]; prints: number[]; cursor?: string | null; hasMore: boolean }[]
  pageParams: PageParam[]
}

const baseOf = (row: SaleRow): Omit<BaseRow, 'ledgerDate'> => ({
  key: row.key,
  timeMs: row.timeMs,
  time: row.time,
  entryType: row.entryType,
  invalid: row.invalid,
  reference: row.reference,
  pspReference: row.pspReference,
  currency: row.currency,
  paymentType: row.paymentType,
  solution: row.solution,
  salesCategory: row.salesCategory,
  gross: row.gross,
  net: row.net,
  vat: row.vat,
  lines: row.lines,
  hasLines: row.hasLines,
  hasVatBreakdown: row.hasVatBreakdown,
  customer: row.customer,
})

/** Whether a day may be stored: read to its end, and no personal data unless it is shown. */
function mayStore(data: DayPages | undefined, showsPersonalData: boolean): data is DayPages {
  if (!data || data.pages.length === 0 || data.pages.at(-1)?.hasMore) return false
  return showsPersonalData || data.pages.every((page) => page.items.every((row) => row.customer === null))
}

/** What is stored of a day, or null when it is not to be stored (not read to its end, personal data). */
export function storedDayOf(persisted: PersistedQuery, showsPersonalData: boolean): StoredDay | null {
  const data = persisted.state.data as DayPages | undefined
  const ledgerDate = persisted.queryKey[3]
  if (!mayStore(data, showsPersonalData) || typeof ledgerDate !== 'string') return null
  const events = data.pages.reduce((sum, page) => sum + page.items.length, 0)
  return {
    buster: persisted.buster,
    queryHash: persisted.queryHash,
    queryKey: persisted.queryKey,
    dataUpdatedAt: persisted.state.dataUpdatedAt,
    ledgerDate,
    events,
    pages: data.pages.map((page) => ({
      rows: page.items.map(baseOf),
      prints: page.prints,
      cursor: page.cursor,
      hasMore: page.hasMore,
    })),
    pageParams: data.pageParams,
  }
}

/** A stored day as the query's data again: every row completed by the code that reads fresh ones. */
export function restoredDay(stored: StoredDay): PersistedQuery {
  // Rows of a stored day share their lines arrays (the stored copy keeps that): pooled once each.
  const sharedLines = new Map<readonly SaleLine[], LinesInfo>()
  const pages: ReadPage[] = stored.pages.map((page) => ({
    items: page.rows.map((row) => completeRow({ ...row, ledgerDate: stored.ledgerDate }, sharedLines)),
    prints: page.prints,
    cursor: page.cursor,
    hasMore: page.hasMore,
  }))
  const data: DayPages = { pages, pageParams: stored.pageParams }
  return {
    buster: stored.buster,
    queryHash: stored.queryHash,
    queryKey: stored.queryKey,
    // Only these fields of the state are read back (the persister restores data and dataUpdatedAt).
    state: { data, dataUpdatedAt: stored.dataUpdatedAt, errorUpdatedAt: 0 } as PersistedQuery['state'],
  }
}

export interface DayCacheOptions {
  store: DayStore<StoredDay>
  /** The data source the entries must have been written under. */
  buster: string
  showsPersonalData?: () => boolean
  /** Resolves when a day may be written (default: the browser is idle). */
  whenQuiet?: () => Promise<void>
}

export function createDayCache({
  store,
  buster,
  showsPersonalData = personalDataShown,
  whenQuiet = whenIdle,
}: DayCacheOptions) {
  return experimental_createQueryPersister<StoredDay | null>({
    storage: store,
    buster,
    maxAge: MAX_AGE_MS,
    prefix: 'day',
    // A day is written once no sales are loading and the browser is idle: the copy into IndexedDB
    // would otherwise hold up the pages of the days still loading.
    serialize: async (persisted) => {
      const shown = showsPersonalData()
      if (!mayStore(persisted.state.data as DayPages | undefined, shown)) return null
      await whenQuiet()
      // The store may have been emptied while this day waited (logout): it is not written after that.
      if (keepingEnded()) return null
      return storedDayOf(persisted, shown)
    },
    deserialize: (stored) => {
      if (!stored) throw new Error('nothing stored')
      return restoredDay(stored)
    },
  })
}

type DayCache = ReturnType<typeof createDayCache>

const whenIdle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 10_000 })
      : setTimeout(resolve, 0),
  )

const LOADING_CHECK_MS = 250
let loadsEnded: Promise<void> | null = null

/**
 * Resolves once no sales query is fetching (one shared check for every day waiting to be written).
 * The day-by-day loads of a period, and of the previous period after it, come first.
 */
function whenSalesLoaded(client: QueryClient): Promise<void> {
  loadsEnded ??= new Promise<void>((resolve) => {
    const check = () => {
      if (client.isFetching({ queryKey: ['sales'] }) > 0) setTimeout(check, LOADING_CHECK_MS)
      else {
        loadsEnded = null
        resolve()
      }
    }
    check()
  })
  return loadsEnded
}

/** The buster of this build and data source. */
export const busterOf = (source: string) => `${DAY_CACHE_VERSION}.${__ROW_CODE_HASH__}.${source}`

let cache: Promise<DayCache | null> | null = null

/**
 * The app's cache, once the server has said which data source it reads (until then nothing can be
 * restored safely). Null where there is no IndexedDB or no source: days are then simply fetched.
 */
function appCache(client: QueryClient): Promise<DayCache | null> {
  cache ??= (async () => {
    if (typeof indexedDB === 'undefined') return null
    const source = (await client.ensureQueryData(healthQueryOptions()).catch(() => null))?.source
    if (!source) return null
    const store = openDayStore<StoredDay>(DEFAULT_BOUNDS satisfies DayStoreBounds)
    // Other ledger keys (or another simulator) than last time: nothing stored applies any more.
    try {
      if (localStorage.getItem(SOURCE_KEY) !== source) {
        await store.clear()
        localStorage.setItem(SOURCE_KEY, source)
      }
    } catch {
      return null
    }
    return createDayCache({
      store,
      buster: busterOf(source),
      whenQuiet: () => whenSalesLoaded(client).then(whenIdle),
    })
  })()
  return cache
}

/** The per-query persister of a closed day (the query's `persister` option, loaded on first use). */
export async function persistDay<T>(
  queryFn: (context: QueryFunctionContext) => T | Promise<T>,
  context: QueryFunctionContext,
  query: Query,
): Promise<T> {
  const dayCache = await appCache(context.client)
  if (!dayCache) return queryFn(context)
  return dayCache.persisterFn(queryFn, context, query)
}
