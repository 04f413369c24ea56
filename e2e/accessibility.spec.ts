import AxeBuilder from '@axe-core/playwright'
import { datePath, osloToday, type RawPage, shiftDate } from './support/api-truth'
import { passwordServer } from './support/password-server'
import { expect, type Page, test } from './support/test'

const SHOP = '302322'

/** Every serious or critical axe finding on the page as it is now, one line each. */
async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}): ${n.target.join(' ')} – ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
      ),
    )
}

/** Soft, so one run reports the findings of every view. */
async function expectAccessible(page: Page, view: string) {
  expect.soft(await seriousFindings(page), view).toEqual([])
}

const login = passwordServer('axe passphrase, long enough')

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('explorer table, filters open, and the feed: no serious or critical axe findings', async ({
      page,
    }) => {
      await page.goto(`/?ledger=${SHOP}&period=last7`)
      await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
      await expect(page.getByTestId('sales-row').first()).toBeVisible()
      await expectAccessible(page, 'explorer table')
      await page.locator('summary', { hasText: 'Kategori' }).click()
      await expectAccessible(page, 'explorer, a filter open')
      await page.keyboard.press('Escape')
      await page.getByTestId('sales-row').first().click()
      await expect(page.locator('.row-detail')).toBeVisible()
      await expectAccessible(page, 'explorer, a row open')
      await page.goto(`/?ledger=${SHOP}&view=feed`)
      await expect(page.getByTestId('sales-row').first()).toBeVisible()
      await expectAccessible(page, 'feed')
    })

    test('insights: no serious or critical axe findings', async ({ page }) => {
      await page.goto(`/?ledger=${SHOP}&period=last7&tab=insights`)
      await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
      await expect(page.getByTestId('chart-time').locator('svg').first()).toBeVisible()
      await expectAccessible(page, 'insights')
    })

    test('day report, order, transaction and not-found pages: no serious or critical axe findings', async ({
      page,
      request,
    }) => {
      const yesterday = shiftDate(osloToday(), -1)
      await page.goto(`/report?ledger=${SHOP}&date=${yesterday}`)
      await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled()
      await expectAccessible(page, 'day report')

      const page1 = (await (await request.get(`${datePath(SHOP, yesterday)}?pageSize=50`)).json()) as RawPage
      const event = page1.items.find((e) => e.pspReference)
      await page.goto(`/orders/${encodeURIComponent(event?.reference ?? '')}?ledger=${SHOP}`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(event?.reference ?? '')
      await expect(page.locator('.timeline li').first()).toBeVisible()
      await expectAccessible(page, 'order page')

      await page.goto(`/transactions/${encodeURIComponent(event?.pspReference ?? '')}?ledger=${SHOP}`)
      await expect(page.locator('.timeline li').first()).toBeVisible()
      await expectAccessible(page, 'transaction page')

      await page.goto('/finnes-ikke')
      await expect(page.getByText('Siden finnes ikke.')).toBeVisible()
      await expectAccessible(page, 'not-found page')
    })

    test('settlement and vouchers pages: no serious or critical axe findings', async ({ page }) => {
      // The café: its week has a failed check, so the list of failed checks is looked at too.
      await page.goto(`/settlement?ledger=302321&period=last7`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      await expectAccessible(page, 'settlement page')
      await page.goto(`/vouchers?ledger=${SHOP}&period=last7`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      await expectAccessible(page, 'vouchers page')
    })

    test('login page: no serious or critical axe findings', async ({ page }) => {
      await page.goto(`${login.base}/login`)
      await expect(page.getByLabel('Passord')).toBeVisible()
      await expectAccessible(page, 'login page')
    })
  })
}
