import { osloToday, shiftDate, typed } from './support/api-truth'
import { expect, test } from './support/test'

const LEDGER = '302322'

test('"Kopier lenke" on "I går" copies a link with the dates, which shows the same days and filters when opened', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const yesterday = shiftDate(osloToday(), -1)
  await page.goto(`/?ledger=${LEDGER}&period=yesterday&type=refund&sort=-gross`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  const count = await page.getByTestId('total-count').textContent()

  await page.getByRole('button', { name: 'Kopier lenke' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Lenken er kopiert' })).toContainText(
    `${typed(yesterday)}–${typed(yesterday)}`,
  )
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()))
  expect(copied.origin).toBe(new URL(page.url()).origin)
  expect(copied.searchParams.get('period')).toBe('custom')
  expect(copied.searchParams.get('from')).toBe(yesterday)
  expect(copied.searchParams.get('to')).toBe(yesterday)
  expect(copied.searchParams.getAll('type')).toEqual(['refund'])
  expect(copied.searchParams.get('sort')).toBe('-gross')
  expect(copied.searchParams.get('ledger')).toBe(LEDGER)
  // The page's own address may stay relative (a bookmark of "I går").
  expect(new URL(page.url()).searchParams.get('period')).toBe('yesterday')

  const other = await context.newPage()
  await other.goto(copied.toString())
  await expect(other.getByText('Alle 1 dag lastet')).toBeVisible()
  await expect(other.getByRole('textbox', { name: 'Fra', exact: true })).toHaveValue(typed(yesterday))
  await expect(other.getByRole('textbox', { name: 'Til', exact: true })).toHaveValue(typed(yesterday))
  await expect(other.getByTestId('total-count')).toHaveText(count ?? '')
})

test('without a clipboard the link is shown, selected, to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined })
  })
  const today = osloToday()
  await page.goto(`/?ledger=${LEDGER}`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await page.getByRole('button', { name: 'Kopier lenke' }).click()
  const field = page.getByRole('textbox', { name: 'Lenke til visningen' })
  await expect(field).toBeFocused()
  const url = new URL(await field.inputValue())
  expect(url.searchParams.get('from')).toBe(today)
  expect(url.searchParams.get('to')).toBe(today)
})
