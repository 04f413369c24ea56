/**
 * Whether the user has chosen to show customers' personal data ("Vis personopplysninger"). Until
 * then no personal data is written to the browser's storage (day-cache.ts): a closed day that holds
 * customer fields is refetched next time rather than persisted.
 */
let shown = false

export const personalDataShown = () => shown

export function setPersonalDataShown(value: boolean): void {
  shown = value
}
