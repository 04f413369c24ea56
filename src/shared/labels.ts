import { formattingLanguage, type Language } from '../api/locale'

/** Names for the API's codes in each language; an unknown code is shown as it is. */
const ENTRY_TYPES: Record<Language, Record<string, string>> = {
  nb: { capture: 'Salg', refund: 'Refusjon' },
  en: { capture: 'Sale', refund: 'Refund' },
}
const PAYMENT_TYPES: Record<Language, Record<string, string>> = {
  nb: { CARD: 'Kort', CASH: 'Kontant', WALLET: 'Vipps', UNKNOWN: 'Ukjent' },
  en: { CARD: 'Card', CASH: 'Cash', WALLET: 'Vipps', UNKNOWN: 'Unknown' },
}
/** How the sale was made, in the words a shop owner uses (the API's term in brackets where it helps). */
const SOLUTIONS: Record<Language, Record<string, string>> = {
  nb: {
    MPOS: 'Kasse (mPOS)',
    SHOPPING_BASKET: 'Handlekurv',
    VARIABLE_AMOUNT: 'Vippsnummer',
    UNKNOWN: 'Ukjent',
  },
  en: {
    MPOS: 'Till (mPOS)',
    SHOPPING_BASKET: 'Shopping basket',
    VARIABLE_AMOUNT: 'Vipps number',
    UNKNOWN: 'Unknown',
  },
}

/** The category keys the app makes itself (no category, several, the rest): their English names. */
const ENGLISH_CATEGORY_KEYS: Record<string, string> = {
  '(uten kategori)': '(no category)',
  '(flere kategorier, ikke fordelt)': '(several categories, not split)',
  Andre: 'Others',
}

const label = (names: Record<Language, Record<string, string>>, language: Language) => (code: string) =>
  names[language][code] ?? code

/** In the language of the page. */
export const entryTypeLabel = (code: string) => label(ENTRY_TYPES, formattingLanguage())(code)
export const paymentTypeLabel = (code: string) => label(PAYMENT_TYPES, formattingLanguage())(code)
export const solutionLabel = (code: string) => label(SOLUTIONS, formattingLanguage())(code)

/** A category as the merchant named it, or our own key for none, several or the rest. */
export const categoryLabel = (key: string) =>
  formattingLanguage() === 'en' ? (ENGLISH_CATEGORY_KEYS[key] ?? key) : key

/** Always Norwegian: the exports' documented values, whatever language the page is in. */
export const norwegianLabels = {
  entryType: label(ENTRY_TYPES, 'nb'),
  paymentType: label(PAYMENT_TYPES, 'nb'),
  solution: label(SOLUTIONS, 'nb'),
}
