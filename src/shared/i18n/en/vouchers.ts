import { formatCount as n } from '../../../api/locale'
import type { English } from '../messages'

/**
 * The vouchers page (src/features/vouchers). The vouchers' own texts (account lines, the files)
 * stay Norwegian: they go into a Norwegian accounting system.
 */
export const vouchers = {
  'vouchers.VouchersPage': {
    title: 'Vouchers for the accounts',
    documentTitle: 'Vouchers for the accounts – Salgsoversikt',
    intro:
      'The daily settlement of each date as a voucher the accounting system can import: income and output VAT per rate, fees and payouts, against a clearing account for Vipps MobilePay.',
    which: 'Which dates',
    newSince: 'New since the last export',
    period: 'Choose a period',
    sections: 'Show',
    vouchers: 'Vouchers',
    settings: 'Accounts and settings',
    noLedger: 'Choose a point of sale.',
  },
  'vouchers.SettingsEditor': {
    title: 'Accounts and settings',
    loading: 'Fetching the settings …',
    what: 'the voucher settings',
    accountant:
      'The account numbers are suggestions from the standard chart of accounts NS 4102, and the VAT codes are the SAF-T standard codes. Every business has its own chart of accounts: your accountant must check the accounts before the first import.',
    notSaved: 'Nothing is saved for this point of sale yet: the fields show the defaults.',
    rates: 'Sales and output VAT per rate',
    rate: 'Rate (%)',
    salesAccount: 'Sales account',
    vatAccount: 'Output VAT account',
    vatCode: 'VAT code',
    rateLabel: (rate: string) => (rate ? `${rate}%` : 'new rate'),
    fieldFor: (field: string, rate: string) => `${field} for ${rate}`,
    remove: (rate: string) => `Remove ${rate}`,
    removeShort: 'Remove',
    addRate: 'Add a VAT rate',
    noVatAccount: 'Empty for 0%: there is no VAT to book.',
    otherAccounts: 'Other accounts',
    standard: (value: string) => `Default: ${value}`,
    isStandard: 'default',
    noVatCode: 'VAT code for lines without VAT',
    noVatCodeHint: 'Clearing, bank, fees and the VAT lines themselves.',
    cash: 'Cash sales (without pspReference)',
    numbering: 'Voucher number',
    voucherType: 'Voucher type (GBAT10 bilagsart)',
    voucherTypeHint:
      'Tripletex makes a number series per voucher type; in Mamut and PowerOffice the voucher type must exist in the company.',
    mode: 'Numbering',
    sequential: 'In sequence',
    byDate: 'The date as the number (YYYYMMDD), the same on every export',
    nextNumber: 'Next voucher number',
    nextNumberHint: (highest: number | null) =>
      highest === null
        ? 'Continues after the last number exported. No vouchers have been exported with numbers in sequence yet.'
        : `Continues after the last number exported. The highest number exported is ${n(highest)}.`,
    noNextNumber:
      'Every voucher number up to 99,999,999 is used: type a new next number to be able to export.',
    separator: 'Decimal separator in GBAT10',
    point: 'Point (1234.50)',
    comma: 'Comma (1234,50): only if the import needs it',
    save: 'Save the settings',
    saving: 'Saving …',
    defaults: 'Fill in the defaults',
    defaultsNote: 'The defaults are filled in. They apply once you save.',
    saved: 'The settings are saved.',
    notSavedErrors: 'The settings were not saved. Correct the fields that are marked.',
    notSavedProblem: 'The settings were not saved',
    reuses: (from: number, to: number) =>
      `Note: voucher numbers ${n(from)}–${n(to)} were used in earlier exports. The next export gets numbers that may already be in the accounts. Choose a number above ${n(to)}, or check that the old vouchers are deleted in the accounting system.`,
    rowError: 'Error in the row',
  },
  'vouchers.VoucherDay': {
    number: (no: number) => `Voucher ${no}`,
    exportedNumber: (n: number) => `Booked as voucher ${n}.`,
    exportedNumberOpen: (n: number) => `Exported as voucher ${n} (provisional).`,
    inFile: 'in the file',
    notInFile: 'not in the file',
    gross: (amount: string) => `sales ${amount}`,
    balances: 'balances',
    unbalanced: 'does not balance',
    caption: (date: string) => `Voucher for ${date}: postings, amounts in kroner`,
    listLabel: 'The sales',
    account: 'Account',
    text: 'Text',
    vatCode: 'VAT',
    vatCodeFull: 'VAT code',
    debit: 'Debit',
    credit: 'Credit',
    sum: 'Total',
    balanceOk: 'Debit = credit: the voucher balances.',
    balanceFailed: 'Debit and credit are not equal: the voucher does not balance.',
    nothing: 'Nothing to book this day.',
    failed:
      'The sales or the settlement of the date could not be fetched in full. Try again at the top of the page.',
    exportedAt: (when: string, format: string, open: boolean) =>
      open ? `Exported ${when} as ${format}, while the date was open.` : `Exported ${when} as ${format}.`,
    cashLeftOut: (count: number, amount: string) =>
      `Cash sales left out of the voucher: ${count} sales, ${amount} (booked from the till’s own Z report).`,
    uncertain: (count: number, account: string) =>
      `${count} sales without a VAT breakdown, booked to account ${account} (uncertain VAT)`,
    missing: (count: number) => `${count} sales without an amount: not booked`,
    reference: 'Reference',
    psp: 'pspReference',
    amount: 'Gross',
    cash: 'cash',
    notes: 'Notes',
  },
  'vouchers.FileTotals': {
    title: 'Totals of the vouchers in the file',
    caption: 'Income (base) and output VAT per rate, to check against the VAT summary; amounts in kroner',
    rate: 'Rate',
    net: 'Base',
    vat: 'VAT',
    gross: 'Gross',
    uncertain: 'Uncertain VAT',
    sales: 'Total',
    fees: 'Fees withheld in the settlement',
    payouts: 'Paid to the bank',
    balance: 'Debit and credit',
    balanced: (amount: string) => `${amount} on each side: the vouchers balance`,
    unbalanced: (debit: string, credit: string) => `Debit ${debit}, credit ${credit}: does not balance`,
  },
  'vouchers.VoucherWorkspace': {
    loading: 'Fetching the settings and what was exported before …',
    settings: 'the voucher settings',
    exports: 'what was exported before',
    firstExport: (span: string) =>
      `Nothing has been exported for this point of sale yet: showing ${span}. Choose a period to export other dates.`,
    since: (last: string, span: string) => `The last date exported is ${last}. New dates: ${span}.`,
    capped: 'There are more new dates after these: they show once these are exported.',
    nothingNew: (last: string) => `No new dates since the last export (${last}).`,
    exportedNow: (last: string) => `Exported up to ${last}. The dates below show what was exported.`,
    next: 'Show the next new dates',
  },
  'vouchers.ExportHistory': {
    title: 'Exported before',
    none: 'Nothing has been exported for this point of sale yet.',
    when: 'When',
    format: 'Format',
    dates: 'Dates',
    count: (c: number) => (c === 1 ? '1 date' : `${c} dates`),
    provisional: (c: number) =>
      c === 1 ? '1 date was open (provisional)' : `${c} dates were open (provisional)`,
    numbers: 'Voucher no.',
    range: (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`),
    allKept: 'same numbers as before',
    someKept: (n: number) => `${n} with the same number as before`,
    renumbered: 'new numbers chosen',
    byDate: 'the date',
    note: 'Every download is listed here. A date exported again keeps its voucher number, unless new numbers were chosen.',
  },
  'vouchers.VoucherBody': {
    waiting: 'The vouchers show once the sales and the settlement of every date are fetched.',
    noAccessTitle: 'Fees and payouts are missing',
    noAccess: (status: string) =>
      `The accounting keys give no access to the settlement (Report API${status}). So the vouchers hold the sales only: income and VAT against the clearing account. Book the fees and payouts from the bank statement and the invoice from Vipps MobilePay.`,
    defaults:
      'The accounts are the default suggestions (NS 4102): no settings are saved for this point of sale yet. Have your accountant check them before the first import.',
    checkAccounts: 'See and change the accounts',
    days: 'Vouchers by date',
  },
  'vouchers.ExportPanel': {
    hints: {
      gbat10: 'Import into Tripletex, PowerOffice Go and Mamut / Visma Business',
      fiken: 'A sheet to register each day from in Fiken: one amount per VAT rate',
      'csv-excel': 'One posting per row, debit and credit; semicolon and decimal comma',
      'csv-standard': 'As above, with commas and amounts in øre, for other systems',
    },

    title: 'Download vouchers',
    format: 'Format',
    includeOpen: (count: number) =>
      `Include open dates (${count}): the figures are provisional and may change`,
    openWarning:
      'Open dates are not fully settled. Their vouchers are marked FORELØPIG (provisional) in the file and in the file name. Once the date is closed, the provisional voucher must be reversed in the accounts and the date exported again.',
    openLeftOut: (count: number) =>
      count === 1
        ? 'One date is still open and is not in the file.'
        : `${count} dates are still open and are not in the file.`,
    includeExported: (count: number) => `Export dates exported before again (${count})`,
    exportedWarning:
      'These dates are already exported. Import them only if the old vouchers are deleted in the accounts, or the sales are booked twice. They keep the voucher number they got, in every format.',
    renumber: 'Give the dates exported before new voucher numbers',
    renumberWarning:
      'Only if the accounts do not accept the old numbers again: the dates get new numbers after the last one used, and the numbers they had are not used again.',
    closedSince: (count: number) =>
      `${count} ${count === 1 ? 'date was exported while it was' : 'dates were exported while they were'} open, and ${count === 1 ? 'is' : 'are'} closed now: in the file with final figures. Reverse the provisional vouchers in the accounts.`,
    inFile: (count: number, span: string) =>
      count === 1 ? `The file gets 1 voucher (${span}).` : `The file gets ${count} vouchers (${span}).`,
    numbers: (first: number, last: number) =>
      first === last ? `Voucher number ${first}.` : `Voucher numbers ${first}–${last}.`,
    byDate: 'The voucher number is the date.',
    newNumbers: (first: number, last: number) =>
      first === last ? `New voucher number: ${first}.` : `New voucher numbers: ${first}–${last}.`,
    keptNumbers: (count: number) =>
      count === 1
        ? '1 voucher keeps the number it got when its date was exported.'
        : `${count} vouchers keep the number they got when their dates were exported.`,
    download: (label: string) => `Download ${label}`,
    downloaded: (name: string) => `Downloaded: ${name}.`,
    recording: 'Remembering which dates are exported …',
    recorded: 'The export is remembered: the dates are not offered as new again.',
    recordFailed: 'The file is downloaded, but the server could not remember the export',
    recordRetry:
      'Without it the dates are offered as new again. Try again; the file need not be downloaded again.',
    retry: 'Try again',
    toSettings: 'To the settings',
  },
  'vouchers.kinds': {
    new: 'New',
    open: 'Open – provisional figures',
    'closed-since-export': 'Exported as provisional, closed now',
    'exported-open': 'Exported as provisional, still open',
    exported: 'Exported before',
    failed: 'Could not be fetched',
  },
  'vouchers.cash': {
    'own-account': 'On the cash account, in the same voucher',
    clearing: 'With the Vipps MobilePay sales, against the clearing account',
    'leave-out': 'Left out (the till’s Z report books them)',
  },
  'vouchers.accounts': {
    clearing: {
      label: 'Vipps MobilePay clearing',
      hint: 'What Vipps MobilePay owes the shop until the payout.',
    },
    bank: { label: 'Bank', hint: 'The account the payouts come into.' },
    fees: { label: 'Fees', hint: 'The fees Vipps MobilePay withholds in the settlement.' },
    uncertainVat: {
      label: 'Uncertain VAT',
      hint: 'Sales without a VAT breakdown, until the accountant allocates them.',
    },
    cash: { label: 'Cash', hint: 'Cash sales, when booked on an account of their own.' },
  },
  'vouchers.serverMessages': {
    known: {
      'must be an account number of 4 to 6 digits': 'Must be an account number of 4 to 6 digits.',
      'must be a VAT code of 1 to 5 digits': 'Must be a VAT code of 1 to 5 digits.',
      'a rate above 0 % needs an output VAT account': 'A rate above 0 % needs an output VAT account.',
      'must be whole basis points': 'The rate can have at most two decimals.',
      'needs at least one VAT rate': 'There must be at least one VAT rate.',
      'at most 20 VAT rates': 'There can be at most 20 VAT rates.',
      'each VAT rate only once': 'Each VAT rate can be given only once.',
      'must be true or false': 'Must be yes or no.',
    },
    atLeast: (bound: string) => `Must be at least ${bound}.`,
    atMost: (bound: string) => `Can be at most ${bound}.`,
    wholeNumber: 'Must be a whole number.',
    required: 'Must be filled in.',
    choose: 'Choose one of the options.',
    unknownField: 'The server does not know this field.',
    refused: 'The server did not accept the value.',
  },
} satisfies Partial<English>
