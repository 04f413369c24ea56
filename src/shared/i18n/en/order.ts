import type { English } from '../messages'

/** The look-up, the order and transaction pages (src/features/order). */
export const order = {
  'order.ReferenceHits': {
    order: (reference: string) => `The order “${reference}”`,
    transaction: (psp: string, reference: string) => `Transaction ${psp} in the order “${reference}”`,
    ledger: (id: string) => `point of sale no. ${id}`,
  },
  'order.LookupBox': {
    label: 'Find an order or transaction',
    region: 'Look-up',
    placeholder: 'Order reference or transaction ID  ( / )',
    hint: 'The order reference, or the transaction ID (pspReference) from Vipps MobilePay. All dates; exact spelling.',
    submit: 'Find',
    busy: 'Searching …',
    invalid: 'Type an order reference or transaction ID (256 characters at most).',
    noLedgers: 'No points of sale are available.',
    notFound: (text: string, where: string) =>
      `Found no order with the reference “${text}” and no transaction with the transaction ID (pspReference) “${text}” in ${where}.`,
    notInOthers: (others: number) =>
      others === 1
        ? 'Nor in your other point of sale.'
        : `Nor in any of your ${others} other points of sale.`,
    exact: 'The look-up needs the exact reference: upper and lower case count. Check the spelling.',
    failedLedgers: (count: number) => `${count} points of sale could not be searched now.`,
    several: (text: string) => `“${text}” is found in several places:`,
    failed: (title: string) => `The search failed: ${title}. Try again.`,
    unknownError: 'unknown error',
  },
  'order.FindEverywhere': {
    offer: (text: string) =>
      `Is “${text}” an order reference or transaction ID (pspReference)? It may be from another day or another point of sale.`,
    search: 'Search all dates and points of sale',
    busy: 'Searching …',
    cases:
      'The search in the period ignores upper and lower case. The look-up on all dates needs the exact reference.',
    none: (text: string, count: number) =>
      `Found no order or transaction “${text}” on any date, in ${count === 1 ? 'the point of sale' : `any of your ${count} points of sale`}.`,
    several: (text: string) => `“${text}” is found in several places:`,
    failedLedgers: (count: number) => `${count} points of sale could not be searched now.`,
    failed: 'The search failed. Try again.',
  },
} satisfies Partial<English>
