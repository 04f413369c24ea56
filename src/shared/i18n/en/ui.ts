import { formatCount as count } from '../../../api/locale'
import type { English } from '../messages'

/** Shared parts of the UI (src/shared/ui). */
export const ui = {
  'ui.ViewBoundary': {
    notLoaded: (name: string) => `${name} could not be loaded.`,
    notLoadedDetail:
      'The server did not answer, or a new version of Salgsoversikt has come out since you opened the page. Check the network connection and try again.',
    failed: (name: string) => `${name} could not be shown.`,
    failedDetail: 'Something went wrong in the view. What you have already loaded is not lost.',
    retry: 'Try again',
    checking: 'Looking for a new version …',
    reloading: 'A new version has come out: reloading the page …',
    technical: 'Technical error message',
  },
  'ui.DateInput': {
    placeholder: 'dd.mm.yyyy',
    invalid: 'Type the date as dd.mm.yyyy, for example 22.11.2026.',
    afterMax: (max: string) => `Choose a date up to ${max}.`,
    beforeMin: (min: string) => `Choose a date from ${min}.`,
    calendar: (label: string) => `${label}: choose in a calendar`,
  },
  'ui.CustomerIdentity': {
    hide: 'Hide personal data',
    show: 'Show personal data',
  },
  'ui.MultiSelect': {
    all: 'All',
    chosen: (c: number) => `${c} chosen`,
    none: 'No values in the period',
  },
  'ui.EntryTypeBadge': {
    notSummed: 'Not in the totals.',
    negative: 'Negative sale',
    unreadable: 'Could not be read',
    unknown: 'Unknown type: shown as it is, not in the totals',
  },
  'ui.MissingCount': {
    withoutAmount: 'without an amount',
    title: 'Not in the total: Vipps MobilePay did not give the amount',
  },
  'ui.ReadingNotice': {
    unreadable: (events: string) =>
      `${events} could not be read. They are shown marked “Could not be read” with what was wrong, and are not in the totals.`,
    repeated: (events: string) =>
      `Vipps MobilePay sent ${events} twice, exactly alike. Each is counted once.`,
    one: 'event',
    many: 'events',
  },
  'ui.OrderLines': {
    hasLines: 'Order lines given',
    noLines: 'No order lines given',
    hasVat: 'VAT broken down',
    noVat: 'No VAT breakdown',
    customer: 'Customer known',
    noCustomer: 'Customer not given',
    category: (category: string) => `Sales category: ${category}. `,
    saleNoLines: 'The sale has no order lines.',
    item: 'Item',
    lineCategory: 'Category',
    quantity: 'Quantity',
    unitGrossHint: 'Unit price gross',
    unitGross: 'Price gross',
    unitNetHint: 'Unit price net (before discount)',
    unitNet: 'Price net',
    discount: 'Discount',
    sumGrossHint: 'Line total gross (after discount)',
    sumGross: 'Total gross',
    sumNetHint: 'Line total net (after discount)',
    sumNet: 'Total net',
    rate: 'Rate',
    vat: 'VAT',
    unnamed: '(no name)',
    sumLines: 'Total of the lines',
  },
  'ui.VatRateTable': {
    rate: 'Rate',
    net: 'Base',
    vat: 'VAT',
    gross: 'Gross',
  },
  'ui.Money': {
    missing: 'Not given by Vipps MobilePay',
  },
  'ui.ProblemMessage': {
    wrong: 'Something went wrong',
    couldNot: (what: string, title: string) => `Could not fetch ${what}: ${title}`,
    retry: 'Try again',
  },
  'ui.FigureNotices': {
    and: 'and',
    incomplete: 'incomplete',
    notFinal: 'not final',
    incompleteTitle: 'Not every event is read: the figure may change',
    mixedTitle: 'The sum adds up amounts in several currencies',
    mixed: (currencies: string) =>
      `Not final: the totals add up amounts in ${currencies}, which cannot be summed without a rate. Use the figures per currency:`,
    perCurrency: (currency: string, gross: string, c: string, withoutGross: number) =>
      `${currency} ${gross} (${c} transactions${withoutGross > 0 ? `, ${count(withoutGross)} without an amount` : ''})`,
    sharedPsp: (events: string, refs: number) =>
      `${events} different events share a pspReference (${refs === 1 ? 'one pspReference' : `${count(refs)} pspReferences`}). All are in the totals – check whether some are the same sale sent twice:`,
    morePsp: (c: number) => `and ${count(c)} more`,
    unsummedGross: (gross: string) => `Gross not summed: ${gross}`,
    unsummedWithout: (c: number) => ` + ${count(c)} without a readable amount`,
    negativeCaptures: (c: number) => `${count(c)} ${c === 1 ? 'sale' : 'sales'} with a negative amount`,
    incompleteStatement: 'Incomplete: not every event could be read, so none of the figures here is final.',
    chartsMixed: (currencies: string) =>
      `Not final: the charts and the VAT summary add up amounts in ${currencies}. The figures per currency are above.`,
    mixedStatement: (currencies: string) => `Not final: the figures add up amounts in ${currencies}.`,
  },
} satisfies Partial<English>
