/**
 * Where closed days are kept between visits: IndexedDB, bounded. Each entry says how many events it
 * holds and when it was last used; when a write takes the store past its bounds (events in all, or
 * entries), the least recently used entries go first. Reading an entry counts as using it.
 *
 * Two object stores: `entries` holds the values, `usage` the small records eviction reads, so
 * eviction never loads a day's rows.
 */

export const DAY_STORE_NAME = 'salgsoversikt-cache'

export interface DayStoreBounds {
  /** Events in all entries together. */
  maxEvents: number
  maxEntries: number
}

/** About ten months of a busy café (3 300 events a day), or years of a small shop. */
export const DEFAULT_BOUNDS: DayStoreBounds = { maxEvents: 1_000_000, maxEntries: 2_000 }

/** A value the store can size: how many events it holds. */
export interface Sized {
  events: number
}

interface Usage {
  key: string
  events: number
  usedAt: number
}

export interface DayStore<V extends Sized> {
  /** The value, or null; marks it used. */
  getItem(key: string): Promise<V | null>
  /** Stores the value (null: nothing to store) and evicts what the bounds no longer allow. */
  setItem(key: string, value: V | null): Promise<void>
  removeItem(key: string): Promise<void>
  /** Keys from least to most recently used. */
  keys(): Promise<string[]>
  clear(): Promise<void>
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const open = factory.open(name, 1)
  open.onupgradeneeded = () => {
    const db = open.result
    db.createObjectStore('entries', { keyPath: 'key' })
    db.createObjectStore('usage', { keyPath: 'key' }).createIndex('usedAt', 'usedAt')
  }
  return request(open).then((db) => {
    // Another tab deleting the database (or a newer version) must not wait for this one.
    db.onversionchange = () => db.close()
    return db
  })
}

export function openDayStore<V extends Sized>(
  bounds: DayStoreBounds = DEFAULT_BOUNDS,
  { factory = globalThis.indexedDB, name = DAY_STORE_NAME, now = Date.now } = {},
): DayStore<V> {
  let opened: Promise<IDBDatabase> | null = null
  const db = () => {
    opened ??= openDatabase(factory, name).catch((error: unknown) => {
      opened = null
      known = null
      throw error
    })
    return opened
  }
  // The keys stored, read once: a day that is not there costs no IndexedDB transaction (which would
  // wait behind the writes of days just loaded), so a first visit loads as fast as without a cache.
  let known: Promise<Set<string>> | null = null
  const storedKeys = () => {
    known ??= db().then(async (database) => {
      const tx = database.transaction('usage')
      return new Set((await request(tx.objectStore('usage').getAllKeys())) as string[])
    })
    return known
  }
  // Strictly increasing within a session, so two uses in one millisecond keep their order.
  let lastUse = 0
  const use = () => {
    lastUse = Math.max(now(), lastUse + 1)
    return lastUse
  }

  /** Deletes the least recently used entries beyond the bounds; their keys. */
  async function evict(usage: IDBObjectStore, entries: IDBObjectStore): Promise<string[]> {
    const all = await request(usage.index('usedAt').getAll() as IDBRequest<Usage[]>)
    let events = all.reduce((sum, u) => sum + u.events, 0)
    let count = all.length
    const evicted: string[] = []
    for (const oldest of all) {
      if (events <= bounds.maxEvents && count <= bounds.maxEntries) break
      usage.delete(oldest.key)
      entries.delete(oldest.key)
      evicted.push(oldest.key)
      events -= oldest.events
      count--
    }
    return evicted
  }

  return {
    async getItem(key) {
      if (!(await storedKeys()).has(key)) return null
      const database = await db()
      const found = await request(
        database.transaction('entries').objectStore('entries').get(key) as IDBRequest<
          { value: V } | undefined
        >,
      )
      if (!found) return null
      // Marked used in a transaction of its own: the day is handed over without waiting for it.
      const usedAt = use()
      const tx = database.transaction('usage', 'readwrite')
      tx.objectStore('usage').put({ key, events: found.value.events, usedAt } satisfies Usage)
      return found.value
    },
    async setItem(key, value) {
      if (value === null) return
      const tx = (await db()).transaction(['entries', 'usage'], 'readwrite')
      const finished = done(tx)
      const entries = tx.objectStore('entries')
      const usage = tx.objectStore('usage')
      entries.put({ key, value })
      usage.put({ key, events: value.events, usedAt: use() } satisfies Usage)
      const evicted = await evict(usage, entries)
      await finished
      const stored = await storedKeys()
      stored.add(key)
      for (const gone of evicted) stored.delete(gone)
    },
    async removeItem(key) {
      const tx = (await db()).transaction(['entries', 'usage'], 'readwrite')
      tx.objectStore('entries').delete(key)
      tx.objectStore('usage').delete(key)
      await done(tx)
      ;(await storedKeys()).delete(key)
    },
    async keys() {
      const tx = (await db()).transaction('usage')
      const all = await request(tx.objectStore('usage').index('usedAt').getAll() as IDBRequest<Usage[]>)
      return all.map((u) => u.key)
    },
    async clear() {
      const tx = (await db()).transaction(['entries', 'usage'], 'readwrite')
      tx.objectStore('entries').clear()
      tx.objectStore('usage').clear()
      await done(tx)
      ;(await storedKeys()).clear()
    },
  }
}

/**
 * Empties the cache of closed days (logout, a session that ended, other ledger keys). Works without
 * the app's store being open, and when IndexedDB is not there at all.
 */
export async function clearDayStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<void> {
  if (!factory) return
  try {
    await openDayStore({ maxEvents: 0, maxEntries: 0 }, { factory }).clear()
  } catch {
    // Nothing stored can be read back either: a store that cannot be opened holds nothing we use.
  }
}
