import { formatCount as count } from '../../../api/locale'
import type { English } from '../messages'

const days = (n: number) => (n === 1 ? 'day' : 'days')

/** The explorer (src/features/explorer). */
export const explorer = {
  'explorer.SalesTable': {
    region: 'Transactions',
    hint: 'Each row has a button for its order lines. The arrow keys move between rows, Home and End to the first and last, Enter or Space opens, Escape closes.',
  },
  'explorer.CopyLinkButton': {
    button: 'Copy link',
    hint: 'Copies a link to this view with fixed dates, so it shows the same tomorrow',
    copied: (from: string, to: string) => `The link is copied, with the dates ${from}–${to}.`,
    copiedFeed: 'The link is copied.',
    manual: 'Copy the link here (Ctrl+C or ⌘C):',
    manualLabel: 'Link to the view',
  },
  'explorer.ComparisonFigures': {
    average: 'Average sale',
    none: '–',
    vsPeriod: (period: string) => `against ${period}`,
    previousAverage: (amount: string, period: string) => `${amount} ${period}`,
    noChange: (period: string) => `No sales to compare with ${period}`,
    provisional: 'provisional',
    notFinal: 'not final',
    mixedTitle: 'The turnover adds up amounts in several currencies, so the change is not a figure to use',
    until: (time: string) => `until ${time}`,
    sameWeekday: (day: string) => `${day} last week`,
    sameDays: (from: string, to: string, month: string) => `${from}–${to} ${month}`,
    month: (month: string) => month,
    daysBefore: (from: string, to: string) => `${from}–${to}`,
    explain:
      'The change is the takings after refunds (gross) against the period before, with the same filters. For one day: the same weekday the week before; for today and periods ending today: up to the same time of day.',
  },
  'explorer.LoadProgress': {
    allLoaded: (n: number, events: number) => `All ${n} ${days(n)} loaded · ${count(events)} transactions`,
    loading: (loaded: number, n: number, events: number) =>
      `${loaded} of ${n} ${days(n)} · ${count(events)} transactions`,
    failedCount: (failed: number) => ` · ${failed} failed`,
    busy: ' · loading …',
    stopped: ' · stopped',
    updatedAt: (time: string) => `Last updated at ${time}`,
    refreshFailed: (time: string) => `Could not update: the figures are from ${time}. Trying again shortly.`,
    progressLabel: 'Loaded',
    dayFailed: (date: string) => `${date} could not be loaded`,
    partly: (events: number) => ` (${count(events)} transactions fetched so far)`,
    retryAll: 'Retry all',
    retryOne: 'Try again',
    retryHint: 'The days that failed are also loaded again when the network connection comes back.',
  },
  'explorer.FilterSheet': {
    open: (active: number) => (active > 0 ? `Filters and period (${active} in use)` : 'Filters and period'),
    title: 'Filters and period',
    done: 'Done',
  },
  'explorer.SalesList': {
    list: 'Transactions',
    sort: 'Sort order',
    newest: 'Newest first',
    oldest: 'Oldest first',
    largest: 'Largest amount first',
    smallest: 'Smallest amount first',
    cash: 'cash',
    openOrder: (reference: string) => `Open the order “${reference}” →`,
    lines: 'Order lines',
    noLines: 'No order lines.',
    quantity: (quantity: number | null, name: string) => `${quantity ?? '–'} × ${name}`,
    unnamed: '(no name)',
    lineVat: (rate: string) => `${rate} VAT`,
    control: (reference: string, time: string) => `${reference}, ${time}`,
  },
  'explorer.CoverageNotice': {
    beforeFloor: (floor: string) =>
      `The Sales API has data from ${floor} (till/mPOS; Vipps number from 16 March and web shop from 22 April 2026). Days before that show empty because there is no data – not because there were no sales.`,
    withoutLines: (n: string) =>
      `${n} transactions in the selection lack the order lines the till or web shop should have sent.`,
    withoutGross: (n: string) =>
      `${n} transactions without an amount from Vipps MobilePay: they are counted but not summed – so the gross total is too low by their unknown amounts.`,
    byNature: (n: string) =>
      `${n} transactions with a free amount (Vipps number) have no order lines: that is how these sales are.`,
  },
  'explorer.SalesTableRow': {
    control: (reference: string, time: string) => `Order lines for ${reference}, ${time}`,
    openOrder: (reference: string) => `Open the order “${reference}” with all its refunds →`,
  },
  'explorer.ExplorerPage': {
    personal: 'Show personal data',

    heading: 'Sales and refunds',
    feed: 'The sales log',
    print: 'The print-out',
    view: 'View',
    table: 'Table',
    insights: 'Insights and VAT',
    dayReport: (date: string) => `Daily settlement ${date.slice(8, 10)}/${date.slice(5, 7)}`,
    settlement: 'Settlement and payouts',
    vouchers: 'Vouchers for the accounts',
    export: 'The export',
    tableName: 'The table',
    sales: 'the sales',
    noMatch: 'No transactions match the filters.',
    noSales: 'No sales in the period.',
    search: 'The search',
  },
  'explorer.TotalsBar': {
    gross: 'Gross',
    net: 'Net',
    vat: 'VAT',
    notGiven: 'not given',
    withoutGross: (c: string) => `+ ${c} without an amount`,
    withoutVat: (c: string) => `+ ${c} without a VAT breakdown`,
    chosenCategories: 'Chosen categories',
    onlyChosen: 'Only the chosen categories',
    ownLines: (c: string) => `their own order lines in ${c} transactions – not the rest of the purchase`,
    grossOwnLines: 'Gross (own lines)',
    notSplit: (c: string) =>
      `${c} transactions with the category have order lines that do not add up to the amount, so the category’s share is unknown: they are not in the category figures.`,
    totalsWhole: 'Totals of whole transactions',
    totals: 'Totals',
    hits: 'Matches',
    transactions: 'Transactions',
    counts: (captures: string, refunds: string) => `${captures} sales · ${refunds} refunds`,
    notSummed: (c: string) => ` · ${c} not summed`,
    grossWhole: 'Gross (whole transactions)',
    noVat: (c: string) =>
      `Vipps MobilePay gave no VAT for any of these ${c} transactions: net and VAT are unknown, gross is summed.`,
    someVat: (c: string, gross: string, withoutGross: string | null) =>
      `Net and VAT cover sales with a VAT breakdown. ${c} transactions (${gross} gross${withoutGross ? `, ${withoutGross} without an amount` : ''}) have no VAT breakdown from Vipps MobilePay.`,
    excluded: (c: string, parts: string) =>
      `The totals leave out ${c} transactions: ${parts}. They are shown marked in the table, but count neither as sales nor as refunds.`,
    unknownKind: (c: string, types: string) => `${c} of an unknown type (${types})`,
    invalid: (c: string) => `${c} that could not be read`,
    and: ' and ',
    provisional: 'Provisional figures – not all days are loaded.',
  },
  'explorer.columnHints': {
    pspReference: 'pspReference at Vipps MobilePay: one payment',
    reference: 'The order reference (reference): the same on a sale and its refunds',
    solution: 'How the sale was made: till (mPOS), shopping basket or Vipps number (free amount)',
  },
  'explorer.columnLabels': {
    time: 'Time',
    reference: 'Reference',
    pspReference: 'Transaction ID',
    entryType: 'Type',
    solution: 'Sales channel',
    paymentType: 'Payment',
    category: 'Category',
    gross: 'Gross',
    net: 'Net',
    vat: 'VAT',
    lines: 'Lines',
    customer: 'Customer',
  },
  'explorer.FilterBar': {
    from: 'from',

    filters: 'Filters',
    search: 'Search',
    searchPlaceholder: 'Reference, transaction ID, item, customer …',
    type: 'Type',
    solution: 'Sales channel',
    payment: 'Payment',
    category: 'Category',
    vatRate: 'VAT rate',
    amount: 'Amount (NOK, gross)',
    min: 'Smallest amount in kroner',
    max: 'Largest amount in kroner',
    to: 'to',
    amountInvalid: 'Type amounts as 123 or 123.50',
    missing: 'Missing',
    lines: 'order lines',
    vat: 'VAT breakdown',
    reset: 'Clear filters',
  },
  'explorer.PeriodPicker': {
    period: 'Period (Norwegian time)',

    feed: 'The whole sales log',
    from: 'From',
    to: 'To',
  },
  'explorer.LedgerPicker': {
    ledgers: 'the points of sale',
    label: 'Point of sale',
    fetching: 'Fetching …',
    unavailable: (id: string) => `Point of sale no. ${id} (not available to these keys)`,
  },
  'explorer.TermYearPicker': {
    term: 'VAT term',
    chooseTerm: 'Choose a term',
    year: 'Year',
    chooseYear: 'Choose a year',
  },
  'explorer.MonthProgress': {
    perMonth: 'Loaded per month',
    loaded: (month: string) => `${month} loaded`,
    count: (loaded: number, days: number, events: string) =>
      `${loaded} of ${days} days · ${events} transactions`,
    stop: 'Stop loading',
    stopHint: 'What is loaded stays; the totals are then provisional.',
    resume: 'Continue',
    stopped: 'Loading is stopped: the totals cover only the days that are loaded.',
  },
  'explorer.ColumnChooser': {
    count: (count: number) => `${count} shown`,

    shown: (count: number) => `Columns: ${count} shown`,
    columns: 'Columns',
  },
  'explorer.FeedView': {
    fetched: (c: string) => `${c} transactions fetched from the sales log`,
    fetching: ' · fetching …',
    caughtUp: ' · everything is fetched',
    scroll: ' · scroll down to fetch more',
    checked: (time: string) => ` · last checked ${time}`,
    more: 'Fetch more',
    follow: 'Follow new sales (newest on top)',
    totalsNote: 'The totals cover the transactions fetched so far, not a period.',
    newSales: 'new sales',
    loading: 'Fetching sales …',
    noMatch: 'No fetched transactions match the filters.',
    none: 'No sales yet.',
  },
  'explorer.SalesTableHead': {
    showLines: 'Show lines',
  },
  'explorer.TableSkeleton': {
    loading: 'Loading sales',
  },
  'explorer.columns': {
    noLines: 'No order lines given',
  },
  'explorer.BeyondTodayNotice': {
    notBegunTitle: 'The period has not begun yet',
    notBegun: (from: string, to: string) =>
      `You asked for ${from}–${to}. There are no sales to fetch before the period begins, so nothing is loaded. Choose a period that has begun.`,
    endedToday: (asked: string, today: string) =>
      `The period ends today, ${today}: you asked for up to ${asked}, but later days have no sales yet.`,
  },
} satisfies Partial<English>
