import { datesBetween, eventsOfPeriod, kroner, normaliseSpaces, osloToday, sums } from './support/api-truth'
import { expect, type Page, test } from './support/test'

// The sports club: a few sales a day, so a two-month term loads quickly.
const CLUB = '302323'

/** The VAT term before today's: its number, year and dates (worked out here, not by the app). */
function previousTerm(today: string) {
  let year = Number(today.slice(0, 4))
  let term = Math.floor((Number(today.slice(5, 7)) - 1) / 2) // the current term's number minus one
  if (term === 0) {
    term = 6
    year--
  }
  const first = term * 2 - 1
  const from = `${year}-${String(first).padStart(2, '0')}-01`
  const next = term === 6 ? `${year + 1}-01-01` : `${year}-${String(first + 2).padStart(2, '0')}-01`
  const to = new Date(Date.parse(`${next}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
  return { year, term, from, to }
}

async function totalsShown(page: Page) {
  return {
    count: await page.getByTestId('total-count').textContent(),
    gross: normaliseSpaces(await page.getByTestId('total-gross').textContent()),
  }
}

test('a VAT term is chosen from the list, named in the URL, and its totals are the API’s for its two months', async ({
  page,
  request,
}) => {
  const term = previousTerm(osloToday())
  const days = datesBetween(term.from, term.to).length
  const truth = sums(await eventsOfPeriod(request, CLUB, term.from, term.to))

  await page.goto(`/?ledger=${CLUB}`)
  await page.getByLabel('MVA-termin').selectOption(`${term.year}-${term.term}`)
  await expect(page).toHaveURL(new RegExp(`period=term&term=${term.year}-${term.term}`))
  await expect(page.getByText(`Alle ${days} dager lastet`)).toBeVisible()
  expect(await totalsShown(page)).toEqual({
    count: truth.count.toLocaleString('nb-NO'),
    gross: normaliseSpaces(kroner(truth.gross)),
  })
  // The link opens the same term.
  await page.reload()
  await expect(page.getByLabel('MVA-termin')).toHaveValue(`${term.year}-${term.term}`)
  await expect(page.getByText(`Alle ${days} dager lastet`)).toBeVisible()
})

test('a long load shows its months, can be stopped (nothing more is asked, totals provisional) and resumed to the API’s totals', async ({
  page,
  request,
}) => {
  const term = previousTerm(osloToday())
  const dates = datesBetween(term.from, term.to)
  const secondMonth = dates.find((date) => date.slice(5, 7) !== term.from.slice(5, 7)) as string
  const truth = sums(await eventsOfPeriod(request, CLUB, term.from, term.to))

  // The second month's days wait until the test lets them through, so the load is surely unfinished.
  const held: { continue: () => Promise<void> }[] = []
  let holding = true
  let asked = 0
  await page.route('**/api/sales/report/v1/ledgers/*/dates/**', (route) => {
    asked++
    const date = /\/dates\/(\d{4}-\d{2}-\d{2})/.exec(route.request().url())?.[1] ?? ''
    if (holding && date >= secondMonth) held.push(route)
    else void route.continue()
  })
  await page.goto(`/?ledger=${CLUB}&period=term&term=${term.year}-${term.term}`)
  const months = page.getByRole('list', { name: 'Lastet per måned' })
  await expect(months.getByRole('listitem')).toHaveCount(2)
  const firstDays = datesBetween(term.from, dates[dates.indexOf(secondMonth) - 1] as string).length
  await expect(months.getByRole('listitem').first()).toContainText(`${firstDays} av ${firstDays} dager`)

  await page.getByRole('button', { name: 'Stopp innlastingen' }).click()
  await expect(page.getByTestId('load-progress')).toContainText('stoppet')
  await expect(page.getByText('Foreløpige tall')).toBeVisible()
  holding = false
  for (const route of held.splice(0)) await route.continue().catch(() => {})
  const askedWhenStopped = asked
  await page.waitForTimeout(500)
  expect(asked).toBe(askedWhenStopped)

  await page.getByRole('button', { name: 'Fortsett' }).click()
  await expect(page.getByText(`Alle ${dates.length} dager lastet`)).toBeVisible()
  expect(await totalsShown(page)).toEqual({
    count: truth.count.toLocaleString('nb-NO'),
    gross: normaliseSpaces(kroner(truth.gross)),
  })
})

test('a year wholly before the Sales API’s data (from 9 March 2026) asks for no day, offers no day report, and is not offered', async ({
  page,
}) => {
  // The documented floor (shared/sales-api.md): mPOS from 2026-03-09; nothing exists before it.
  const floor = '2026-03-09'
  const asked: string[] = []
  page.on('request', (request) => {
    const date = /\/api\/sales\/.*\/dates\/(\d{4}-\d{2}-\d{2})/.exec(request.url())?.[1]
    if (date && date < floor) asked.push(date)
  })
  await page.goto(`/?ledger=${CLUB}&period=year&year=2025`)
  await expect(page.getByRole('note').filter({ hasText: 'Salgs-API-et har data fra' })).toBeVisible()
  await expect(page.getByTestId('total-count')).toHaveText('0')
  expect(asked).toEqual([])
  await expect(page.getByRole('link', { name: /^Dagsoppgjør / })).toHaveCount(0)
  const years = await page.getByRole('combobox', { name: 'År' }).locator('option').allTextContents()
  expect(years.filter((y) => /^\d{4}$/.test(y) && `${y}-12-31` < floor)).toEqual([])
  const terms = await page.getByRole('combobox', { name: 'MVA-termin' }).locator('option').allTextContents()
  expect(terms.some((t) => t.includes('2025'))).toBe(false)
})
