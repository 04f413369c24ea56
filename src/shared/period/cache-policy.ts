/**
 * What the app tells the persisted cache of closed days (day-cache.ts) from outside it, without
 * loading it: whether personal data may be kept, and when everything must go.
 *
 * Personal data: until the user has chosen to show customers' personal data ("Vis
 * personopplysninger"), no day that holds customer fields is written to the browser's storage; it is
 * fetched again next time instead.
 */
let shown = false

export const personalDataShown = () => shown

export function setPersonalDataShown(value: boolean): void {
  shown = value
}

let ended = false

/** Whether the session's cache was emptied: from then on nothing more is written to it. */
export const keepingEnded = () => ended

/**
 * Empties the cache (logout, an ended session); never fails. Days still waiting to be written (they
 * are written when the browser is idle) are dropped, so none lands after the store was emptied.
 */
export function emptyDayCache(): Promise<void> {
  ended = true
  return import('./day-store').then((store) => store.clearDayStore()).catch(() => {})
}
