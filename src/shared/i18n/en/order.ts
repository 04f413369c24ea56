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
  'order.OrderPage': {
    back: '← Back to the transactions',
    documentTitle: (reference: string) => `Order ${reference} – Salgsoversikt`,
    order: 'Order',
    noLedger: 'The link lacks a point of sale (?ledger=…).',
    fetchingOrder: 'Fetching the order …',
    theOrder: 'the order',
    timeline: 'Timeline',
    transaction: 'Transaction',
    fetchingTransaction: 'Fetching the transaction …',
    theTransaction: 'the transaction',
    wholeOrder: (reference: string) => `See the whole order “${reference}” →`,
  },
  'order.LookupNotFound': {
    noOrder: (searched: string, where: string) =>
      `Found no order with the reference “${searched}” in ${where}.`,
    noTransaction: (searched: string, where: string) =>
      `Found no transaction with the transaction ID (pspReference) “${searched}” in ${where}.`,
    lookingAs: (searched: string, asPsp: boolean) =>
      `Looking for “${searched}” as ${asPsp ? 'a transaction ID' : 'an order reference'} …`,
    isPspOf: (searched: string, reference: string) =>
      `“${searched}” is the transaction ID of a transaction in the order “${reference}”. `,
    isOrder: (searched: string) => `There is an order with the reference “${searched}”. `,
    open: (reference: string) => `Open the order “${reference}” →`,
    searchAs: (searched: string, asPsp: boolean) =>
      `Search for “${searched}” as ${asPsp ? 'a transaction ID' : 'an order reference'} →`,
    neither: (searched: string, asPsp: boolean) =>
      `Found no ${asPsp ? 'transaction with the transaction ID' : 'order with the reference'} “${searched}” either. Check that the point of sale and the spelling are right.`,
  },
  'order.EventCard': {
    net: 'net',
    vat: 'VAT',
    psp: 'Transaction ID (pspReference)',
    cash: 'none (cash)',
    payment: 'Payment',
    solution: 'Sales channel',
    customer: 'Customer',
    settlement: 'Settlement',
  },
  'order.OrderTotals': {
    sum: 'Order total',
    captured: 'Paid',
    refunded: 'Refunded',
    net: 'Net after refunds',
    transactions: 'Transactions',
    excluded: (c: number) => `${c} events are not in the totals`,
    unknownTypes: (types: string) => ` (unknown type: ${types})`,
    invalid: (c: number) => ` (${c} could not be read)`,
  },
  'order.OrderResult': {
    full: 'refunded',
    partial: 'partly refunded',
    unknown: 'has a refund',
    perLine: 'Result per line after refunds',
    item: 'Item',
    category: 'Category',
    quantity: 'Quantity',
    gross: 'Gross',
    net: 'Net',
    rate: 'VAT rate',
    vat: 'VAT',
    notSplit: (c: number) =>
      `${c} events have lines that do not add up to the amount: their line amounts are left out (–), the totals use the event’s own amount under an unknown rate.`,
    perRate: 'VAT by rate after refunds',
    sum: 'Total',
    withoutBreakdown: (c: number) => `Without VAT breakdown (${c})`,
    lines: 'Order lines after refunds',
    quantityName: (quantity: number | null, name: string) =>
      quantity === null ? name : `${quantity} × ${name}`,
  },
} satisfies Partial<English>
