import AxeBuilder from '@axe-core/playwright'
import {
  datePath,
  eventsOfPeriod,
  normaliseSpaces,
  osloToday,
  type RawPage,
  shiftDate,
  sums,
  typed,
} from './support/api-truth'
import { passwordServer } from './support/password-server'
import { expect, type Page, test } from './support/test'

const SHOP = '302322'
const CAFE = '302321'

/**
 * Words of the Norwegian UI that never occur in the demo's data (merchant, product and category
 * names are the merchant's own text and stay as sent). One of them on an English page means a
 * text was missed.
 */
const NORWEGIAN_WORDS = [
  'Salgssted',
  'Brutto',
  'Netto',
  'Betaling',
  'Refusjon',
  'Tabell',
  'Innsikt',
  'Periode',
  'Lastet',
  'lastet',
  'Hent',
  'Prøv',
  'Vis ',
  'ikke',
  'uten beløp',
  'uten mva',
  'Oppgjør',
  'Bilag',
  'Kontoer',
  'Gebyr',
  'Sats',
  'Grunnlag',
  'Dagsoppgjør',
  'Transaksjon',
  'Tilbake',
  'Skriv ut',
  'Foreløpig',
]

async function expectNoNorwegian(page: Page, view: string) {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text a user sees (not hidden text)
  const text = await page.locator('body').innerText()
  const found = NORWEGIAN_WORDS.filter((word) => text.includes(word))
  expect.soft(found, `Norwegian UI words on ${view}`).toEqual([])
}

async function expectAccessible(page: Page, view: string) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect.soft(serious, `axe on ${view} in English`).toEqual([])
}

/** "kr 730,947.40" as en-GB writes kroner, independently of the app's money module. */
const englishKroner = (minor: number) =>
  normaliseSpaces(
    new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'NOK',
      currencyDisplay: 'narrowSymbol',
    }).format(minor / 100),
  )

async function chooseEnglish(page: Page) {
  const language = page.getByRole('combobox', { name: 'Språk' })
  await language.focus()
  await language.selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  // The switch keeps the focus through the change, for keyboard and screen-reader users.
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeFocused()
}

test('the whole app in English: explorer, insights, order, day report, settlement and vouchers', async ({
  page,
}) => {
  const today = osloToday()
  const from = shiftDate(today, -6)
  await page.goto(`/?ledger=${SHOP}&period=last7`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await chooseEnglish(page)

  // The explorer: labels, numbers and dates in English; the figures are the API's own.
  await expect(page.getByText('All 7 days loaded')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Insights and VAT' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(typed(from))
  const gross = sums(await eventsOfPeriod(page.request, SHOP, from, today)).gross
  await expect(page.getByTestId('total-gross')).toHaveText(englishKroner(gross), { useInnerText: true })
  expect(englishKroner(gross)).toMatch(/^kr [\d,]+\.\d{2}$/)
  await expect(page.getByRole('columnheader', { name: 'Gross' })).toBeVisible()
  await expect(page.getByTestId('sales-row').first()).toContainText(
    `${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`,
  )
  await expectNoNorwegian(page, 'the explorer')
  await expectAccessible(page, 'the explorer')

  // The choice survives a reload.
  await page.reload()
  await expect(page.getByText('All 7 days loaded')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  // Typed dates keep the dd.mm.yyyy rules in English too.
  const day = shiftDate(today, -3)
  const fromBox = page.getByRole('textbox', { name: 'From', exact: true })
  await fromBox.fill(typed(day))
  await fromBox.press('Enter')
  await expect(page).toHaveURL(new RegExp(`[?&]from=${day}(&|$)`))
  await expect(page.getByText('All 4 days loaded')).toBeVisible()

  // Insights: the VAT summary and the chart's day ticks in English.
  await page.getByRole('button', { name: 'Insights and VAT' }).click()
  await expect(page.getByRole('heading', { name: 'VAT summary' })).toBeVisible()
  const ticks = page.getByTestId('chart-time').locator('.recharts-cartesian-axis-tick-value')
  await expect(ticks.first()).toBeVisible()
  const days = (await ticks.allTextContents()).filter((t) => t.includes('/'))
  expect(days[0]).toBe(`${day.slice(8, 10)}/${day.slice(5, 7)}`)
  for (const tick of days) expect(tick).toMatch(/^\d\d\/\d\d$/)
  await expect(page.getByTestId('chart-vat').locator('.recharts-legend-item-text')).toHaveText([
    'Base',
    'VAT',
  ])
  await expectNoNorwegian(page, 'insights')
  await expectAccessible(page, 'insights')

  // An order.
  const yesterday = shiftDate(today, -1)
  const page1 = (await (await page.request.get(`${datePath(SHOP, yesterday)}?pageSize=50`)).json()) as RawPage
  const event = page1.items.find((e) => e.pspReference)
  await page.goto(`/orders/${encodeURIComponent(event?.reference ?? '')}?ledger=${SHOP}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order «${event?.reference}»`)
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible()
  await expect(page).toHaveTitle(`Order ${event?.reference} – Salgsoversikt`)
  await expectNoNorwegian(page, 'the order page')

  // The day report.
  await page.goto(`/report?ledger=${SHOP}&date=${yesterday}`)
  await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daily settlement')
  await expect(page).toHaveTitle(`Daily settlement ${typed(yesterday)} – Salgsoversikt`)
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short' }).format(
    Date.parse(`${yesterday}T00:00:00Z`),
  )
  await expect(page.getByTestId('report-date')).toContainText(weekday)
  await expectNoNorwegian(page, 'the day report')
  await expectAccessible(page, 'the day report')

  // The settlement.
  await page.goto(`/settlement?ledger=${CAFE}&period=last7`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settlement')
  await expect(page.getByText(/^Everything is fetched/)).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Paid out' })).toBeVisible()
  await expectNoNorwegian(page, 'the settlement page')
  await expectAccessible(page, 'the settlement page')

  // The vouchers (their postings stay Norwegian: they go into a Norwegian accounting system).
  await page.goto(`/vouchers?ledger=${SHOP}&period=last7`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vouchers for the accounts')
  await expect(page.getByRole('heading', { name: 'Download vouchers' })).toBeVisible()
  await expectNoNorwegian(page, 'the vouchers page')
  await expectAccessible(page, 'the vouchers page')

  // And back to Norwegian.
  await page.goto(`/?ledger=${SHOP}&period=last7`)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nb')
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
})

test.describe('the login page', () => {
  const PASSWORD = 'e2e passphrase, long enough'
  const login = passwordServer(PASSWORD)

  test('has its own switch, remembers the choice, and the app follows it', async ({ page }) => {
    await page.goto(`${login.base}/?ledger=${SHOP}&period=yesterday`)
    await expect(page.getByLabel('Passord')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
    await page.getByRole('link', { name: 'Språk: English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveTitle('Log in – Salgsoversikt')
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Log in' }).click()
    await expect(page.getByRole('alert')).toHaveText('Wrong password.')
    await expectAccessible(page, 'the login page')
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    // Back at the very view asked for, in English.
    await expect(page.getByText('All 1 day loaded')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.getByRole('button', { name: 'Log out' }).click()
    await expect(page.getByLabel('Password')).toBeVisible()
  })

  test('follows the language chosen in the app', async ({ page }) => {
    await page.goto(`${login.base}/login`)
    await page.getByLabel('Passord').fill(PASSWORD)
    await page.getByRole('button', { name: 'Logg inn' }).click()
    await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible()
    await chooseEnglish(page)
    await page.getByRole('button', { name: 'Log out' }).click()
    await expect(page.getByLabel('Password')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Language: Norsk (bokmål)' })).toBeVisible()
  })
})
