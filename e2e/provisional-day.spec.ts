import {
  categoriesOf,
  categoryGross,
  eventsOfPeriod,
  isRefund,
  isSummed,
  kroner,
  normaliseSpaces,
  osloToday,
  shiftDate,
  sums,
  typed,
} from './support/api-truth'
import { expect, type Page, SIM_NOW_MS, test } from './support/test'

/**
 * A sheet printed while its day is still running is not the day's takings: today's Dagsoppgjør and
 * the print of a period that includes today say "Foreløpig … tall per kl. HH:MM" on screen and on
 * paper. Yesterday's sales day is over: its sheet is final. Controls never reach the paper, and every
 * category's figure does.
 */

const SHOP = '302322'
// The page's clock starts at the run's frozen moment (e2e/support/test.ts) and the day is read at once.
const hhmm = (ms: number) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(ms)
const A4 = { width: 794, height: 1123 }

async function screenshots(page: Page, name: string, testInfo: { outputPath: (p: string) => string }) {
  await page.screenshot({ path: testInfo.outputPath(`${name}-laptop.png`), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: testInfo.outputPath(`${name}-phone.png`), fullPage: true })
  await page.setViewportSize(A4)
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: testInfo.outputPath(`${name}-print.png`), fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1440, height: 900 })
}

test("today's Dagsoppgjør says it is provisional, as of when, on screen and on paper; yesterday's is final", async ({
  page,
  request,
}, testInfo) => {
  const today = osloToday()
  const truth = sums(await eventsOfPeriod(request, SHOP, today, today))
  expect(truth.captures).toBeGreaterThan(0)
  const provisional = `Foreløpig – dagen er ikke over, tall per kl. ${hhmm(SIM_NOW_MS)}.`

  await page.goto(`/report?ledger=${SHOP}&period=today&date=${today}`)
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled()
  await expect(page.getByTestId('day-not-over')).toHaveText(provisional)
  // The figures are the day's so far, each marked; the last sale is the last one so far.
  expect(normaliseSpaces(await page.getByTestId('report-gross').textContent())).toBe(
    `${kroner(truth.gross)}foreløpig`,
  )
  await expect(page.getByTestId('report-last-sale-label')).toHaveText('Siste salg så langt')

  // On paper: the same words at the top and in the footer, and no date navigation.
  await page.setViewportSize(A4)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('day-not-over')).toBeVisible()
  await expect(page.getByTestId('report-footer-status')).toHaveText(provisional)
  await expect(page.getByRole('button', { name: /Forrige dag/ })).toBeHidden()
  await expect(page.getByRole('button', { name: /Neste dag/ })).toBeHidden()
  await expect(page.locator('.report__day')).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1440, height: 900 })
  await screenshots(page, 'report-today', testInfo)

  // Yesterday's sales day is over: no "Foreløpig", the last sale is the day's; on paper no controls either.
  const yesterday = shiftDate(today, -1)
  await page.goto(`/report?ledger=${SHOP}&date=${yesterday}`)
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeEnabled()
  await expect(page.getByTestId('report-last-sale-label')).toHaveText('Siste salg')
  await expect(page.getByTestId('day-not-over')).toHaveCount(0)
  await expect(page.getByTestId('report-footer-status')).toHaveCount(0)
  await expect(page.getByTestId('not-final-mark')).toHaveCount(0)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: /Forrige dag/ })).toBeHidden()
  await expect(page.getByTestId('report-date')).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  await screenshots(page, 'report-yesterday', testInfo)
})

test('the print of a period with today says it is provisional, and every category has its figure on paper', async ({
  page,
  request,
}, testInfo) => {
  const today = osloToday()
  const from = shiftDate(today, -6)
  const events = await eventsOfPeriod(request, SHOP, from, today)
  const categories = [...new Set(events.filter(isSummed).flatMap(categoriesOf))]
  // The print's chart shows eight categories before it groups the rest: this shop has fewer.
  expect(categories.length).toBeGreaterThan(3)
  expect(categories.length).toBeLessThanOrEqual(8)
  const provisional = `Foreløpig – perioden tar med ${typed(today)}, som ikke er over: tall per kl. ${hhmm(SIM_NOW_MS)}.`

  await page.goto(`/?ledger=${SHOP}&period=last7`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await page.setViewportSize(A4)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('print-header')).toContainText(`Periode: ${typed(from)}–${typed(today)}`)
  await expect(page.getByTestId('print-header').getByTestId('day-not-over')).toHaveText(provisional)
  await expect(page.getByTestId('print-details').locator('.print-footer')).toContainText(provisional)

  const summary = page.getByTestId('print-chart-category').locator('.chart-card__summary')
  const text = normaliseSpaces(await summary.textContent())
  for (const category of categories) {
    const refunds = events.some((e) => isRefund(e) && categoriesOf(e).includes(category))
    expect(text, `${category}${refunds ? ' (with refunds)' : ''}`).toContain(
      `${category}: ${kroner(categoryGross(events, category))}`,
    )
  }
  // All of it on paper: the sentence is not cut off by its box.
  const box = await summary.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }))
  expect(box.scroll).toBeLessThanOrEqual(box.client)
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1440, height: 900 })
  await screenshots(page, 'explorer-last7', testInfo)

  // A closed period prints without the word.
  await page.goto(`/?ledger=${SHOP}&period=custom&from=${shiftDate(from, -1)}&to=${shiftDate(today, -1)}`)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('print-header')).toBeVisible()
  await expect(page.getByTestId('day-not-over')).toHaveCount(0)
  await expect(page.locator('.print-footer')).not.toContainText('Foreløpig')
})

test('the change against the previous period is marked not final when the sums mix currencies', async ({
  page,
}, testInfo) => {
  // Test ledger 392009: a NOK ledger with EUR sales.
  await page.goto('/?ledger=392009&period=yesterday')
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await expect(page.getByTestId('mixed-currencies')).toBeVisible()
  const grossLine = page.locator('.totals__compare').first()
  await expect(grossLine).toHaveAttribute('data-complete', 'true')
  await expect(grossLine).toHaveAttribute('data-final', 'false')
  await expect(grossLine.getByTestId('comparison-not-final')).toHaveText('(ikke endelig)')
  // And on paper.
  await page.emulateMedia({ media: 'print' })
  await expect(grossLine.getByTestId('comparison-not-final')).toBeVisible()
  await page.emulateMedia({ media: 'screen' })
  await screenshots(page, 'comparison-mixed', testInfo)

  // One currency, every day read: a final change, no mark.
  await page.goto(`/?ledger=${SHOP}&period=yesterday`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await expect(page.locator('.totals__compare').first()).toHaveAttribute('data-final', 'true')
  await expect(page.getByTestId('comparison-not-final')).toHaveCount(0)
})
