import type { Server } from 'node:http'
import { startServer } from '../src/server/start'
import { persistedDays } from './support/day-cache'
import { passwordServer } from './support/password-server'
import { expect, type Page, test } from './support/test'

// A second dashboard, started by this file, with a password (the shared one runs without).
const PASSWORD = 'e2e passphrase, long enough'
const login = passwordServer(PASSWORD)

async function logIn(page: Page) {
  await expect(page.getByRole('heading', { name: 'Salgsoversikt' })).toBeVisible()
  await page.getByLabel('Passord').fill(PASSWORD)
  await page.getByRole('button', { name: 'Logg inn' }).click()
}

test('a link to a view asks for the password first, then shows that very view', async ({ page }) => {
  const view = '/?ledger=302322&period=yesterday'
  await page.goto(`${login.base}${view}`)
  await expect(page).toHaveURL(`${login.base}/login?next=${encodeURIComponent(view)}`)
  await logIn(page)
  await expect(page).toHaveURL(`${login.base}${view}`)
  await expect(page.getByLabel('Salgssted')).toHaveValue('302322')
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
})

test('Logg ut ends the session', async ({ page }) => {
  await page.goto(`${login.base}/`)
  await logIn(page)
  await page.getByRole('button', { name: 'Logg ut' }).click()
  await expect(page).toHaveURL(`${login.base}/login`)
  const api = await page.request.get(`${login.base}/api/settlement/v1/ledgers`)
  expect(api.status()).toBe(401)
  await page.goto(`${login.base}/?ledger=302321`)
  await expect(page).toHaveURL(/\/login\?next=/)
})

test('Logg ut empties the browser’s cache of closed days', async ({ page }) => {
  await page.goto(`${login.base}/?ledger=302321&period=last7`)
  await logIn(page)
  await expect(page.getByText('Alle 7 dager lastet')).toBeVisible()
  await expect.poll(() => persistedDays(page)).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Logg ut' }).click()
  await expect(page).toHaveURL(`${login.base}/login`)
  expect(await persistedDays(page)).toBe(0)
})

test('when the session ends while the app is open, the next load goes to the login page and back to the same view', async ({
  page,
  context,
}) => {
  await page.goto(`${login.base}/?ledger=302321`)
  await logIn(page)
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible()
  // Everything the view reads is in (the comparison with last week too): the next call upstream is the click's.
  await expect(page.locator('.totals__compare[data-complete="true"]').first()).toBeVisible()
  await context.clearCookies({ name: 'salgsoversikt_session' })
  await page.getByRole('button', { name: 'I går' }).click()
  await expect(page).toHaveURL(/\/login\?next=/)
  const next = new URL(page.url()).searchParams.get('next') ?? ''
  expect(new URLSearchParams(next.split('?')[1]).get('period')).toBe('yesterday')
  expect(next).toContain('ledger=302321')
  await expect(page.getByText('Logg inn først')).toHaveCount(0)
  await logIn(page)
  await expect(page).toHaveURL(`${login.base}${next}`)
  await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
})

test('without a password there is no logout control', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByText('Demo – simulerte salg')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Logg ut' })).toHaveCount(0)
})

// The address the server prints for other machines when HOST=0.0.0.0: plain http at an IP address,
// which Chromium (unlike http://127.0.0.1 and localhost) does not treat as a secure context, so it
// sends no Sec-Fetch-Site and the session's forms must be told apart from other sites by Origin.
test.describe('at the address printed for other machines (http://<IP>:port)', () => {
  let lanServer: Server | undefined
  let lanBase = ''

  test.beforeAll(async () => {
    const printed: string[] = []
    lanServer = await startServer(
      {
        HOST: '0.0.0.0',
        PORT: '0',
        DIST_DIR: 'dist',
        DASHBOARD_PASSWORD: PASSWORD,
        VIPPS_CLIENT_ID: '',
        VIPPS_CLIENT_SECRET: '',
      },
      (line) => printed.push(line),
    )
    lanBase = /other machines: .*?\((http:\/\/[\d.]+:\d+)/.exec(printed.join('\n'))?.[1] ?? ''
  })
  test.afterAll(
    () => new Promise<void>((resolve) => (lanServer ? lanServer.close(() => resolve()) : resolve())),
  )

  test('logging in and Logg ut work', async ({ page }) => {
    test.skip(lanBase === '', 'this machine has no IPv4 address besides loopback')
    const view = '/?ledger=302322&period=yesterday'
    await page.goto(`${lanBase}${view}`)
    await logIn(page)
    await expect(page).toHaveURL(`${lanBase}${view}`)
    await expect(page.getByText('Alle 1 dag lastet')).toBeVisible()
    await page.getByRole('button', { name: 'Logg ut' }).click()
    await expect(page).toHaveURL(`${lanBase}/login`)
    await expect(page.getByLabel('Passord')).toBeVisible()
    expect((await page.request.get(`${lanBase}/api/settlement/v1/ledgers`)).status()).toBe(401)
  })

  test('a form on another page cannot log the user out: a Norwegian page with a way back, still logged in', async ({
    page,
    context,
  }) => {
    test.skip(lanBase === '', 'this machine has no IPv4 address besides loopback')
    await page.goto(`${lanBase}/`)
    await logIn(page)
    await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible()
    const other = await context.newPage()
    await other.setContent(`<form method="post" action="${lanBase}/logout"><button>Send</button></form>`)
    await other.getByRole('button', { name: 'Send' }).click()
    await expect(other.getByRole('heading', { name: 'Salgsoversikt' })).toBeVisible()
    await expect(other.getByText('avvist')).toBeVisible()
    await other.getByRole('link', { name: 'Til innloggingen' }).click()
    // Still logged in: the login page sends the browser on to the dashboard.
    await expect(other).toHaveURL((url) => url.origin === lanBase && url.pathname === '/')
    await expect(other.getByRole('button', { name: 'Logg ut' })).toBeVisible()
  })

  // Last in this file: it locks this machine's IP address out of this server for 15 minutes.
  test('after five wrong passwords: how long to wait, and the view the link named is kept', async ({
    page,
  }) => {
    test.skip(lanBase === '', 'this machine has no IPv4 address besides loopback')
    const view = '/?ledger=302322&period=last7'
    await page.goto(`${lanBase}${view}`)
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Passord').fill(`wrong guess ${i}`)
      await page.getByRole('button', { name: 'Logg inn' }).click()
      await expect(page.getByRole('alert')).toHaveText('Feil passord.')
    }
    await page.getByLabel('Passord').fill(PASSWORD)
    await page.getByRole('button', { name: 'Logg inn' }).click()
    await expect(page.getByRole('alert')).toHaveText(
      /^For mange forsøk\. Prøv igjen om 15 minutter, kl\. \d\d:\d\d\.$/,
    )
    await expect(page.locator('input[name="next"]')).toHaveValue(view)
  })
})
