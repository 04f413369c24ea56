import {
  amountsOf,
  eventsOfPeriod,
  isRefund,
  isSummed,
  kroner,
  normaliseSpaces,
  osloToday,
  type RawEvent,
  shiftDate,
  sums,
} from './support/api-truth'
import { expect, type Page, test } from './support/test'

const SHOP = '302322'
const CAFE = '302321'
const percent = (value: number) =>
  normaliseSpaces(
    new Intl.NumberFormat('nb-NO', {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(value),
  )

/** The mean gross of the sales with an amount, in whole øre, from the raw events. */
function averageSale(events: RawEvent[]): number {
  const amounts = events
    .filter((e) => isSummed(e) && !isRefund(e))
    .map((e) => amountsOf(e).gross)
    .filter((g): g is number => g !== null)
  return Math.round(amounts.reduce((s, g) => s + g, 0) / amounts.length)
}

async function expectComparison(page: Page, current: RawEvent[], previous: RawEvent[], label: string) {
  const grossChange = (sums(current).gross - sums(previous).gross) / Math.abs(sums(previous).gross)
  const averageChange = (averageSale(current) - averageSale(previous)) / Math.abs(averageSale(previous))
  await expect(page.getByTestId('average-sale'))
    .toHaveText(kroner(averageSale(current)).replace(/ /g, '\u00a0'), {
      useInnerText: true,
    })
    .catch(async () => {
      expect(normaliseSpaces(await page.getByTestId('average-sale').textContent())).toBe(
        kroner(averageSale(current)),
      )
    })
  const grossLine = page.locator('.totals__compare').first()
  await expect(grossLine).toHaveAttribute('data-complete', 'true')
  expect(normaliseSpaces(await page.getByTestId('gross-change').textContent())).toContain(
    percent(grossChange),
  )
  expect(normaliseSpaces(await grossLine.textContent())).toContain(`mot ${label}`)
  expect(normaliseSpaces(await page.getByTestId('average-change').textContent())).toContain(
    percent(averageChange),
  )
  expect(normaliseSpaces(await page.locator('.totals__compare').nth(1).textContent())).toContain(
    kroner(averageSale(previous)),
  )
}

test('one day: average sale, and the change against the same weekday last week, equal to the API', async ({
  page,
  request,
}) => {
  const day = shiftDate(osloToday(), -1)
  const before = shiftDate(day, -7)
  const current = await eventsOfPeriod(request, SHOP, day, day)
  const previous = await eventsOfPeriod(request, SHOP, before, before)
  const weekday = new Intl.DateTimeFormat('nb-NO', { weekday: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${before}T12:00:00Z`),
  )
  await page.goto(`/?ledger=${SHOP}&period=yesterday`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
  await expectComparison(page, current, previous, `${weekday} forrige uke`)
})

test('a filtered period: the previous period has the same filters, and the figures say so when both are in', async ({
  page,
  request,
}) => {
  const to = shiftDate(osloToday(), -2)
  const from = shiftDate(to, -2)
  const previousTo = shiftDate(from, -1)
  const previousFrom = shiftDate(previousTo, -2)
  const cards = (events: RawEvent[]) => events.filter((e) => e.paymentType === 'CARD')
  const current = cards(await eventsOfPeriod(request, CAFE, from, to))
  const previous = cards(await eventsOfPeriod(request, CAFE, previousFrom, previousTo))
  const dm = (date: string) => `${Number(date.slice(8, 10))}.${date.slice(5, 7)}.`
  await page.goto(`/?ledger=${CAFE}&period=custom&from=${from}&to=${to}&payment=CARD`)
  await expect(page.getByText('Alle 3 dager lastet')).toBeVisible()
  await expectComparison(page, current, previous, `${dm(previousFrom)}–${dm(previousTo)}`)
})
