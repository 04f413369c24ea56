import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query'
import { IDBFactory } from 'fake-indexeddb'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDemoBackend } from '../../testing/demo-backend'
import { emptyDayCache } from './cache-policy'
import { busterOf, createDayCache, DAY_CACHE_VERSION, type StoredDay } from './day-cache'
import { clearDayStore, openDayStore } from './day-store'
import { rowsOfReadPages } from './page-rows'
import { salesByDateOptions } from './sales-by-date'

const backend = createDemoBackend({ eventsPerDay: 1500 })
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => backend.server.close())
beforeEach(() => {
  backend.proxied.length = 0
})

const TODAY = '2026-11-26'
const CAFE = '302321'
/** The web shop: about a third of its sales name the customer. */
const SHOP = '302322'
const DAY = '2026-11-17'

const sized = (events: number) => ({ events }) as StoredDay

describe('the store of closed days (IndexedDB)', () => {
  it('evicts the least recently used days when the events in all of them pass the bound; reading a day uses it', async () => {
    const store = openDayStore<StoredDay>({ maxEvents: 10, maxEntries: 10 }, { factory: new IDBFactory() })
    await store.setItem('a', sized(4))
    await store.setItem('b', sized(4))
    expect(await store.getItem('a')).toEqual(sized(4))
    await store.setItem('c', sized(4))
    // 12 events > 10: b was used least recently (a was read after it was written).
    expect(await store.keys()).toEqual(['a', 'c'])
    expect(await store.getItem('b')).toBeNull()
    await store.setItem('d', sized(9))
    expect(await store.keys()).toEqual(['d'])
  })

  it('evicts by the number of days too, and keeps nothing it is told not to store', async () => {
    const store = openDayStore<StoredDay>({ maxEvents: 1000, maxEntries: 2 }, { factory: new IDBFactory() })
    await store.setItem('a', sized(1))
    await store.setItem('b', sized(1))
    await store.setItem('nothing', null)
    await store.setItem('c', sized(1))
    expect(await store.keys()).toEqual(['b', 'c'])
  })

  it('is emptied by clearDayStore (logout, an ended session)', async () => {
    const factory = new IDBFactory()
    const store = openDayStore<StoredDay>(undefined, { factory })
    await store.setItem('a', sized(1))
    await clearDayStore(factory)
    expect(await store.keys()).toEqual([])
  })
})

/** A store that says when the persister's writes (one per page fetched) are done. */
function watchedStore() {
  const store = openDayStore<StoredDay>(undefined, { factory: new IDBFactory() })
  const writes: Promise<void>[] = []
  const watched: typeof store = {
    ...store,
    setItem: (key, value) => {
      const write = store.setItem(key, value)
      writes.push(write)
      return write
    },
  }
  /** Resolves when `count` writes have been asked for and are done. */
  const written = async (count: number) => {
    await expect.poll(() => writes.length).toBeGreaterThanOrEqual(count)
    await Promise.all(writes)
  }
  return { store: watched, written, writes }
}

/** Loads one day to its end through a query with the given cache; its rows and the calls made upstream. */
async function loadDay(
  ledgerId: string,
  cache: ReturnType<typeof createDayCache>,
  watched: ReturnType<typeof watchedStore>,
) {
  backend.proxied.length = 0
  const observer = new InfiniteQueryObserver(new QueryClient(), {
    ...salesByDateOptions(ledgerId, DAY, TODAY),
    persister: cache.persisterFn as never,
  })
  const before = watched.writes.length
  await observer.refetch()
  while (observer.getCurrentResult().hasNextPage) await observer.fetchNextPage()
  const calls = backend.proxied.length
  // Each page fetched is followed by one write of the day so far (null until the day is complete).
  await watched.written(before + calls)
  const pages = observer.getCurrentResult().data?.pages ?? []
  return { rows: rowsOfReadPages(pages).rows, pages, calls }
}

describe('the persisted cache of closed days', () => {
  it('a day read to its end comes back from the browser with the same rows, and nothing is asked upstream', async () => {
    const watched = watchedStore()
    const { store } = watched
    const cache = createDayCache({ store, buster: 'v1', showsPersonalData: () => false })
    const fetched = await loadDay(CAFE, cache, watched)
    expect(fetched.calls).toBeGreaterThanOrEqual(2)
    expect(await store.keys()).toEqual([`day-${JSON.stringify(['sales', CAFE, 'date', DAY])}`])

    const restored = await loadDay(CAFE, cache, watched)
    expect(restored.calls).toBe(0)
    expect(restored.rows).toHaveLength(fetched.rows.length)
    expect(restored.rows).toEqual(fetched.rows)
    // Rows read back share their lines with fresh ones, as fresh rows do with each other.
    const sameLines = fetched.rows.findIndex((row) => row.lines.length > 0)
    expect(restored.rows[sameLines]?.lines).toBe(fetched.rows[sameLines]?.lines)
  })

  it('a new version (or other data source) discards what was stored under the old one', async () => {
    const watched = watchedStore()
    const { store } = watched
    const v1 = createDayCache({ store, buster: 'v1' })
    const v2 = createDayCache({ store, buster: 'v2' })
    await loadDay(CAFE, v1, watched)
    expect(await store.keys()).toHaveLength(1)
    expect((await loadDay(CAFE, v1, watched)).calls).toBe(0)

    // Under v2 the v1 entry is not restored: the day is fetched again and stored under v2.
    expect((await loadDay(CAFE, v2, watched)).calls).toBeGreaterThanOrEqual(2)
    expect((await loadDay(CAFE, v2, watched)).calls).toBe(0)
    expect((await loadDay(CAFE, v1, watched)).calls).toBeGreaterThanOrEqual(2)
    // The app's buster: the stored shape's version, the code that reads rows, the data source.
    expect(busterOf('source-a').startsWith(`${DAY_CACHE_VERSION}.`)).toBe(true)
    expect(busterOf('source-a')).not.toBe(busterOf('source-b'))
  })

  it('keeps no personal data unless the user has chosen to show it', async () => {
    const watched = watchedStore()
    const { store } = watched
    let shown = false
    const cache = createDayCache({ store, buster: 'v1', showsPersonalData: () => shown })
    const fetched = await loadDay(SHOP, cache, watched)
    expect(fetched.rows.some((row) => row.customer !== null)).toBe(true)
    expect(await store.keys()).toEqual([])
    expect((await loadDay(SHOP, cache, watched)).calls).toBeGreaterThanOrEqual(1)

    shown = true
    await loadDay(SHOP, cache, watched)
    const [key] = await store.keys()
    const stored = key ? await store.getItem(key) : null
    expect(stored?.pages.flatMap((page) => page.rows).some((row) => row.customer !== null)).toBe(true)
    const restored = await loadDay(SHOP, cache, watched)
    expect(restored.calls).toBe(0)
    expect(restored.rows).toEqual(fetched.rows)
  })

  it('stores nothing of a day that is not read to its last page', async () => {
    const watched = watchedStore()
    const cache = createDayCache({ store: watched.store, buster: 'v1' })
    const observer = new InfiniteQueryObserver(new QueryClient(), {
      ...salesByDateOptions(CAFE, DAY, TODAY),
      persister: cache.persisterFn as never,
    })
    await observer.refetch()
    expect(observer.getCurrentResult().hasNextPage).toBe(true)
    await watched.written(1)
    expect(await watched.store.keys()).toEqual([])
  })
})

describe('after logout (the cache emptied)', () => {
  it('a day read to its end is no longer written to the browser', async () => {
    const watched = watchedStore()
    const cache = createDayCache({ store: watched.store, buster: 'v1' })
    await loadDay(CAFE, cache, watched)
    expect(await watched.store.keys()).toHaveLength(1)
    await watched.store.clear()

    await emptyDayCache()
    const { calls } = await loadDay(CAFE, cache, watched)
    expect(calls).toBeGreaterThanOrEqual(2)
    expect(await watched.store.keys()).toEqual([])
  })
})
