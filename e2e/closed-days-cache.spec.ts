import { normaliseSpaces, osloToday, shiftDate, typed } from './support/api-truth'
import { dateRequests, persistedDays } from './support/day-cache'
import { expect, type Page, test } from './support/test'

// The café: its sales carry no personal data, so its closed days may be kept without asking.
const CAFE = '302321'
// The web shop: about a third of its sales name the customer.
const SHOP = '302322'

async function totalsShown(page: Page) {
  return {
    count: await page.getByTestId('total-count').textContent(),
    gross: normaliseSpaces(await page.getByTestId('total-gross').textContent()),
    vat: normaliseSpaces(await page.getByTestId('total-vat').textContent()),
  }
}

test('a loaded period opened again reads its closed days from the browser: no call upstream for them, the same totals', async ({
  page,
}) => {
  const today = osloToday()
  const yesterday = shiftDate(today, -1)
  await page.goto(`/?ledger=${CAFE}&period=last7`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  const before = await totalsShown(page)
  // Each closed day is written to the cache once it is read to its end; today and yesterday never are.
  // The 7 days before the period are read too (the comparison with the previous period), all closed.
  await expect.poll(() => persistedDays(page)).toBe(5 + 7)

  const asked = dateRequests(page)
  await page.reload()
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  expect(asked.filter((date) => date < yesterday)).toEqual([])
  // Today and yesterday are always fetched again (late refunds, clock skew).
  expect(asked).toContain(today)
  expect(asked).toContain(yesterday)
  expect(await totalsShown(page)).toEqual(before)
})

test('personal data is not kept unless shown: the shop’s closed days are fetched again, until “Vis personopplysninger” is on', async ({
  page,
}) => {
  const today = osloToday()
  const yesterday = shiftDate(today, -1)
  const from = shiftDate(today, -4)
  const to = shiftDate(today, -3)
  const url = `/?ledger=${SHOP}&period=custom&from=${from}&to=${to}`
  await page.goto(url)
  await expect(page.getByText('Alle 2 dager lastet')).toBeVisible()
  const asked = dateRequests(page)
  await page.reload()
  await expect(page.getByText('Alle 2 dager lastet')).toBeVisible()
  expect(await persistedDays(page)).toBe(0)
  expect(asked.filter((date) => date < yesterday).length).toBeGreaterThan(0)

  // Shown: the days read from now on may be kept, customers and all (the two already read were not).
  await page.getByLabel('Vis personopplysninger').check()
  const fra = page.getByRole('textbox', { name: 'Fra', exact: true })
  await fra.fill(typed(shiftDate(today, -6)))
  await fra.press('Enter')
  await expect(page.getByText('Alle 4 dager lastet')).toBeVisible()
  // Read before (the period's own days and, for the comparison, the two before them), those stay
  // unkept; the four days before the new period, read now for the comparison, are kept.
  await expect.poll(() => persistedDays(page)).toBe(4)
})
