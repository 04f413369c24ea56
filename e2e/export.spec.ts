import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import {
  amountsOf,
  eventsOfPeriod,
  isRefund,
  kroner,
  normaliseSpaces,
  osloToday,
  parseKroner,
  shiftDate,
  sums,
} from './support/api-truth'
import { expect, type Page, test } from './support/test'

const LEDGER = '302321'

async function download(page: Page, shape: 'transaksjon' | 'varelinje') {
  await page.locator('summary', { hasText: 'Eksport' }).click()
  await page.getByRole('radio', { name: shape }).check()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Last ned' }).click()
  const file = await downloading
  const text = await readFile(await file.path(), 'utf8')
  await page.locator('summary', { hasText: 'Eksport' }).click()
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const [header = [], ...records] = Papa.parse<string[]>(text.slice(1), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data
  const sumOf = (column: string) => {
    const index = header.indexOf(column)
    expect(index, column).toBeGreaterThanOrEqual(0)
    return records.reduce((sum, record) => sum + parseKroner(record[index] ?? ''), 0)
  }
  return { name: file.suggestedFilename(), header, records, sumOf }
}

test('export the filtered view: every matching event, and every money column of both shapes sums to the API', async ({
  page,
  request,
}) => {
  const today = osloToday()
  const from = shiftDate(today, -6)
  const events = await eventsOfPeriod(request, LEDGER, from, today)
  const expected = events.filter((e) => !isRefund(e) && (e.lines ?? []).some((l) => l.vatRate === 1500))
  const truth = sums(expected)
  expect(truth.count).toBeGreaterThan(500)
  const discounts = expected.reduce(
    (sum, e) => sum + (e.lines ?? []).reduce((s, l) => s + (l.discountTotal ?? 0), 0),
    0,
  )

  await page.goto(`/?ledger=${LEDGER}&period=last7&type=capture&vat=1500`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect(page.getByTestId('total-count')).toHaveText(truth.count.toLocaleString('nb-NO'))

  const perEvent = await download(page, 'transaksjon')
  expect(perEvent.name).toBe(`salg_${LEDGER}_${from}_${today}.csv`)
  expect(perEvent.records).toHaveLength(truth.count)
  expect(new Set(perEvent.records.map((r) => r[perEvent.header.indexOf('Type')]))).toEqual(new Set(['Salg']))
  const summary = normaliseSpaces(await page.getByTestId('export-summary').textContent())
  expect(summary).toContain(`${normaliseSpaces(truth.count.toLocaleString('nb-NO'))} transaksjoner`)
  expect(summary).toContain(kroner(truth.gross))
  expect(normaliseSpaces(await page.getByTestId('total-gross').textContent())).toBe(kroner(truth.gross))

  const perLine = await download(page, 'varelinje')
  expect(perLine.name).toBe(`salg_${LEDGER}_${from}_${today}_varelinjer.csv`)
  expect(perLine.records.length).toBe(expected.reduce((n, e) => n + Math.max(1, e.lines?.length ?? 0), 0))

  // Summing any money column gives the right total (unit prices are prices, not amounts to sum).
  const money = (header: string[]) =>
    header.filter((h) => /brutto|netto|\bmva\b|rabatt/i.test(h) && !/enhetspris|sats|har mva/i.test(h))
  expect(money(perEvent.header)).toEqual([
    'Brutto',
    'Netto',
    'MVA',
    'Ikke summert brutto (ukjent type eller ulesbar)',
  ])
  expect(money(perLine.header)).toEqual([
    'Rabatt',
    'Brutto',
    'Netto',
    'MVA',
    'Transaksjon brutto (første rad)',
    'Transaksjon netto (første rad)',
    'Transaksjon MVA (første rad)',
    'Ikke summert brutto (ukjent type eller ulesbar)',
  ])
  for (const file of [perEvent, perLine]) {
    for (const column of money(file.header)) {
      const want = /ikke summert/i.test(column)
        ? 0
        : /rabatt/i.test(column)
          ? discounts
          : /brutto/i.test(column)
            ? truth.gross
            : /netto/i.test(column)
              ? truth.net
              : truth.vat
      expect(file.sumOf(column), `${file.name}: ${column}`).toBe(want)
    }
  }
  expect(truth.gross).toBe(expected.reduce((s, e) => s + (amountsOf(e).gross ?? 0), 0))
})
