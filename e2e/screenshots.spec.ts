import { datePath, osloToday, type RawPage, shiftDate } from './support/api-truth'
import { expect, type Page, test } from './support/test'

/**
 * The README's screenshots: every main view at 1440 × 900, 1280 × 720 and 390 × 844, light and
 * dark. Each is checked (the view is there, the page does not scroll sideways) and saved to the
 * test's output; with UPDATE_SCREENSHOTS=1 also to e2e/screenshots/, under stable names
 * (`explorer.png`, `explorer-dark.png`, `explorer-1280.png`, `explorer-phone-dark.png`, …).
 */

const SIZES = [
  { name: '', width: 1440, height: 900 },
  { name: '-1280', width: 1280, height: 720 },
  { name: '-phone', width: 390, height: 844 },
] as const
const CAFE = '302321'
const SHOP = '302322'

async function orderWithRefund(page: Page): Promise<string> {
  const day = shiftDate(osloToday(), -1)
  const body = (await (await page.request.get(`${datePath(SHOP, day)}?pageSize=1000`)).json()) as RawPage
  return body.items.find((e) => e.entryType === 'refund')?.reference ?? body.items[0]?.reference ?? ''
}

const VIEWS: { name: string; path: (page: Page) => Promise<string>; ready: (page: Page) => Promise<void> }[] =
  [
    {
      name: 'explorer',
      path: async () => `/?ledger=${CAFE}`,
      ready: async (page) => {
        await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
        await expect(page.locator('.totals__compare').first()).toHaveAttribute('data-complete', 'true')
      },
    },
    {
      name: 'insights',
      path: async () => `/?ledger=${SHOP}&period=last7&tab=insights`,
      ready: async (page) => {
        await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
        await expect(page.getByTestId('chart-time').locator('svg.recharts-surface').first()).toBeVisible()
      },
    },
    {
      name: 'report',
      path: async () => `/report?ledger=${CAFE}&date=${shiftDate(osloToday(), -1)}`,
      ready: async (page) => {
        await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled()
      },
    },
    {
      name: 'order',
      path: async (page) => `/orders/${encodeURIComponent(await orderWithRefund(page))}?ledger=${SHOP}`,
      ready: async (page) => {
        await expect(page.getByTestId('order-event').first()).toBeVisible()
      },
    },
  ]

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    for (const view of VIEWS) {
      test(`${view.name}: at 1440, 1280 and 390 px wide, without sideways scroll`, async ({
        page,
      }, testInfo) => {
        for (const size of SIZES) {
          await page.setViewportSize({ width: size.width, height: size.height })
          await page.goto(await view.path(page))
          await view.ready(page)
          await page.waitForLoadState('networkidle')
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
            size.width,
          )
          const file = `${view.name}${size.name}${colorScheme === 'dark' ? '-dark' : ''}.png`
          await page.screenshot({ path: testInfo.outputPath(file) })
          if (process.env.UPDATE_SCREENSHOTS === '1')
            await page.screenshot({ path: `e2e/screenshots/${file}` })
        }
      })
    }
  })
}
