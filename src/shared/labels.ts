/** Norwegian names for the API's codes; an unknown code is shown as it is. */
const ENTRY_TYPES: Record<string, string> = { capture: 'Salg', refund: 'Refusjon' }
const PAYMENT_TYPES: Record<string, string> = {
  CARD: 'Kort',
  CASH: 'Kontant',
  WALLET: 'Vipps',
  UNKNOWN: 'Ukjent',
}
/** How the sale was made, in the words a shop owner uses (the API's term in brackets where it helps). */
const SOLUTIONS: Record<string, string> = {
  MPOS: 'Kasse (mPOS)',
  SHOPPING_BASKET: 'Handlekurv',
  VARIABLE_AMOUNT: 'Vippsnummer',
  UNKNOWN: 'Ukjent',
}

export const entryTypeLabel = (code: string) => ENTRY_TYPES[code] ?? code
export const paymentTypeLabel = (code: string) => PAYMENT_TYPES[code] ?? code
export const solutionLabel = (code: string) => SOLUTIONS[code] ?? code
