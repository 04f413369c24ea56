import { osloToday, shiftDate } from './support/api-truth'
import { expect, test } from './support/test'

const SHOP = '302322'

test('a skip link is the first Tab stop and lands on the sales; every page has an h1', async ({ page }) => {
  await page.goto(`/?ledger=${SHOP}&period=last7`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Salg og refusjoner')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Hopp til salgene' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('#salg')).toBeFocused()
})

test('Escape in a filter dropdown closes it and gives the focus back to its button, which has a name', async ({
  page,
}) => {
  await page.goto(`/?ledger=${SHOP}&period=last7`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  const summary = page.locator('summary', { hasText: 'Type' })
  await expect(summary).toHaveAccessibleName('Type: Alle')
  await summary.focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('group', { name: 'Type', exact: true })
  await expect(menu).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(menu.getByRole('checkbox').first()).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(summary).toBeFocused()
  await expect(summary).toHaveAccessibleName(/^Type: /)
  await expect(summary).not.toHaveAccessibleName('Type: Alle')
})

test('charts are named regions with no focus stops in the drawing; their table filters by keyboard', async ({
  page,
}) => {
  await page.goto(`/?ledger=${SHOP}&period=last7&tab=insights`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  for (const name of ['Salg per dag', 'MVA per sats (netto etter refusjoner)', 'Salg per kategori'])
    await expect(page.getByRole('region', { name })).toBeVisible()
  await expect(page.locator('.chart-card__chart svg').first()).toBeVisible()
  const focusable = await page
    .locator('.chart-card__chart')
    .evaluateAll(
      (charts) =>
        charts
          .flatMap((c) => [...c.querySelectorAll('[tabindex], a, button, input')])
          .filter((e) => (e as HTMLElement).tabIndex >= 0).length,
    )
  expect(focusable).toBe(0)
  await expect(page.locator('[role="application"]')).toHaveCount(0)

  const category = page.getByRole('region', { name: 'Salg per kategori' })
  await category.getByText('Vis tallene som tabell').click()
  const first = category.getByRole('table', { name: 'Salg per kategori' }).getByRole('button').first()
  const label = (await first.textContent()) ?? ''
  await first.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(
    new RegExp(`category=${encodeURIComponent(label).replace(/%20/g, '(\\+|%20)')}`),
  )
  await expect(page.getByTestId('sales-row').first()).toBeVisible()
})

test('the day report names itself in the page title', async ({ page }) => {
  const day = shiftDate(osloToday(), -1)
  await page.goto(`/report?ledger=${SHOP}&date=${day}`)
  await expect(page).toHaveTitle(
    `Dagsoppgjør ${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)} – Salgsoversikt`,
  )
})

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' })

  test('placeholders are readable: at least 4.5:1 against their field', async ({ page }) => {
    await page.goto(`/?ledger=${SHOP}`)
    await expect(page.getByRole('search', { name: 'Filtre' }).getByRole('searchbox')).toBeVisible()
    const ratios = await page.locator('input.input[placeholder]').evaluateAll((inputs) => {
      const luminance = (color: string) => {
        const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
          const v = Number(c) / 255
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
      }
      return inputs.map((input) => {
        const text = luminance(getComputedStyle(input, '::placeholder').color)
        const field = luminance(getComputedStyle(input).backgroundColor)
        const [light, dark] = text > field ? [text, field] : [field, text]
        return (light + 0.05) / (dark + 0.05)
      })
    })
    expect(ratios.length).toBeGreaterThan(3)
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5)
  })
})
