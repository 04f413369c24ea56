import {
  eventsOfPeriod,
  isRefund,
  kroner,
  normaliseSpaces,
  osloToday,
  shiftDate,
  sums,
} from './support/api-truth'
import { isPayoutEntry, reportDay } from './support/settlement-truth'
import { expect, type Page, test } from './support/test'

const CAFE = '302321'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

/** Controls on screen smaller than 44 × 44 px (a checkbox counts by its label, which is what a finger hits). */
function smallTargets(page: Page, within: string) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector) ?? document.body
    const targets = [
      ...root.querySelectorAll<HTMLElement>('button, input, select, summary, a.button, a.skip-link'),
    ]
    return targets
      .map((element) => (element.closest('label') as HTMLElement | null) ?? element)
      .filter((element) => {
        const box = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        const hidden = element.closest('[aria-hidden="true"], .visually-hidden') !== null
        return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && !hidden && box.bottom > 0
      })
      .filter((element) => {
        const box = element.getBoundingClientRect()
        return box.height < 44 || box.width < 44
      })
      .map(
        (element) =>
          `${element.tagName} «${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}»`,
      )
  }, within)
}

test('on a phone: totals first and whole, no sideways scroll, sales as a list, filters in a sheet, 44 px targets', async ({
  page,
  request,
}) => {
  const yesterday = shiftDate(osloToday(), -1)
  const events = await eventsOfPeriod(request, CAFE, yesterday, yesterday)
  const truth = sums(events)
  await page.goto(`/?ledger=${CAFE}&period=yesterday`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()

  // The header's look-up is a usable field, not 22 px.
  const lookup = page.getByRole('searchbox', { name: 'Finn ordre eller transaksjon' })
  expect((await lookup.boundingBox())?.width).toBeGreaterThan(200)

  // The totals are on the first screen, and their figures are not cut.
  const totals = page.locator('.totals').first()
  const box = await totals.boundingBox()
  expect((box?.y ?? 900) + (box?.height ?? 0)).toBeLessThanOrEqual(844)
  expect(normaliseSpaces(await page.getByTestId('total-gross').textContent())).toBe(kroner(truth.gross))
  const clipped = await page
    .locator('.totals__value')
    .evaluateAll((values) => values.filter((v) => v.scrollWidth > v.clientWidth + 1).length)
  expect(clipped).toBe(0)

  // No sideways scroll of the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  // Sales as a compact list, not the 12-column table.
  await expect(page.getByTestId('sales-item').first()).toBeVisible()
  await expect(page.getByTestId('sales-row')).toHaveCount(0)
  await expect(page.getByRole('table')).toHaveCount(0)
  expect(await smallTargets(page, '.shell')).toEqual([])

  // A sale opens in place to its lines.
  const first = page.getByTestId('sales-item').first().getByRole('button')
  await first.click()
  await expect(first).toHaveAttribute('aria-expanded', 'true')
  await expect(
    page
      .getByTestId('sales-item')
      .first()
      .getByRole('link', { name: /Åpne ordren/ }),
  ).toBeVisible()

  // The filters are in a sheet: a dialog with 44 px controls; what is chosen applies.
  const open = page.getByRole('button', { name: 'Filtre og periode' })
  await open.click()
  const sheet = page.getByRole('dialog', { name: 'Filtre og periode' })
  await expect(sheet).toBeVisible()
  expect(await smallTargets(page, '.filter-sheet__dialog')).toEqual([])
  await sheet.locator('summary', { hasText: 'Type' }).click()
  await sheet.getByRole('group', { name: 'Type', exact: true }).getByText('Refusjon').click()
  await sheet.getByRole('button', { name: 'Ferdig' }).click()
  await expect(sheet).toBeHidden()
  await expect(page.getByRole('button', { name: 'Filtre og periode (1 i bruk)' })).toBeFocused()
  await expect(page.getByTestId('total-count')).toHaveText(
    events.filter(isRefund).length.toLocaleString('nb-NO'),
  )
  await expect(page.getByTestId('sales-item').first().locator('.badge')).toHaveText('Refusjon')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test('on a phone the day report, an order page, Insights and the sales log fit the screen without sideways scroll', async ({
  page,
  request,
}) => {
  const yesterday = shiftDate(osloToday(), -1)
  const [event] = await eventsOfPeriod(request, CAFE, yesterday, yesterday)
  for (const path of [
    `/report?ledger=${CAFE}&date=${yesterday}`,
    `/orders/${encodeURIComponent(event?.reference ?? '')}?ledger=${CAFE}`,
    `/?ledger=${CAFE}&period=yesterday&tab=insights`,
    `/?ledger=${CAFE}&view=feed`,
  ]) {
    await page.goto(path)
    await expect(page.locator('.shell__main')).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390)
  }
})

test('on a phone an order fits the screen: its figures one under the other, each line a card with every figure', async ({
  page,
  request,
}) => {
  const SHOP = '302322'
  const yesterday = shiftDate(osloToday(), -1)
  // An order with a refund whose sale is in the same week (the order page shows them both).
  const events = await eventsOfPeriod(request, SHOP, shiftDate(yesterday, -6), yesterday)
  const refund = events.find(
    (r) => isRefund(r) && events.some((e) => e.reference === r.reference && !isRefund(e) && e.lines?.length),
  )
  const order = events.filter((e) => e.reference === refund?.reference)
  const capture = order.find((e) => !isRefund(e))
  const line = capture?.lines?.[0]
  expect(line).toBeTruthy()
  await page.goto(`/orders/${encodeURIComponent(refund?.reference ?? '')}?ledger=${SHOP}`)
  await expect(page.getByTestId('order-event')).toHaveCount(order.length)

  // Nothing reaches past the screen's edge, not even inside a box that scrolls.
  const beyond = await page.evaluate(() =>
    [...document.querySelectorAll('.shell__main *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 5),
  )
  expect(beyond).toEqual([])
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  // The order's figures stand one under the other, whole.
  const figures = page.locator('.totals--order .totals__figure')
  const lefts = await figures.evaluateAll((all) => all.map((f) => Math.round(f.getBoundingClientRect().left)))
  expect(new Set(lefts).size).toBe(1)
  expect(normaliseSpaces(await page.getByTestId('order-captured').textContent())).toBe(
    kroner(sums(order.filter((e) => !isRefund(e))).gross),
  )

  // Each event's lines are a list of cards, every figure labelled: no table cut at the edge.
  const card = page.getByTestId('order-event').first()
  await expect(card.getByRole('table')).toHaveCount(0)
  const lines = card.getByRole('list', { name: 'Varelinjer' })
  await expect(lines.getByRole('listitem')).toHaveCount(capture?.lines?.length ?? 0)
  const first = lines.getByRole('listitem').first()
  await expect(first).toContainText(`${line?.quantity} × ${line?.name}`)
  for (const label of ['Kategori', 'Pris brutto', 'Pris netto', 'Rabatt', 'Sum netto', 'Sats', 'MVA'])
    await expect(first.getByText(label, { exact: true })).toBeVisible()
  expect(normaliseSpaces(await first.locator('.line-list__head > :last-child').textContent())).toBe(
    kroner(line?.lineTotalGross ?? 0),
  )
  await expect(page.getByTestId('net-lines').getByRole('listitem').first()).toContainText('MVA-sats')
})

test('on a phone a payout’s sales are a list of cards with time, pspReference and amounts, nothing past the edge', async ({
  page,
}) => {
  await page.goto(`/settlement?ledger=${CAFE}&period=last7&show=payouts`)
  const rows = page.getByTestId('settlement-payout')
  await expect(rows.first()).toBeVisible()
  await rows
    .first()
    .getByRole('button', { name: /Vis utbetalingen/ })
    .click()
  const detail = page.getByTestId('payout-detail')
  const sales = detail.getByRole('list', { name: 'Salgene i utbetalingen' })
  const first = sales.getByRole('listitem').first()
  await expect(first).toBeVisible()
  for (const label of ['Tid', 'pspReference', 'Type', 'Avregnet', 'Gebyr'])
    await expect(first.getByText(label, { exact: true })).toBeVisible()
  await expect(first.locator('dd').nth(1)).toHaveText(/^\d+$/)
  const beyond = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="payout-detail"] *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 5),
  )
  expect(beyond).toEqual([])
})

test('on a phone the settlement’s days are cards: what was paid out, fees and checks labelled, Detaljer on screen', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  await page.goto(`/settlement?ledger=${CAFE}&period=last7`)
  const list = page.getByRole('list', { name: 'Per dag' })
  await expect(list).toBeVisible({ timeout: 60_000 })
  const today = osloToday()
  const day = shiftDate(today, -2)
  const card = list.getByRole('listitem').filter({ has: page.locator(`[data-date="${day}"]`) })
  await expect(card).toBeVisible()
  await card.scrollIntoViewIfNeeded()
  for (const label of ['Avregnet for salgene', 'Gebyrer', 'Utbetalt', 'Saldo', 'Uten motpart'])
    await expect(card.getByText(label, { exact: true })).toBeInViewport()
  // The payout of that date, from the Report API's own funds entries.
  const funds = await reportDay(request, CAFE, 'funds', day)
  const payouts = funds.items.filter(isPayoutEntry)
  const paid = card.locator('dt', { hasText: 'Utbetalt' }).locator('xpath=following-sibling::dd[1]')
  if (payouts.length === 0) await expect(paid).toHaveText('–')
  else await expect(paid).toHaveText(kroner(-payouts.reduce((s, e) => s + e.amount, 0)))
  const details = card.getByRole('button', { name: /Detaljer for/ })
  await expect(details).toBeInViewport()
  await details.click()
  await expect(details).toHaveAttribute('aria-expanded', 'true')
  const beyond = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="settlement-days"] *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((e) => !e.closest('.settlement__card-details'))
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 5),
  )
  expect(beyond).toEqual([])
})
