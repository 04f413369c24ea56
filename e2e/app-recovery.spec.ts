import { expect, type Page, test } from './support/test'

const LEDGER = '302322'

/** A marker that a page reload would wipe. */
const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { notReloaded: true }))
const isSamePage = (page: Page) => page.evaluate(() => 'notReloaded' in window)

test('a part of the app that cannot be fetched says so in Norwegian, keeps the page, and "Prøv igjen" brings it back', async ({
  page,
}) => {
  await page.goto(`/?ledger=${LEDGER}&period=last7`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await markPage(page)
  const count = await page.getByTestId('total-count').textContent()

  // The server is away while the charts' code is fetched.
  await page.route('**/assets/InsightsPanel-*.js', (route) => route.abort('connectionrefused'))
  await page.getByRole('button', { name: 'Innsikt og MVA' }).click()
  const problem = page.getByRole('alert').filter({ hasText: 'Innsikt og MVA kunne ikke lastes.' })
  await expect(problem).toBeVisible()
  await expect(problem).toContainText('Sjekk nettforbindelsen og prøv igjen')
  // Same version on the server: no reload, and what was loaded stays.
  await expect(problem).toHaveAttribute('data-recovery', 'done')
  await expect(page.getByTestId('total-count')).toHaveText(count ?? '')
  expect(await isSamePage(page)).toBe(true)

  await page.unroute('**/assets/InsightsPanel-*.js')
  await problem.getByRole('button', { name: 'Prøv igjen' }).click()
  await expect(page.getByTestId('chart-time')).toBeVisible()
  await expect(problem).toBeHidden()
  expect(await isSamePage(page)).toBe(true)
})

test('a page loaded on demand (the day report) that cannot be fetched says so, and recovers', async ({
  page,
}) => {
  await page.goto(`/?ledger=${LEDGER}`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await page.route('**/assets/DayReportPage-*.js', (route) => route.abort('connectionrefused'))
  await page.getByRole('link', { name: /^Dagsoppgjør/ }).click()
  const problem = page.getByRole('alert').filter({ hasText: 'Dagsoppgjøret kunne ikke lastes.' })
  await expect(problem).toBeVisible()
  await expect(problem).toHaveAttribute('data-recovery', 'done')
  // The header (and its look-up) is still there: the page is not blank.
  await expect(page.getByRole('link', { name: 'Salgsoversikt' })).toBeVisible()

  await page.unroute('**/assets/DayReportPage-*.js')
  await problem.getByRole('button', { name: 'Prøv igjen' }).click()
  await expect(page.getByRole('heading', { name: 'Dagsoppgjør', exact: true })).toBeVisible()
})

test('after a deploy (old parts gone, a new version served) the app reloads once, and never loops', async ({
  page,
}) => {
  await page.goto(`/?ledger=${LEDGER}&period=last7`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await markPage(page)
  // The old version's chunk is gone; the server's page now names another entry script. The
  // browser's navigations still get the real page, so the reloaded app runs.
  await page.route('**/assets/InsightsPanel-*.js', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  )
  let probes = 0
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      if (route.request().resourceType() === 'document') return route.continue()
      probes++
      const response = await route.fetch()
      const html = (await response.text()).replace(/\/assets\/index-[^"]+\.js/, '/assets/index-NEWVERSION.js')
      return route.fulfill({ response, body: html })
    },
  )
  const reloaded = page.waitForEvent('load')
  await page.getByRole('button', { name: 'Innsikt og MVA' }).click()
  await reloaded
  expect(await isSamePage(page)).toBe(false)

  // The reloaded page fails the same way (the chunk is still missing): it says so and stays.
  const problem = page.getByRole('alert').filter({ hasText: 'Innsikt og MVA kunne ikke lastes.' })
  await expect(problem).toBeVisible()
  await expect(problem).toHaveAttribute('data-recovery', 'done')
  await markPage(page)
  expect(probes).toBe(2)

  await page.unroute('**/assets/InsightsPanel-*.js')
  await problem.getByRole('button', { name: 'Prøv igjen' }).click()
  await expect(page.getByTestId('chart-time')).toBeVisible()
  expect(await isSamePage(page)).toBe(true)
})
