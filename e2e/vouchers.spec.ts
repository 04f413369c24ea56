import { readFile } from 'node:fs/promises'
import { datesBetween, normaliseSpaces, osloToday, shiftDate } from './support/api-truth'
import { expect, type Locator, type Page, test } from './support/test'
import {
  type DayTruth,
  daysTruth,
  decimalToOre,
  groupBy,
  openDates,
  readExcelCsv,
  readGbat10,
  sum,
} from './support/voucher-truth'

const CAFE = '302321' // mPOS: three VAT rates, cash, sales without VAT breakdown, daily payouts
const SHOP = '302322' // a payout every third date
const CLUB = '302323' // Vippsnummer: no VAT breakdown at all
const HOSTILE_SHOP = '392001' // the web shop with attack strings in its texts
const NO_ACCESS = '392007' // keys without Report API access (403)

/** The default accounts (NS 4102), as the README lists them. */
const SALES_ACCOUNT: Record<number, string> = { 2500: '3000', 1500: '3030', 1200: '3050', 0: '3100' }
const VAT_ACCOUNT: Record<number, string> = { 2500: '2700', 1500: '2701', 1200: '2703' }
const UNCERTAIN = '2999'
const FEES = '7770'
const BANK = '1920'

/** "1 234,50 kr" / "−52,00 kr" as the page shows it → øre. */
function kronerToOre(text: string | null): number {
  const cleaned = normaliseSpaces(text).replace(/\s/g, '').replace('kr', '').replace('−', '-')
  return decimalToOre(cleaned, ',')
}

const loaded = (page: Page) =>
  expect(page.getByTestId('settlement-progress')).toContainText('Alt er hentet', { timeout: 200_000 })

async function download(page: Page, format: string | RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole('radio', { name: format }).check()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Last ned / }).click(),
  ])
  const path = await file.path()
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') }
}

const recorded = (page: Page) =>
  expect(page.getByTestId('vouchers-recorded')).toContainText('Eksporten er husket')

/** The VAT summary's net figures per rate ("25 %" or "Ukjent sats" → base, VAT, gross). */
async function vatSummaryOf(table: Locator) {
  const figures = new Map<string, { net: number; vat: number; gross: number }>()
  for (const row of await table.locator('tbody tr').all()) {
    const label = normaliseSpaces(await row.locator('th').textContent()).trim()
    const cells = row.locator('td')
    figures.set(label, {
      net: kronerToOre(await cells.nth(6).textContent()),
      vat: kronerToOre(await cells.nth(7).textContent()),
      gross: kronerToOre(await cells.nth(8).textContent()),
    })
  }
  return figures
}

const rateLabel = (rate: number) => `${rate / 100} %`

test('a month of the demo café exported as GBAT10: every voucher balances, income and VAT per rate equal the API and the VAT summary, to the øre', async ({
  page,
  request,
}) => {
  test.setTimeout(480_000)
  const monthStart = `${shiftDate(`${osloToday().slice(0, 8)}01`, -1).slice(0, 8)}01`
  const monthEnd = shiftDate(`${osloToday().slice(0, 8)}01`, -1)
  const month = datesBetween(monthStart, monthEnd)

  await page.goto(`/vouchers?ledger=${CAFE}&period=lastMonth`)
  await expect(page.getByRole('heading', { level: 1, name: 'Bilag til regnskapet' })).toBeVisible()
  await loaded(page)
  await expect(page.getByTestId('vouchers-file-summary')).toHaveText(
    `Filen får ${month.length} bilag (${monthStart.split('-').reverse().join('.')}–${monthEnd.split('-').reverse().join('.')}). Bilagsnummer 1–${month.length}.`,
  )
  await expect(page.getByTestId('voucher-day')).toHaveCount(month.length)
  await expect(page.locator('[data-testid="voucher-day"][data-kind="new"][data-in-file="true"]')).toHaveCount(
    month.length,
  )
  const file = await download(page, /GBAT10/)
  expect(file.name).toBe(`gbat10_${CAFE}_${monthStart}_${monthEnd}.csv`)
  await recorded(page)

  const truth = await daysTruth(request, CAFE, month)
  const lines = readGbat10(file.text)
  const vouchers = groupBy(lines, (l) => l.voucher)
  expect([...vouchers.keys()]).toEqual(month.map((_, i) => i + 1))
  for (const [number, postings] of vouchers) {
    const date = month[number - 1] as string
    expect(new Set(postings.map((p) => p.date)), `voucher ${number}`).toEqual(new Set([date]))
    // Debit = credit, on the net postings and on the gross postings (a system computing VAT itself).
    const debit = sum(postings.filter((p) => p.net > 0).map((p) => p.net))
    const credit = -sum(postings.filter((p) => p.net < 0).map((p) => p.net))
    expect(debit, `voucher ${number} balances`).toBe(credit)
    expect(debit).toBeGreaterThan(0)
    expect(
      sum(postings.filter((p) => p.grossType === 'T').map((p) => p.gross)),
      `voucher ${number} gross`,
    ).toBe(0)

    const day = truth.get(date) as DayTruth
    const on = (account: string, type = 'T') =>
      postings.filter((p) => p.account === account && p.grossType === type)
    for (const [rate, figures] of day.rates) {
      const sales = on(SALES_ACCOUNT[rate] as string)
      expect(-sum(sales.map((p) => p.net)), `${date} income ${rate}`).toBe(figures.gross - figures.vat)
      expect(-sum(sales.map((p) => p.gross)), `${date} gross ${rate}`).toBe(figures.gross)
      expect(new Set(sales.map((p) => p.vatCode))).toEqual(
        new Set([{ 2500: '3', 1500: '31', 1200: '33' }[rate]]),
      )
      const vat = on(VAT_ACCOUNT[rate] as string, 'F')
      expect(-sum(vat.map((p) => p.net)), `${date} VAT ${rate}`).toBe(figures.vat)
    }
    expect(-sum(on(UNCERTAIN).map((p) => p.net)), `${date} uncertain VAT`).toBe(day.uncertain)
    expect(sum(on(FEES).map((p) => p.net)), `${date} fees`).toBe(day.fees)
    expect(
      on(BANK).map((p) => [p.net, p.text.split(' – ')[0]]),
      `${date} payouts`,
    ).toEqual(day.payouts.map((p) => [p.paid, p.bankText]))
  }

  // The month's income and VAT per rate: the file, the API, and the VAT summary in the app agree.
  const monthRates = new Map<number, { gross: number; vat: number }>()
  for (const day of truth.values())
    for (const [rate, f] of day.rates) {
      const m = monthRates.get(rate) ?? { gross: 0, vat: 0 }
      monthRates.set(rate, { gross: m.gross + f.gross, vat: m.vat + f.vat })
    }
  expect([...monthRates.keys()].sort()).toEqual([1200, 1500, 2500])
  const monthUncertain = sum([...truth.values()].map((d) => d.uncertain))
  expect(monthUncertain).toBeGreaterThan(0)

  await page.goto(`/?ledger=${CAFE}&period=lastMonth&tab=insights`)
  await expect(page.getByText(`Alle ${month.length} dager lastet`)).toBeVisible({ timeout: 200_000 })
  const summary = await vatSummaryOf(page.getByTestId('vat-summary'))
  for (const [rate, f] of monthRates) {
    const shown = summary.get(rateLabel(rate))
    const income = -sum(lines.filter((l) => l.account === SALES_ACCOUNT[rate]).map((l) => l.net))
    const vat = -sum(lines.filter((l) => l.account === VAT_ACCOUNT[rate]).map((l) => l.net))
    expect(income, `income ${rate}`).toBe(f.gross - f.vat)
    expect(vat, `VAT ${rate}`).toBe(f.vat)
    expect(shown, `VAT summary ${rate}`).toEqual({ net: income, vat, gross: income + vat })
  }
  // Sales without a usable VAT breakdown: the "Ukjent sats" row (lines that do not add up) and the
  // row of sales without any VAT specification, together the uncertain-VAT account.
  const withoutBreakdown = kronerToOre(
    await page.getByTestId('vat-summary-without-breakdown').locator('td').last().textContent(),
  )
  expect((summary.get('Ukjent sats')?.gross ?? 0) + withoutBreakdown).toBe(monthUncertain)
  expect(-sum(lines.filter((l) => l.account === UNCERTAIN).map((l) => l.net))).toBe(monthUncertain)
})

test('the day report offers its voucher; the Fiken kasseoppgjør of that day holds each rate, the fee and the payout as the API says', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000)
  const day = shiftDate(osloToday(), -3)
  await page.goto(`/report?ledger=${CAFE}&date=${day}`)
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled({ timeout: 60_000 })
  const reportRates = page.getByTestId('report-vat-rates')
  await page.getByRole('link', { name: 'Bilag for dagen' }).click()
  await expect(page).toHaveURL(new RegExp(`/vouchers\\?.*from=${day}.*to=${day}`))
  await loaded(page)
  await expect(page.getByTestId('voucher-day')).toHaveCount(1)
  await expect(page.getByTestId('voucher-day').getByRole('table')).toBeVisible() // a single date opens
  const file = await download(page, /Kasseoppgjør \(Fiken\)/)
  expect(file.name).toBe(`kasseoppgjor_${CAFE}_${day}.csv`)
  await recorded(page)

  const truth = (await daysTruth(request, CAFE, [day])).get(day) as DayTruth
  const rows = readExcelCsv(file.text)
  expect(new Set(rows.map((r) => r.Dato))).toEqual(new Set([day]))
  const ore = (text: string | undefined) => decimalToOre(text ?? '', ',')
  const sales = rows.filter((r) => r.Type === 'Salg')
  for (const [rate, f] of truth.rates) {
    const ofRate = sales.filter((r) => r['Mva-sats'] === `${rate / 100} %`)
    expect(ofRate.length, `rows of ${rate}`).toBeGreaterThan(0)
    expect(sum(ofRate.map((r) => ore(r['Beløp inkl. mva']))), `gross ${rate}`).toBe(f.gross)
    expect(sum(ofRate.map((r) => ore(r['Herav mva']))), `VAT ${rate}`).toBe(f.vat)
    expect(sum(ofRate.map((r) => ore(r['Beløp eks. mva']))), `net ${rate}`).toBe(f.gross - f.vat)
    expect(new Set(ofRate.map((r) => r.Konto))).toEqual(new Set([SALES_ACCOUNT[rate]]))
  }
  expect(new Set(sales.map((r) => r['Mva-sats']))).toEqual(
    new Set([...truth.rates.keys()].map((r) => `${r / 100} %`)),
  )
  expect(sum(rows.filter((r) => r.Type === 'Usikker mva').map((r) => ore(r['Beløp inkl. mva'])))).toBe(
    truth.uncertain,
  )
  expect(rows.filter((r) => r.Type === 'Gebyr').map((r) => [ore(r['Beløp inkl. mva']), r.Konto])).toEqual([
    [truth.fees, FEES],
  ])
  expect(
    rows.filter((r) => r.Type === 'Utbetaling').map((r) => [ore(r['Beløp inkl. mva']), r.Tekst]),
  ).toEqual(truth.payouts.map((p) => [p.paid, p.bankText]))
  expect(rows.every((r) => r.Bilagsnr === rows[0]?.Bilagsnr && r.Status === '')).toBe(true)

  // The day report shows the same per rate (base, VAT, gross), from the same day's sales.
  await page.goBack()
  await expect(reportRates).toBeVisible()
  for (const [rate, f] of truth.rates) {
    const cells = reportRates.locator(`tr[data-rate="${rate}"] td`)
    expect(kronerToOre(await cells.nth(1).textContent()), `report net ${rate}`).toBe(f.gross - f.vat)
    expect(kronerToOre(await cells.nth(2).textContent()), `report VAT ${rate}`).toBe(f.vat)
  }
})

test('"Nye siden siste eksport" offers only the closed dates not exported yet', async ({ page, request }) => {
  test.setTimeout(240_000)
  const today = osloToday()
  const from = shiftDate(today, -9)
  const to = shiftDate(today, -5)
  await page.goto(`/vouchers?ledger=${SHOP}&period=custom&from=${from}&to=${to}`)
  await loaded(page)
  const first = readGbat10((await download(page, /GBAT10/)).text)
  await recorded(page)
  expect([...new Set(first.map((l) => l.date))].sort()).toEqual(datesBetween(from, to))
  await expect(page.getByTestId('vouchers-history')).toContainText(
    `(${datesBetween(from, to).length} datoer)`,
  )
  // The exported dates now say so, and the file would be empty.
  await expect(page.locator('[data-testid="voucher-day"][data-kind="exported"]')).toHaveCount(5)
  await expect(page.getByTestId('vouchers-blocked')).toBeVisible()

  await page.getByRole('button', { name: 'Nye siden siste eksport' }).click()
  await expect(page.getByTestId('vouchers-window')).toContainText(
    `Siste eksporterte dato er ${to.split('-').reverse().join('.')}.`,
  )
  await loaded(page)
  const days = page.getByTestId('voucher-day')
  const offered = datesBetween(shiftDate(today, -4), today)
  const open = await openDates(request, SHOP, offered)
  const closed = offered.filter((d) => !open.includes(d))
  expect(open).toContain(today)
  expect(closed.length).toBeGreaterThan(0)
  await expect(days).toHaveCount(offered.length)
  expect(await days.evaluateAll((els) => els.map((e) => e.getAttribute('data-date')))).toEqual(offered)
  for (const date of open) {
    // Open: shown, not in the file.
    const day = page.locator(`[data-testid="voucher-day"][data-date="${date}"]`)
    await expect(day).toHaveAttribute('data-kind', 'open')
    await expect(day).toHaveAttribute('data-in-file', 'false')
  }
  const next = readGbat10((await download(page, /GBAT10/)).text)
  await recorded(page)
  expect([...new Set(next.map((l) => l.date))].sort()).toEqual(closed)
  // Numbered on from the first export.
  expect(Math.min(...next.map((l) => l.voucher))).toBe(Math.max(...first.map((l) => l.voucher)) + 1)
})

test('an open date is exported only by the explicit opt-in, and then marked FORELØPIG; merchant text stays text', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const today = osloToday()
  const dates = datesBetween(shiftDate(today, -2), today)
  const open = await openDates(request, HOSTILE_SHOP, dates)
  await page.goto(`/vouchers?ledger=${HOSTILE_SHOP}&period=custom&from=${dates[0]}&to=${today}`)
  await loaded(page)
  const days = page.getByTestId('voucher-day')
  expect(await days.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(
    dates.map((d) => (open.includes(d) ? 'open' : 'new')),
  )
  // The open dates with something to book: the opt-in adds them to the file, marked provisional.
  const withVoucher = await page
    .locator('[data-testid="voucher-day"][data-kind="open"]:has(table)')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? ''))
  expect(withVoucher.length).toBeGreaterThan(0)
  const note = page.getByTestId('vouchers-open-note')
  await expect(note).toHaveText(
    open.length === 1
      ? 'Én dato er fortsatt åpen og er ikke med i filen.'
      : `${open.length} datoer er fortsatt åpne og er ikke med i filen.`,
  )
  const closedOnly = readGbat10((await download(page, /GBAT10/)).text)
  await recorded(page)
  expect(closedOnly.some((l) => open.includes(l.date) || l.text.includes('FORELØPIG'))).toBe(false)
  await expect(page.getByTestId('vouchers-blocked')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Last ned / })).toBeDisabled()

  await page.getByRole('checkbox', { name: new RegExp(`Ta med åpne datoer \\(${open.length}\\)`) }).check()
  await expect(note).toContainText('merkes FORELØPIG')
  const file = await download(page, /GBAT10/)
  await recorded(page)
  expect(file.name).toMatch(new RegExp(`^gbat10_${HOSTILE_SHOP}_.*_FORELOPIG\\.csv$`))
  const lines = readGbat10(file.text)
  expect([...new Set(lines.map((l) => l.date))].sort()).toEqual(withVoucher.sort())
  expect(lines.every((l) => l.text.includes('FORELØPIG'))).toBe(true)
  expect(sum(lines.map((l) => l.net))).toBe(0)
  await expect(page.getByTestId('vouchers-history')).toContainText(/var (åpen|åpne) \(foreløpige?\)/)
  for (const date of open)
    await expect(page.locator(`[data-testid="voucher-day"][data-date="${date}"]`)).toHaveAttribute(
      'data-kind',
      'exported-open',
    )

  // The sales without VAT breakdown are listed by reference; the attack strings are plain text.
  const firstDay = page.getByTestId('voucher-day').first()
  await firstDay.locator(':scope > summary').click()
  const uncertain = firstDay.getByTestId('voucher-uncertain')
  await uncertain.locator('summary').click()
  await expect(uncertain.getByRole('link').first()).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
})

test('the accounts are saved on the server and used after a reload; refusals are shown at their fields; reused numbers are warned of', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const day = shiftDate(osloToday(), -3)
  await page.goto(`/vouchers?ledger=${CLUB}&show=settings`)
  const settings = page.getByTestId('voucher-settings')
  await expect(settings.getByTestId('voucher-settings-accountant')).toContainText(
    'regnskapsføreren din må kontrollere kontoene før første import',
  )
  const clearing = settings.getByLabel('Mellomregning Vipps MobilePay')
  await expect(clearing).toHaveValue('1579')
  await expect(settings.getByText('Standard: 1579.', { exact: false })).toBeVisible()

  // A wrong account number: the server's refusal at the field, nothing saved.
  const bank = settings.getByLabel('Bank', { exact: true })
  await bank.fill('12')
  await settings.getByRole('button', { name: 'Lagre innstillingene' }).click()
  await expect(bank).toHaveAttribute('aria-invalid', 'true')
  await expect(settings.locator('[data-field-error="accounts.bank"]')).toHaveText(
    'Må være et kontonummer på 4 til 6 sifre.',
  )
  await expect(bank).toHaveAccessibleDescription(/Må være et kontonummer på 4 til 6 sifre\./)

  await bank.fill('1921')
  await clearing.fill('1908')
  await settings.getByLabel('Usikker mva').fill('2990')
  await settings.getByRole('radio', { name: /Holdes utenfor/ }).check()
  await settings.getByRole('button', { name: 'Lagre innstillingene' }).click()
  await expect(settings.getByTestId('voucher-settings-status')).toHaveText('Innstillingene er lagret.')

  await page.reload()
  await expect(page.getByTestId('voucher-settings').getByLabel('Mellomregning Vipps MobilePay')).toHaveValue(
    '1908',
  )
  await expect(page.getByTestId('voucher-settings').getByLabel('Bank', { exact: true })).toHaveValue('1921')
  await expect(
    page.getByTestId('voucher-settings').getByRole('radio', { name: /Holdes utenfor/ }),
  ).toBeChecked()

  // The vouchers use them: the club has no VAT breakdown, so its sales go to the uncertain-VAT account.
  await page.goto(`/vouchers?ledger=${CLUB}&period=custom&from=${day}&to=${day}`)
  await loaded(page)
  await expect(page.getByTestId('vouchers-default-accounts')).toHaveCount(0)
  const lines = readGbat10((await download(page, /GBAT10/)).text)
  await recorded(page)
  const accounts = new Set(lines.map((l) => l.account))
  expect(accounts.has('1908')).toBe(true)
  expect(accounts.has('2990')).toBe(true)
  expect(accounts.has('1579')).toBe(false)
  expect(lines.every((l) => l.voucher === 1)).toBe(true)

  // Setting the next number back to 1 reuses number 1: said plainly.
  await page.getByRole('button', { name: 'Kontoer og innstillinger' }).click()
  const next = page.getByTestId('voucher-settings').getByLabel('Neste bilagsnummer')
  await expect(next).toHaveValue('2')
  await next.fill('1')
  await page.getByRole('button', { name: 'Lagre innstillingene' }).click()
  await expect(page.getByTestId('voucher-reuses-numbers')).toContainText('bilagsnummer 1–1 er brukt')
})

test('keys without Report API access: the voucher books the sales and says plainly that fees and payouts are missing', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const date = shiftDate(osloToday(), -3)
  await page.goto(`/vouchers?ledger=${NO_ACCESS}&period=custom&from=${date}&to=${date}`)
  await loaded(page)
  await expect(page.getByTestId('vouchers-no-access')).toContainText('Gebyrer og utbetalinger mangler')
  const day = page.locator(`[data-testid="voucher-day"][data-date="${date}"]`)
  await expect(day).toHaveAttribute('data-kind', 'new')
  await expect(day).toContainText(
    'Gebyrer og utbetalinger mangler: nøklene har ikke tilgang til oppgjørsdata',
  )
  const lines = readGbat10((await download(page, /GBAT10/)).text)
  const accounts = new Set(lines.map((l) => l.account))
  expect(accounts.has(FEES)).toBe(false)
  expect(accounts.has(BANK)).toBe(false)
  expect(sum(lines.map((l) => l.net))).toBe(0)
})

test('dates downloaded again in another format keep their voucher numbers; every export is listed; new numbers only by choice', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const today = osloToday()
  const from = shiftDate(today, -20)
  const to = shiftDate(today, -18)
  const dates = datesBetween(from, to)
  await page.goto(`/vouchers?ledger=${SHOP}&period=custom&from=${from}&to=${to}`)
  await loaded(page)
  const imported = readGbat10((await download(page, /GBAT10/)).text)
  await recorded(page)
  const booked = new Map(imported.map((l) => [l.date.replaceAll('-', ''), l.voucher]))
  const numberOf = (date: string) => booked.get(date.replaceAll('-', ''))
  expect(dates.map((d) => numberOf(d) !== undefined)).toEqual(dates.map(() => true))

  // A readable copy of the same dates for the accountant: the same numbers.
  await page.getByRole('checkbox', { name: /Eksporter datoer som er eksportert før, på nytt/ }).check()
  await expect(page.getByTestId('vouchers-file-summary')).toContainText(
    `${dates.length} bilag beholder nummeret de fikk`,
  )
  const excelFile = await download(page, 'CSV for Excel')
  const excel = readExcelCsv(excelFile.text)
  await recorded(page)
  // The other plain-CSV dialect has a name of its own, so the browser never saves it as "… (1).csv".
  const standardFile = await download(page, 'CSV standard')
  await recorded(page)
  expect(excelFile.name).toBe(`bilag_${SHOP}_${from}_${to}.csv`)
  expect(standardFile.name).toBe(`bilag_${SHOP}_${from}_${to}_standard.csv`)
  for (const date of dates)
    expect(new Set(excel.filter((r) => r.Dato === date).map((r) => r.Bilagsnr)), date).toEqual(
      new Set([String(numberOf(date))]),
    )

  // Both exports are listed, the first with its numbers; each date says which voucher it was.
  // (Newest first; the shop's earlier exports, of other tests, below them.)
  const history = page.getByTestId('vouchers-history').locator('tbody tr')
  const numbers = dates.map((d) => numberOf(d) ?? 0)
  const range = `${Math.min(...numbers)}–${Math.max(...numbers)}`
  await expect(history.nth(2)).toContainText('GBAT10')
  await expect(history.nth(2)).toContainText(range)
  await expect(history.nth(0)).toContainText(`${range} (samme numre som før)`)
  const first = page.locator(`[data-testid="voucher-day"][data-date="${from}"]`)
  await first.locator('summary').first().click()
  await expect(first).toContainText(`Bokført som bilag ${numberOf(from)}.`)

  // New numbers are a separate, explicit choice: after the highest used.
  await page.getByRole('checkbox', { name: /nye bilagsnumre/ }).check()
  const renumbered = readGbat10((await download(page, /GBAT10/)).text)
  await recorded(page)
  expect(Math.min(...renumbered.map((l) => l.voucher))).toBeGreaterThan(Math.max(...numbers))
  await expect(history.nth(0)).toContainText('nye numre valgt')
})
