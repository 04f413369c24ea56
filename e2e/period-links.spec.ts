import { datesBetween, osloToday, shiftDate, typed } from './support/api-truth'
import { expect, type Page, test } from './support/test'

const LEDGER = '302321'

/** The dates of sales asked for while the page runs (by date, as the period loader asks). */
function salesDatesAsked(page: Page): string[] {
  const dates: string[] = []
  page.on('request', (request) => {
    const match = /\/api\/.*\/dates\/(\d{4}-\d{2}-\d{2})/.exec(request.url())
    if (match) dates.push(match[1] ?? '')
  })
  return dates
}

test('a link to a period that has not begun says so and loads nothing', async ({ page }) => {
  const today = osloToday()
  const from = shiftDate(today, 90)
  const to = shiftDate(today, 94)
  const asked = salesDatesAsked(page)
  await page.goto(`/?ledger=${LEDGER}&period=custom&from=${from}&to=${to}`)
  const notice = page.getByTestId('period-not-begun')
  await expect(notice).toContainText('Perioden har ikke begynt ennå')
  await expect(notice).toContainText(`${typed(from)}–${typed(to)}`)
  // The dates asked for stay in the pickers; no progress, no totals, no day fetched.
  await expect(page.getByRole('textbox', { name: 'Fra', exact: true })).toHaveValue(typed(from))
  await expect(page.getByRole('textbox', { name: 'Til', exact: true })).toHaveValue(typed(to))
  await expect(page.getByText(/dager? lastet/)).toHaveCount(0)
  await page.getByRole('button', { name: 'I dag' }).click()
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  expect(asked.filter((date) => date > today)).toEqual([])
})

test('a link to a period that runs past today ends today, and says so', async ({ page }) => {
  const today = osloToday()
  const from = shiftDate(today, -2)
  const to = shiftDate(today, 30)
  const asked = salesDatesAsked(page)
  await page.goto(`/?ledger=${LEDGER}&period=custom&from=${from}&to=${to}`)
  await expect(page.getByText('Alle 3 dager lastet')).toBeVisible()
  await expect(page.getByTestId('period-ended-today')).toHaveText(
    `Perioden slutter i dag, ${typed(today)}: du ba om til ${typed(to)}, men senere dager har ingen salg ennå.`,
  )
  await expect(page.getByRole('textbox', { name: 'Til', exact: true })).toHaveValue(typed(today))
  expect(asked.filter((date) => date > today)).toEqual([])
  expect(asked).toEqual(expect.arrayContaining(datesBetween(from, today)))
})

test('a pasted link with dates but without period=custom shows those dates', async ({ page }) => {
  const today = osloToday()
  const from = shiftDate(today, -3)
  const to = shiftDate(today, -1)
  await page.goto(`/?ledger=${LEDGER}&from=${from}&to=${to}`)
  await expect(page.getByText('Alle 3 dager lastet')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Fra', exact: true })).toHaveValue(typed(from))
  await expect(page.getByRole('textbox', { name: 'Til', exact: true })).toHaveValue(typed(to))
  await expect(page.getByRole('button', { name: 'I dag' })).toHaveAttribute('aria-pressed', 'false')
})
