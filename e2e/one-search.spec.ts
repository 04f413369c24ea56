import { datePath, osloToday, type RawPage, shiftDate } from './support/api-truth'
import { type APIRequestContext, expect, test } from './support/test'

const SHOP = '302322'
const CLUB = '302323'
const CAFE = '302321'

async function eventsOf(request: APIRequestContext, ledger: string, date: string) {
  const response = await request.get(`${datePath(ledger, date)}?pageSize=1000`)
  return ((await response.json()) as RawPage).items
}

test('a reference from another day: the period search offers the look-up on every date, which opens the order', async ({
  page,
  request,
}) => {
  const [event] = await eventsOf(request, SHOP, shiftDate(osloToday(), -2))
  const reference = event?.reference as string
  await page.goto(`/?ledger=${SHOP}`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await page.getByRole('search', { name: 'Filtre' }).getByRole('searchbox').fill(`  ${reference} `)
  await expect(page.getByTestId('empty-state')).toContainText('Ingen transaksjoner passer filtrene.')
  const offer = page.getByTestId('find-everywhere')
  await expect(offer).toContainText(`Er «${reference}» en ordrereferanse eller transaksjons-ID`)
  await expect(offer).toContainText('Oppslaget på alle datoer krever nøyaktig referanse')
  await offer.getByRole('button', { name: 'Søk på alle datoer og salgssteder' }).click()
  await expect(page.getByRole('heading', { name: `Ordre «${reference}»` })).toBeVisible()
  expect(new URL(page.url()).searchParams.get('ledger')).toBe(SHOP)
})

test('a reference of another ledger: both the header look-up and the offer find it there', async ({
  page,
  request,
}) => {
  const yesterday = shiftDate(osloToday(), -1)
  const [event] = await eventsOf(request, CLUB, yesterday)
  const reference = event?.reference as string
  await page.goto(`/?ledger=${CAFE}&period=yesterday`)
  await page.getByLabel('Finn ordre eller transaksjon').fill(reference)
  await page.getByRole('button', { name: 'Finn', exact: true }).click()
  await expect(page.getByRole('heading', { name: `Ordre «${reference}»` })).toBeVisible()
  expect(new URL(page.url()).searchParams.get('ledger')).toBe(CLUB)

  await page.goto(`/?ledger=${CAFE}&period=yesterday&q=${encodeURIComponent(reference)}`)
  await page
    .getByTestId('find-everywhere')
    .getByRole('button', { name: 'Søk på alle datoer og salgssteder' })
    .click()
  await expect(page.getByRole('heading', { name: `Ordre «${reference}»` })).toBeVisible()
  expect(new URL(page.url()).searchParams.get('ledger')).toBe(CLUB)
})

test('the period search is case-insensitive and trimmed; the look-up says it needs the exact reference', async ({
  page,
  request,
}) => {
  const yesterday = shiftDate(osloToday(), -1)
  const events = await eventsOf(request, CLUB, yesterday)
  const reference = events.find((e) => /[a-z]/.test(e.reference))?.reference as string
  expect(reference, 'the club has references with letters (vm-…)').toBeTruthy()
  const matching = events.filter((e) => e.reference.toLowerCase().includes(reference.toLowerCase()))

  await page.goto(`/?ledger=${CLUB}&period=yesterday`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await page
    .getByRole('search', { name: 'Filtre' })
    .getByRole('searchbox')
    .fill(` ${reference.toUpperCase()} `)
  await expect(page.getByTestId('total-count')).toHaveText(matching.length.toLocaleString('nb-NO'))
  await expect(page.getByTestId('sales-row').first()).toBeVisible()

  // The API's look-up matches exactly: the upper-case text is not found, and the message says why.
  await page.getByLabel('Finn ordre eller transaksjon').fill(reference.toUpperCase())
  await page.getByRole('button', { name: 'Finn', exact: true }).click()
  const message = page.locator('.lookup__message')
  await expect(message).toContainText(`Fant ingen ordre med referansen «${reference.toUpperCase()}»`)
  await expect(message).toContainText('Oppslaget krever nøyaktig referanse: store og små bokstaver teller.')
  await expect(message).toContainText('Heller ikke i noen av dine')
})
