import type { Page } from '@playwright/test'

/**
 * Days held in the app's persisted cache of closed days (its IndexedDB database), read in the page
 * without opening the app's code: 0 when there is none.
 */
export async function persistedDays(page: Page): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const open = indexedDB.open('salgsoversikt-cache')
    open.onerror = () => resolve(0)
    open.onupgradeneeded = () => { open.transaction.abort(); resolve(0) }
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains('entries')) { db.close(); return resolve(0) }
      const count = db.transaction('entries').objectStore('entries').count()
      count.onsuccess = () => { db.close(); resolve(count.result) }
      count.onerror = () => { db.close(); resolve(0) }
    }
  })`)) as number
}

/** Sales date requests the page sends (each is one call upstream), by ledger date. */
export function dateRequests(page: Page): string[] {
  const dates: string[] = []
  page.on('request', (request) => {
    const match = /\/api\/sales\/report\/v1\/ledgers\/[^/]+\/dates\/(\d{4}-\d{2}-\d{2})/.exec(request.url())
    if (match) dates.push(match[1] as string)
  })
  return dates
}
