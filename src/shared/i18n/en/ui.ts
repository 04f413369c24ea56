import { formatCount as count } from '../../../api/locale'
import { PROBLEM_TYPES } from '../../../api/problem'
import type { English } from '../messages'

const TRY_LATER = 'Try again shortly.'
const TELL_OPERATOR = 'If it happens again, tell whoever runs the dashboard.'

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
    lines: 'Order lines',
    quantityName: (quantity: number | null, name: string) =>
      quantity === null ? name : `${quantity} × ${name}`,
    dataQuality: 'Data quality',
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
    couldNotFetch: (what: string) => `Could not fetch ${what}: `,
    status: (status: number) => ` (HTTP ${status})`,
    retry: 'Try again',
  },
  'ui.FigureNotices': {
    and: 'and',
    incomplete: 'incomplete',
    provisional: 'provisional',
    provisionalTitle: 'The day is not over: the figure may change',
    dayNotOver: (time: string | null) =>
      `Provisional – the day is not over${time ? `, figures as of ${time}` : ''}.`,
    periodNotOver: (date: string, time: string | null) =>
      `Provisional – the period includes ${date}, which is not over${time ? `: figures as of ${time}` : ''}.`,
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
  'ui.clientProblems': {
    unreachable: 'Cannot reach the dashboard server',
    unreachableDetail: 'Check that the server is running, and try again.',
    notJson: 'The answer was not valid JSON',
    outOfTime: 'No answer in time',
    outOfTimeDetail: (seconds: number) =>
      `No answer from the dashboard server in ${seconds} seconds. Try again.`,
    unexpectedUpstream: 'Unexpected answer from Vipps MobilePay',
    unexpectedServer: 'Unexpected answer from the dashboard server',
  },
  'ui.problemParts': {
    unknown: 'Something went wrong',
    serverSaid: (text: string) => `The server said: ${text}`,
  },
  'ui.problemTexts': {
    byType: {
      [PROBLEM_TYPES.loginRequired]: {
        title: 'You must log in again',
        explanation: 'The session has expired or the password has been changed. Log in to continue.',
      },
      [PROBLEM_TYPES.keysRefused]: {
        title: 'Vipps MobilePay refused the accounting keys',
        explanation:
          'Check that VIPPS_CLIENT_ID and VIPPS_CLIENT_SECRET are the accounting keys of the right account, whole and without quotation marks, and restart the dashboard server.',
      },
      [PROBLEM_TYPES.upstreamTimeout]: {
        title: 'Vipps MobilePay did not answer in time',
        explanation: TRY_LATER,
      },
      [PROBLEM_TYPES.upstreamUnreachable]: {
        title: 'Cannot reach Vipps MobilePay',
        explanation: `The dashboard server could not reach Vipps MobilePay. ${TRY_LATER}`,
      },
      [PROBLEM_TYPES.upstreamBadAnswer]: {
        title: 'Vipps MobilePay did not answer as expected',
        explanation: `The answer could not be used. ${TRY_LATER} ${TELL_OPERATOR}`,
      },
      [PROBLEM_TYPES.upstreamBusy]: {
        title: 'The dashboard server is too busy right now',
        explanation: `Too many requests to Vipps MobilePay at once. ${TRY_LATER}`,
      },
      [PROBLEM_TYPES.ledgerCheckFailed]: {
        title: 'Could not check the sales unit with Vipps MobilePay',
        explanation: `Settings and exports are saved only for sales units the keys have access to. ${TRY_LATER}`,
      },
    },
    upstream: {
      400: {
        title: 'Vipps MobilePay refused the request',
        explanation: `The dashboard asked for something Vipps MobilePay does not accept. ${TELL_OPERATOR}`,
      },
      401: {
        title: 'Vipps MobilePay did not accept the access',
        explanation: `${TRY_LATER} If that does not help, check the accounting keys.`,
      },
      403: {
        title: 'The keys have no access',
        explanation:
          'The accounting keys give no access to this sales unit or this service at Vipps MobilePay.',
      },
      404: {
        title: 'Vipps MobilePay did not find it',
        explanation: 'The sales unit, or what was asked for, does not exist for these accounting keys.',
      },
      429: { title: 'Vipps MobilePay asks us to wait', explanation: `Too many requests. ${TRY_LATER}` },
    },
    upstreamOther: (status: number) =>
      status >= 500
        ? { title: 'Error at Vipps MobilePay', explanation: TRY_LATER }
        : { title: `Vipps MobilePay answered with an error (${status})`, explanation: TELL_OPERATOR },
    own: {
      400: {
        title: 'The dashboard server refused the request',
        explanation: `Something in it was invalid. Reload the page and try again. ${TELL_OPERATOR}`,
      },
      401: { title: 'You must log in', explanation: 'Log in to continue.' },
      403: {
        title: 'The request was refused',
        explanation:
          'Changes are accepted only from the dashboard’s own pages. Reload the page and try again.',
      },
      404: {
        title: 'Not found',
        explanation:
          'What was asked for does not exist – for example a sales unit these accounting keys cannot read.',
      },
      405: { title: 'The request was refused', explanation: TELL_OPERATOR },
      409: {
        title: 'The voucher numbers changed since the page was loaded',
        explanation:
          'Another tab has exported some of these dates. Nothing was changed. Reload the page and download the file again.',
      },
      413: { title: 'Too much data in one request', explanation: TELL_OPERATOR },
      415: { title: 'The request was refused', explanation: TELL_OPERATOR },
      429: { title: 'Too many attempts', explanation: TRY_LATER },
      500: { title: 'Error in the dashboard server', explanation: `${TRY_LATER} ${TELL_OPERATOR}` },
      502: { title: 'Vipps MobilePay did not answer as expected', explanation: TRY_LATER },
      503: { title: 'The service is temporarily unavailable', explanation: TRY_LATER },
      504: { title: 'Vipps MobilePay did not answer in time', explanation: TRY_LATER },
      507: {
        title: 'The storage for voucher settings is full',
        explanation: `Nothing was changed. ${TELL_OPERATOR}`,
      },
    },
    ownOther: (status: number) =>
      status >= 500
        ? { title: `Error in the dashboard server (${status})`, explanation: TRY_LATER }
        : { title: `The request was refused (${status})`, explanation: TELL_OPERATOR },
  },
  'api.issueText': {
    wholeEvent: 'the event',
    field: (path: string) => `“${path}”`,
    missing: 'is missing',
    received: (value: string) => `is ${value}`,
    sentence: (field: string, expected: string, received: string) =>
      `${field} should be ${expected}, but ${received}`,
    expected: {
      string: 'text',
      number: 'a number',
      integer: 'a whole number',
      safe_integer: 'a whole number within ±9,007,199,254,740,991',
      boolean: 'yes or no (true/false)',
      object: 'an object',
      array: 'a list',
      iso_timestamp: 'a time in ISO 8601 format (e.g. 2026-11-28T12:00:00Z)',
      regex: 'in the right format',
      non_empty: 'filled in',
      oneOf: (options: string) => `one of ${options}`,
      atLeast: (bound: string) => `at least ${bound}`,
      atMost: (bound: string) => `at most ${bound}`,
      other: 'a valid value',
    },
    kinds: { null: 'empty (null)', undefined: 'missing' },
  },
} satisfies Partial<English>
