import { eventsOfPeriod, osloToday, type RawPage, shiftDate } from './support/api-truth'
import { expect, SIM_NOW_MS, test } from './support/test'

const CAFE = '302321'
const SHOP = '302322'
const hhmm = (ms: number) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(ms)

test('"I dag" refreshes itself: a new sale appears without a reload, and "Sist oppdatert" moves on', async ({
  page,
  request,
}) => {
  const today = osloToday()
  const truth = await eventsOfPeriod(request, CAFE, today, today)
  // The page's clock starts at the run's moment (a whole hour and a half: e2e/support/test.ts).
  const start = SIM_NOW_MS
  await page.goto(`/?ledger=${CAFE}`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await expect(page.getByTestId('total-count')).toHaveText(truth.length.toLocaleString('nb-NO'))
  await expect(page.getByTestId('updated-at')).toHaveText(`Sist oppdatert kl. ${hhmm(start)}`)

  // From now on the day has one more sale at its end.
  const newSale = {
    ...truth[0],
    reference: 'NY-SALG-1',
    pspReference: '99999999999991',
    time: new Date(start + 30_000).toISOString(),
  }
  await page.route(new RegExp(`/dates/${today}\\?`), async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as RawPage
    if (!body.hasMore) body.items.push(newSale as RawPage['items'][number])
    await route.fulfill({ response, json: body })
  })
  await page.clock.fastForward('01:20')
  await expect(page.getByTestId('total-count')).toHaveText((truth.length + 1).toLocaleString('nb-NO'))
  await expect(page.getByTestId('sales-row').first().locator('[data-column="reference"]')).toHaveText(
    'NY-SALG-1',
  )
  await expect(page.getByTestId('updated-at')).toHaveText(`Sist oppdatert kl. ${hhmm(start + 80_000)}`)
  // Refreshed in the background: the totals were final all along, never "Foreløpige tall".
  await expect(page.locator('.totals').first()).toHaveAttribute('data-complete', 'true')
})

test('days that failed are loaded again when the connection comes back; one "Prøv alle igjen" for them all', async ({
  page,
  context,
}) => {
  const today = osloToday()
  const failing = [shiftDate(today, -3), shiftDate(today, -4)]
  const pattern = new RegExp(`/dates/(${failing.join('|')})\\?`)
  await page.route(pattern, (route) => route.abort('internetdisconnected'))
  await page.goto(`/?ledger=${SHOP}&period=last7`)
  const failed = page.locator('.failed-days')
  await expect(failed).toContainText('kunne ikke lastes', { timeout: 30_000 })
  await expect(failed.getByRole('listitem')).toHaveCount(2)
  await expect(failed.getByRole('button')).toHaveCount(1)
  await expect(failed.getByRole('button')).toHaveText('Prøv alle igjen')
  await expect(page.locator('.totals').first()).toHaveAttribute('data-complete', 'false')

  // The connection drops and comes back: the failed days load without a click.
  await page.unroute(pattern)
  await context.setOffline(true)
  await context.setOffline(false)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect(failed).toBeHidden()
  await expect(page.locator('.totals').first()).toHaveAttribute('data-complete', 'true')
})
