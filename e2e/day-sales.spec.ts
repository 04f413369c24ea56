import { eventsOfPeriod, kroner, normaliseSpaces, osloToday, shiftDate, sums } from './support/api-truth'
import { expect, test } from './support/test'

test('a shop owner sees one day of a chosen ledger, with totals equal to the API', async ({
  page,
  request,
}) => {
  const yesterday = shiftDate(osloToday(), -1)
  await page.goto('/')
  await expect(page.getByText('Demo – simulerte salg')).toBeVisible()
  await page.getByLabel('Salgssted').selectOption({ label: 'Fjellsport Nettbutikk (nettbutikk, handlekurv)' })
  await page.getByRole('button', { name: 'I går' }).click()
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()

  const truth = sums(await eventsOfPeriod(request, '302322', yesterday, yesterday))
  expect(truth.count).toBeGreaterThan(10)
  await expect(page.getByTestId('total-count')).toHaveText(
    truth.count.toLocaleString('nb-NO').replace(/\u00a0/g, '\u00a0'),
  )
  expect(normaliseSpaces(await page.getByTestId('total-gross').textContent())).toBe(
    normaliseSpaces(kroner(truth.gross)),
  )
  expect(normaliseSpaces(await page.getByTestId('total-vat').textContent())).toBe(
    normaliseSpaces(kroner(truth.vat)),
  )
  await expect(page.getByTestId('sales-row').first()).toBeVisible()
  await expect(page.getByTestId('sales-row').first().locator('[data-column="solution"]')).toHaveText(
    'Handlekurv',
  )
  expect(new URL(page.url()).searchParams.get('ledger')).toBe('302322')
})

test('an upstream refusal is explained with a retry, and the proxy answers problem+json', async ({
  page,
  request,
}) => {
  const response = await request.get('/api/sales/report/v1/ledgers/302321/dates/2026-02-30')
  expect(response.status()).toBe(400)
  expect(response.headers()['content-type']).toBe('application/problem+json')
  await page.goto('/?ledger=999999&period=yesterday')
  const problem = page.getByRole('alert').filter({ hasText: 'Kunne ikke hente salgene' })
  // Said in Norwegian, with what it means; Vipps MobilePay's own words only as secondary text.
  await expect(problem.locator('strong')).toHaveText(
    'Kunne ikke hente salgene: Vipps MobilePay fant det ikke (HTTP 404)',
  )
  await expect(problem).toContainText('finnes ikke for disse regnskapsnøklene')
  await expect(problem.locator('.problem__server')).toContainText('Serverens melding:')
  await expect(problem.locator('.problem__server')).toContainText('Ledger not found')
  await expect(page.getByLabel('Salgssted')).toHaveValue('999999')
  await expect(page.getByRole('button', { name: 'Prøv igjen' }).first()).toBeVisible()
})
