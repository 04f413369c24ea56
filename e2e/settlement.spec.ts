import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import {
  amountsOf,
  datesBetween,
  eventsOfPeriod,
  isSummed,
  kroner,
  normaliseSpaces,
  osloToday,
  parseKroner,
  shiftDate,
} from './support/api-truth'
import { payoutTruth, reportDay } from './support/settlement-truth'
import { expect, type Locator, type Page, test } from './support/test'

const CAFE = '302321' // daily payouts
const SHOP = '302322' // a payout every third date
const NO_ACCESS = [
  ['392007', 403],
  ['392008', 404],
] as const

const text = async (locator: Locator) => normaliseSpaces(await locator.textContent())
const settled = (page: Page) =>
  expect(page.getByTestId('settlement-progress')).toContainText('Alt er hentet', { timeout: 45_000 })

test('a payout opened from the settlement walks from the sales to the amount in the bank, to the øre', async ({
  page,
  request,
}) => {
  const today = osloToday()
  const from = shiftDate(today, -8)
  const to = shiftDate(today, -5)
  await page.goto(`/settlement?ledger=${SHOP}&period=custom&from=${from}&to=${to}`)
  await settled(page)
  await expect(page.getByTestId('settlement-checks')).toHaveText(/Alle kontroller stemmer/)
  await page.getByRole('button', { name: 'Utbetalinger' }).click()

  const rows = page.getByTestId('settlement-payout')
  await expect(rows.first()).toBeVisible()
  const number = (await rows.first().getAttribute('data-number')) ?? ''
  const date = (await rows.first().getAttribute('data-date')) ?? ''
  const truth = await payoutTruth(request, SHOP, date, number)
  // The truth adds up on its own: gross sales − refunds − fees ± corrections (± the rest) = payout.
  expect(
    truth.salesCaptured +
      truth.salesRefunded +
      truth.settledWithoutSale +
      truth.fees +
      truth.corrections +
      truth.other,
  ).toBe(truth.paid)
  expect(truth.salesCaptured).toBeGreaterThan(0)
  expect(truth.settledWithoutSale).toBe(0) // the search back to the previous payout loaded its sales

  await rows
    .first()
    .getByRole('button', { name: /Vis utbetalingen/ })
    .click()
  const detail = page.getByTestId('payout-detail')
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(truth.bankText)
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused()
  expect(truth.bankText).toMatch(new RegExp(`^Utb\\. ${number} Vippsnr \\d+$`))
  await expect(page).toHaveURL(new RegExp(`payout=${number}`))

  const term = (key: string) => text(detail.locator(`[data-term="${key}"] td`))
  expect(await term('salesCaptured')).toBe(kroner(truth.salesCaptured))
  expect(await term('salesRefunded')).toBe(kroner(truth.salesRefunded))
  expect(await term('fees')).toBe(kroner(truth.fees))
  expect(await term('corrections')).toBe(kroner(truth.corrections))
  expect(await term('paid')).toBe(kroner(truth.paid))
  await expect(detail.locator('[data-term="settledWithoutSale"]')).toHaveCount(0)
  await expect(detail.getByTestId('payout-balances')).toHaveText(/✓/)
  const first = truth.dates[0] ?? date
  const covered =
    first === date
      ? `${date.slice(8)}.${date.slice(5, 7)}.`
      : `${first.slice(8)}.${first.slice(5, 7)}.–${date.slice(8)}.${date.slice(5, 7)}.`
  await expect(detail.getByTestId('payout-covers')).toHaveText(covered)
  await expect(detail.getByRole('status')).toHaveText(
    `Viser ${Math.min(50, truth.sales)} av ${truth.sales.toLocaleString('nb-NO')}`.replace(/\u00a0/g, ' '),
    { useInnerText: true },
  )

  // A pasted link opens the same payout.
  await page.reload()
  await settled(page)
  await expect(page.getByTestId('payout-detail').getByRole('heading', { level: 2 })).toHaveText(
    truth.bankText,
  )

  // Its sales in the explorer: the dates it covers.
  await page.getByTestId('payout-to-explorer').click()
  await expect(page).toHaveURL(new RegExp(`/\\?ledger=${SHOP}&period=custom&from=${first}&to=${date}`))
  await expect(
    page.getByText(`Alle ${truth.dates.length} ${truth.dates.length === 1 ? 'dag' : 'dager'} lastet`),
  ).toBeVisible()
})

test('a sale on the order page shows its settlement: date, fee and the payout, which opens', async ({
  page,
  request,
}) => {
  const date = shiftDate(osloToday(), -6)
  const events = await eventsOfPeriod(request, SHOP, date, date)
  const sale = events.find((e) => e.entryType === 'capture' && e.pspReference)!
  const fees = (await reportDay(request, SHOP, 'fees', date)).items.concat(
    (await reportDay(request, SHOP, 'fees', shiftDate(date, 1))).items,
  )
  const fee = fees.filter((e) => e.pspReference === sale.pspReference).reduce((s, e) => s + e.amount, 0)
  expect(fee).toBeLessThan(0)

  await page.goto(`/orders/${encodeURIComponent(sale.reference)}?ledger=${SHOP}`)
  const settlement = page.getByTestId('sale-settlement')
  await expect(settlement).toHaveAttribute('data-status', 'settled')
  expect(await text(settlement.getByTestId('sale-settlement-fee'))).toBe(kroner(fee))
  const payoutLink = settlement.getByTestId('sale-settlement-payout').getByRole('link')
  await expect(payoutLink).toHaveText(/^Utb\. \d+ Vippsnr \d+ – se utbetalingen$/)
  const bankText = (await payoutLink.textContent())?.replace(' – se utbetalingen', '') ?? ''
  await payoutLink.click()
  await settled(page)
  await expect(page.getByTestId('payout-detail').getByRole('heading', { level: 2 })).toHaveText(bankText)
  // The payout lists its sales 50 at a time: show more until this sale's row is there.
  const detail = page.getByTestId('payout-detail')
  const saleLink = detail.getByRole('link', { name: sale.reference, exact: true })
  const more = detail.getByRole('button', { name: /^Vis [\d\s\u00a0]+ til$/ })
  while ((await saleLink.count()) === 0 && (await more.count()) > 0) await more.click()
  await expect(saleLink).toBeVisible()
})

test('the reconciliation as CSV: a row per sale with its settled amount, fee and payout, sums equal to the API', async ({
  page,
  request,
}) => {
  const today = osloToday()
  const from = shiftDate(today, -5)
  const to = shiftDate(today, -4)
  const sales = await eventsOfPeriod(request, SHOP, from, to)
  const funds = (
    await Promise.all(datesBetween(from, shiftDate(to, 1)).map((d) => reportDay(request, SHOP, 'funds', d)))
  ).flatMap((d) => d.items)
  const fees = (
    await Promise.all(datesBetween(from, shiftDate(to, 2)).map((d) => reportDay(request, SHOP, 'fees', d)))
  ).flatMap((d) => d.items)
  const key = (type: string, psp: string | null | undefined) => `${type.toLowerCase()}|${psp}`
  const settledFor = new Map(funds.map((e) => [key(e.entryType, e.pspReference), e.amount]))
  const saleKeys = sales.filter((e) => e.pspReference).map((e) => key(e.entryType, e.pspReference))
  const captureKeys = new Set(sales.filter((e) => e.entryType === 'capture').map((e) => e.pspReference))

  await page.goto(`/settlement?ledger=${SHOP}&period=custom&from=${from}&to=${to}`)
  await settled(page)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Last ned avstemming (CSV)' }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toBe(`avstemming_${SHOP}_${from}_${to}.csv`)
  const csv = await readFile(await file.path(), 'utf8')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  const [header = [], ...records] = Papa.parse<string[]>(csv.slice(1), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data
  const column = (name: string) => {
    const index = header.indexOf(name)
    expect(index, name).toBeGreaterThanOrEqual(0)
    return records.map((r) => r[index] ?? '')
  }
  const total = (name: string) => column(name).reduce((s, cell) => s + parseKroner(cell), 0)
  const saleRows = column('Regnskapsdato salg').filter((d) => d !== '')
  expect(saleRows).toHaveLength(sales.length)
  expect(total('Salg brutto')).toBe(sales.filter(isSummed).reduce((s, e) => s + (amountsOf(e).gross ?? 0), 0))
  const settledSum = saleKeys.reduce((s, k) => s + (settledFor.get(k) ?? 0), 0)
  const statuses = column('Status')
  const settledCells = column('Avregnet beløp').filter((_, i) => column('Regnskapsdato salg')[i] !== '')
  expect(settledCells.reduce((s, cell) => s + parseKroner(cell), 0)).toBe(settledSum)
  expect(total('Gebyr')).toBe(
    fees
      .filter((e) => e.entryType === 'capture-fee' && captureKeys.has(e.pspReference))
      .reduce((s, e) => s + e.amount, 0),
  )
  expect(statuses.filter((s) => s === 'avregnet')).toHaveLength(
    saleKeys.filter((k) => settledFor.has(k)).length,
  )
  expect(column('Utbetaling').filter((n, i) => statuses[i] === 'avregnet' && !/^\d+$/.test(n))).toEqual([])
  expect(column('Foreløpig').every((v) => v === 'nei')).toBe(true)
})

test('today is still open: its row, the money awaiting payout and the summary say provisional', async ({
  page,
  request,
}) => {
  const today = osloToday()
  const funds = await reportDay(request, CAFE, 'funds', today)
  expect(funds.open).toBe(true)
  const sales = await eventsOfPeriod(request, CAFE, shiftDate(today, -1), today)
  const psps = new Set(sales.map((e) => `${e.entryType.toLowerCase()}|${e.pspReference}`))
  const settledToday = funds.items
    .filter(
      (e) =>
        (e.entryType === 'capture' || e.entryType === 'refund') &&
        psps.has(`${e.entryType}|${e.pspReference}`),
    )
    .reduce((s, e) => s + e.amount, 0)

  await page.goto(`/settlement?ledger=${CAFE}&period=today`)
  await settled(page)
  const row = page.locator(`[data-testid="settlement-day"][data-date="${today}"]`)
  await expect(row).toHaveAttribute('data-provisional', 'true')
  await expect(row.getByText('Foreløpig')).toBeVisible()
  expect(await text(row.getByTestId('day-settled'))).toBe(kroner(settledToday))
  await expect(page.getByTestId('settlement-provisional')).toBeVisible()
  await expect(page.getByTestId('settlement-pending')).toContainText('Foreløpig')
  expect(await text(page.getByTestId('settlement-pending'))).toContain(
    kroner(funds.items.at(-1)?.balanceAfter ?? 0),
  )
  await expect(page.getByTestId('settlement-paid')).toContainText('0 utbetalinger')

  // The day's checks, written out, hold for what has come so far.
  await row.getByRole('button', { name: /Detaljer/ }).click()
  await expect(page.getByTestId('day-check-sales')).toHaveAttribute('data-ok', 'true')
  await expect(page.getByTestId('day-check-funds')).toHaveAttribute('data-ok', 'true')
})

for (const [ledger, status] of NO_ACCESS) {
  test(`keys without Report API access (${status}): the settlement says so, the sales work as before`, async ({
    page,
    request,
  }) => {
    const yesterday = shiftDate(osloToday(), -1)
    expect((await request.get(`/api/report/v2/ledgers/${ledger}/funds/dates/${yesterday}`)).status()).toBe(
      status,
    )

    await page.goto(`/settlement?ledger=${ledger}&period=yesterday`)
    const notice = page.getByTestId('settlement-no-access')
    await expect(notice).toBeVisible({ timeout: 30_000 })
    await expect(notice.getByRole('heading')).toHaveText('Regnskapsnøklene gir ikke tilgang til oppgjøret')
    await expect(notice).toContainText('Salgene, innsikten, dagsrapporten og eksporten virker som før.')
    await expect(page.getByTestId('settlement-days')).toHaveCount(0)

    await page.getByRole('link', { name: 'Se salgene i perioden' }).click()
    await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
    const events = await eventsOfPeriod(request, ledger, yesterday, yesterday)
    await expect(page.getByTestId('total-count')).toHaveText(events.length.toLocaleString('nb-NO'))

    const sale = events.find((e) => e.pspReference)!
    await page.goto(`/orders/${encodeURIComponent(sale.reference)}?ledger=${ledger}`)
    await expect(
      page.getByText('Oppgjøret kan ikke vises: regnskapsnøklene gir ikke tilgang til Report API.').first(),
    ).toBeVisible()
    await expect(page.getByTestId('net-vat')).toBeVisible()
  })
}
