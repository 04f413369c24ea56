import { osloToday, shiftDate, typed } from './support/api-truth'
import { expect, type Page, test } from './support/test'

const LEDGER = '302321'
/** dd.mm.åååå, written here without the app's helpers. */

async function typeDigitByDigit(page: Page, label: string, text: string) {
  const field = page.getByRole('textbox', { name: label, exact: true })
  await field.click()
  await field.press('ControlOrMeta+a')
  await field.press('Backspace')
  await field.pressSequentially(text)
  return field
}

for (const locale of ['nb-NO', 'en-US']) {
  test.describe(`browser language ${locale}`, () => {
    test.use({ locale })

    test('typing a date into "Til" digit by digit gives that day: nothing changes until it is complete', async ({
      page,
    }) => {
      const today = osloToday()
      const day = shiftDate(today, -6)
      await page.goto(`/?ledger=${LEDGER}`)
      await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
      // Dates read dd.mm.åååå whatever the browser's language.
      await expect(page.getByRole('textbox', { name: 'Fra', exact: true })).toHaveValue(typed(today))

      const til = await typeDigitByDigit(page, 'Til', typed(day).slice(0, -1))
      // Typed but not complete: the period, the URL and the other bound are untouched.
      await expect(til).toHaveValue(typed(day).slice(0, -1))
      expect(new URL(page.url()).searchParams.get('to')).toBeNull()
      await expect(page.getByRole('textbox', { name: 'Fra', exact: true })).toHaveValue(typed(today))

      await til.pressSequentially(typed(day).slice(-1))
      await expect(til).toHaveValue(typed(day))
      expect(new URL(page.url()).searchParams.get('to')).toBeNull()
      await til.press('Enter')

      await expect(page).toHaveURL(new RegExp(`[?&]to=${day}(&|$)`))
      const url = new URL(page.url())
      expect(url.searchParams.get('period')).toBe('custom')
      expect(url.searchParams.get('from')).toBe(day)
      // The other bound followed the typed one, so the period is the one day typed.
      await expect(page.getByRole('textbox', { name: 'Fra', exact: true })).toHaveValue(typed(day))
      await expect(til).toHaveValue(typed(day))
      await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()

      // The day report is of the day typed.
      await page
        .getByRole('link', { name: new RegExp(`^Dagsoppgjør ${day.slice(8, 10)}\\.${day.slice(5, 7)}\\.`) })
        .click()
      await expect(page).toHaveURL(new RegExp(`/report\\?.*date=${day}`))
      await expect(page.getByRole('textbox', { name: 'Dato', exact: true })).toHaveValue(typed(day))
    })
  })
}

test('digits without dots and leaving the field commit a date; an incomplete or impossible one is refused, not guessed', async ({
  page,
}) => {
  const today = osloToday()
  const from = shiftDate(today, -3)
  await page.goto(`/?ledger=${LEDGER}`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()

  const fra = await typeDigitByDigit(page, 'Fra', typed(from).replaceAll('.', ''))
  await expect(fra).toHaveValue(typed(from))
  await fra.press('Tab')
  await expect(page).toHaveURL(new RegExp(`[?&]from=${from}&to=${today}(&|$)`))
  await expect(page.getByText('Alle 4 dager lastet')).toBeVisible()

  const til = await typeDigitByDigit(page, 'Til', '31.02.2026')
  await til.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'Skriv datoen som dd.mm.åååå' })).toBeVisible()
  await expect(til).toHaveAttribute('aria-invalid', 'true')
  expect(new URL(page.url()).searchParams.get('to')).toBe(today)

  // A date after today is said, not clamped behind the user's back.
  await typeDigitByDigit(page, 'Til', typed(shiftDate(today, 2)))
  await til.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: `til og med ${typed(today)}` })).toBeVisible()
  // Escape puts back the date in use.
  await til.press('Escape')
  await expect(til).toHaveValue(typed(today))
})
