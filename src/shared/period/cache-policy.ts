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

/** Empties the cache (logout, an ended session); never fails. */
export const emptyDayCache = (): Promise<void> =>
  import('./day-store').then((store) => store.clearDayStore()).catch(() => {})
