import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import Papa from 'papaparse'
import { parseKronerToMinor } from '../src/api/money'
import { addDays, todayInOslo } from '../src/api/oslo-time'
import { eventsOfPeriod, kroner, normaliseSpaces, sums } from './support/api-truth'

const LEDGER = '302321'

test('export the filtered view: every matching event, sums equal to the API and to the totals bar', async ({
  page,
  request,
}) => {
  const today = todayInOslo()
  const from = addDays(today, -6)
  const rows = await eventsOfPeriod(request, LEDGER, from, today)
  const expected = rows.filter((r) => !r.isRefund && r.vatRates.includes(1500))
  const truth = sums(expected)
  expect(truth.count).toBeGreaterThan(500)

  await page.goto(`/?ledger=${LEDGER}&period=last7&type=capture&vat=1500`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect(page.getByTestId('total-count')).toHaveText(truth.count.toLocaleString('nb-NO'))

  await page.locator('summary', { hasText: 'Eksport' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Last ned' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`salg_${LEDGER}_${from}_${today}.csv`)
  const text = await readFile(await download.path(), 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)

  const [header = [], ...records] = Papa.parse<string[]>(text.slice(1), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data
  expect(records).toHaveLength(truth.count)
  const sumOf = (column: string) =>
    records.reduce((sum, record) => sum + (parseKronerToMinor(record[header.indexOf(column)] ?? '') ?? 0), 0)
  expect(sumOf('Brutto')).toBe(truth.gross)
  expect(sumOf('Netto')).toBe(truth.net)
  expect(sumOf('MVA')).toBe(truth.vat)
  expect(new Set(records.map((r) => r[header.indexOf('Type')]))).toEqual(new Set(['Salg']))

  const summary = normaliseSpaces(await page.getByTestId('export-summary').textContent())
  expect(summary).toContain(`${truth.count.toLocaleString('nb-NO').replace(/\u00a0/g, ' ')} transaksjoner`)
  expect(summary).toContain(normaliseSpaces(kroner(truth.gross)))
  expect(normaliseSpaces(await page.getByTestId('total-gross').textContent())).toBe(
    normaliseSpaces(kroner(truth.gross)),
  )
})
