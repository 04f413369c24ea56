/**
 * The demo merchants: who they are, what they sell, when they are busy. Prices are gross øre;
 * VAT rates are basis points (Norwegian rates: food 15 %, tickets 12 %, goods 25 %, exempt 0 %).
 */

import type { LedgerKnobs } from './knobs'

export type Solution = 'MPOS' | 'SHOPPING_BASKET' | 'VARIABLE_AMOUNT'

export interface Product {
  name: string
  category: string
  price: number
  vatRate: number
  weight: number
}

export interface SalesCategory {
  name: string
  minAmount: number
  maxAmount: number
  weight: number
}

export interface Merchant {
  ledgerId: string
  displayName: string
  recipientHandle: string
  orgNumber: string
  solution: Solution
  /** Share of the simulator's events-per-day knob this merchant gets on an ordinary weekday. */
  volumeShare: number
  /** Relative busyness by weekday, Sunday first. */
  weekdayFactor: readonly number[]
  /** Relative busyness by Oslo hour 0–23. */
  hourWeights: readonly number[]
  paymentTypes: readonly { type: string; weight: number }[]
  products: readonly Product[]
  /** Sold only with the `hostile` knob: names a visitor of the demo should not see, tests must. */
  hostileProducts: readonly Product[]
  salesCategories: readonly SalesCategory[]
  refundRate: number
  noVatBreakdownRate: number
  noLinesRate: number
  customerRate: number
  oddReferenceRate: number
  /** Knobs this ledger sets for itself over the simulator's (the test ledgers). */
  knobs?: Partial<LedgerKnobs>
}

const FOOD = 1500
const TICKET = 1200
const GOODS = 2500
const EXEMPT = 0

const cafeHours = [0, 0, 0, 0, 0, 0, 0, 4, 9, 8, 6, 7, 10, 9, 6, 6, 7, 5, 3, 1, 0, 0, 0, 0]
const webHours = [1, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 3, 3, 3, 4, 4, 3, 3, 3, 4, 5, 6, 7, 7, 5, 2]
const clubHours = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 6, 6, 5, 4, 3, 3, 4, 5, 4, 2, 1, 0, 0]

/** Text that real merchants' and customers' data can contain, and that must stay inert. */
export const HOSTILE_TEXT = {
  html: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=1</script>Kanelbolle',
  formula: '=HYPERLINK("https://example.invalid/?q="&A1,"Klikk her")',
  plusPhone: '+4799999999',
  atFormula: "@SUM(1+1)*cmd|' /C calc'!A0",
  minusFormula: "-2+3+cmd|' /C calc'!A0",
  control: 'Kontroll\u0007tegn\u0000 og \u202Eesrever\u202C tekst',
  huge: `Gigantisk navn ${'ÆØÅ æøå <b>fet</b> '.repeat(500)}`.slice(0, 10_000),
  long: `Ekstra lang produktbeskrivelse med særnorske tegn æøå ÆØÅ ${'– svært lang tekst '.repeat(16)}slutt`,
} as const

export const MERCHANTS: readonly Merchant[] = [
  {
    ledgerId: '302321',
    displayName: 'Kaffebrenneriet Løkka (kafé, mPOS)',
    recipientHandle: 'NO:123455',
    orgNumber: '912345678',
    solution: 'MPOS',
    volumeShare: 1,
    weekdayFactor: [1.3, 0.9, 0.9, 0.95, 1, 1.2, 1.6],
    hourWeights: cafeHours,
    paymentTypes: [
      { type: 'CARD', weight: 65 },
      { type: 'WALLET', weight: 25 },
      { type: 'CASH', weight: 10 },
    ],
    products: [
      { name: 'Cappuccino', category: 'Kaffe', price: 5200, vatRate: FOOD, weight: 30 },
      { name: 'Caffè latte', category: 'Kaffe', price: 5600, vatRate: FOOD, weight: 25 },
      { name: 'Filterkaffe', category: 'Kaffe', price: 3900, vatRate: FOOD, weight: 20 },
      { name: 'Te – økologisk', category: 'Te', price: 4200, vatRate: FOOD, weight: 6 },
      { name: 'Kanelbolle', category: 'Bakst', price: 4500, vatRate: FOOD, weight: 18 },
      { name: 'Skolebolle', category: 'Bakst', price: 4900, vatRate: FOOD, weight: 10 },
      { name: 'Rundstykke med brunost', category: 'Mat', price: 6900, vatRate: FOOD, weight: 8 },
      {
        name: 'Kaffebønner Løkka-blend 250 g',
        category: 'Kaffebønner',
        price: 14900,
        vatRate: FOOD,
        weight: 4,
      },
      { name: 'Termokopp', category: 'Utstyr', price: 24900, vatRate: GOODS, weight: 2 },
      { name: 'Kaffekurs (billett)', category: 'Kurs', price: 39900, vatRate: TICKET, weight: 0.6 },
    ],
    hostileProducts: [
      { name: HOSTILE_TEXT.script, category: 'Bakst', price: 4500, vatRate: FOOD, weight: 0.08 },
      { name: HOSTILE_TEXT.minusFormula, category: 'Mat', price: 6900, vatRate: FOOD, weight: 0.05 },
    ],
    salesCategories: [],
    refundRate: 0.025,
    noVatBreakdownRate: 0.03,
    noLinesRate: 0.02,
    customerRate: 0,
    oddReferenceRate: 0,
  },
  {
    ledgerId: '302322',
    displayName: 'Fjellsport Nettbutikk (nettbutikk, handlekurv)',
    recipientHandle: 'NO:654321',
    orgNumber: '923456789',
    solution: 'SHOPPING_BASKET',
    volumeShare: 0.15,
    weekdayFactor: [1.2, 1.3, 1.1, 1, 1, 0.9, 0.8],
    hourWeights: webHours,
    paymentTypes: [{ type: 'WALLET', weight: 1 }],
    products: [
      { name: 'Ullgenser «Fjellvett»', category: 'Klær', price: 129900, vatRate: GOODS, weight: 8 },
      { name: 'Ullsokker 3-pk', category: 'Klær', price: 29900, vatRate: GOODS, weight: 15 },
      { name: 'Lue – strikket', category: 'Klær', price: 34900, vatRate: GOODS, weight: 8 },
      { name: 'Hodelykt 400 lm', category: 'Utstyr', price: 59900, vatRate: GOODS, weight: 7 },
      { name: 'Termos 1 l', category: 'Utstyr', price: 44900, vatRate: GOODS, weight: 7 },
      { name: 'Turmat – pasta bolognese', category: 'Turmat', price: 12900, vatRate: FOOD, weight: 12 },
      { name: 'Sjokolade – Kvikk Lunsj 5-pk', category: 'Turmat', price: 8900, vatRate: FOOD, weight: 10 },
      { name: 'Skredkurs (billett)', category: 'Kurs', price: 149000, vatRate: TICKET, weight: 2 },
      { name: 'Gavekort', category: 'Gavekort', price: 50000, vatRate: EXEMPT, weight: 2 },
      { name: 'Frakt', category: 'Frakt', price: 9900, vatRate: GOODS, weight: 0 },
      { name: HOSTILE_TEXT.long, category: 'Utstyr', price: 9900, vatRate: GOODS, weight: 0.1 },
    ],
    hostileProducts: [
      { name: HOSTILE_TEXT.script, category: 'Utstyr', price: 4500, vatRate: GOODS, weight: 0.12 },
      { name: HOSTILE_TEXT.html, category: 'Utstyr', price: 19900, vatRate: GOODS, weight: 0.12 },
      { name: HOSTILE_TEXT.formula, category: 'Klær', price: 29900, vatRate: GOODS, weight: 0.12 },
      { name: 'Diverse', category: HOSTILE_TEXT.html, price: 2900, vatRate: GOODS, weight: 0.3 },
      { name: HOSTILE_TEXT.huge, category: 'Utstyr', price: 4900, vatRate: GOODS, weight: 0.3 },
      { name: HOSTILE_TEXT.control, category: 'Klær', price: 4900, vatRate: GOODS, weight: 0.3 },
    ],
    salesCategories: [],
    refundRate: 0.08,
    noVatBreakdownRate: 0.04,
    noLinesRate: 0,
    customerRate: 0.35,
    oddReferenceRate: 0.03,
  },
  {
    ledgerId: '302323',
    displayName: 'Grünerløkka IL (idrettslag, Vippsnummer)',
    recipientHandle: 'NO:778899',
    orgNumber: '934567890',
    solution: 'VARIABLE_AMOUNT',
    volumeShare: 0.08,
    weekdayFactor: [2.2, 0.7, 0.8, 0.8, 0.9, 0.9, 2.5],
    hourWeights: clubHours,
    paymentTypes: [{ type: 'WALLET', weight: 1 }],
    products: [],
    hostileProducts: [],
    salesCategories: [
      { name: 'Kiosk', minAmount: 2000, maxAmount: 15000, weight: 50 },
      { name: 'Medlemskontingent', minAmount: 30000, maxAmount: 120000, weight: 10 },
      { name: 'Treningsavgift', minAmount: 50000, maxAmount: 250000, weight: 8 },
      { name: 'Dugnad og loddsalg', minAmount: 5000, maxAmount: 50000, weight: 12 },
      { name: 'Cup-påmelding', minAmount: 25000, maxAmount: 80000, weight: 5 },
    ],
    refundRate: 0.03,
    noVatBreakdownRate: 1,
    noLinesRate: 1,
    customerRate: 0,
    oddReferenceRate: 0,
  },
]

export const CUSTOMER_NAMES = [
  'Kari Nordmann',
  'Ola Nordmann',
  'Åse Ødegård',
  'Bjørn Æsøy',
  'Siri Løvås',
  'Håkon Kråkenes',
] as const

/** Customer names that are attacks, added with the `hostile` knob. */
export const HOSTILE_CUSTOMER_NAMES = [HOSTILE_TEXT.formula, HOSTILE_TEXT.html] as const

function testLedger(
  base: Merchant | undefined,
  ledgerId: string,
  displayName: string,
  knobs: Partial<LedgerKnobs>,
): Merchant {
  if (!base) throw new Error('test ledgers copy a demo merchant')
  return { ...base, ledgerId, displayName, recipientHandle: `NO:${ledgerId}`, knobs }
}

const [cafe, webShop] = MERCHANTS

/**
 * Ledgers added with the `testLedgers` knob: copies of the demo merchants (their own data, seeded by
 * ledger id) that each turn one knob for themselves, so that one running simulator can serve the
 * e2e tests of every fault next to well-behaved ledgers. Never in the public demo.
 */
export const TEST_LEDGERS: readonly Merchant[] = [
  testLedger(webShop, '392001', 'Test: fiendtlig tekst (nettbutikk)', { hostile: true }),
  testLedger(webShop, '392002', 'Test: ukjent referanse gir 404 (nettbutikk)', { lookupMiss: '404' }),
  testLedger(cafe, '392003', 'Test: gjentatt cursor (kafé)', { pagingFault: 'repeat-cursor' }),
  testLedger(cafe, '392004', 'Test: hasMore uten cursor (kafé)', { pagingFault: 'more-without-cursor' }),
  testLedger(cafe, '392005', 'Test: endeløse tomme sider (kafé)', { pagingFault: 'endless-empty-pages' }),
  testLedger(cafe, '392006', 'Test: uleselige og doble hendelser (kafé)', {
    unreadableRate: 0.004,
    repeatRate: 0.004,
  }),
  testLedger(cafe, '392007', 'Test: ingen tilgang til Report API, 403 (kafé)', { reportAccess: 'forbidden' }),
  testLedger(cafe, '392008', 'Test: ingen tilgang til Report API, 404 (kafé)', { reportAccess: 'not-found' }),
  testLedger(cafe, '392009', 'Test: valuta, delt pspReference og negativt salg (kafé)', {
    oddEventRate: 0.01,
  }),
]

/** References merchants really type: spaces, slashes, '#', '%', unicode. */
export const ODD_REFERENCES = [
  'ordre #%d/A',
  'Bestilling %d – 50 % rabatt',
  'Ørret-ordre ✓ %d',
  'web/%d?x=1&y=2',
] as const
