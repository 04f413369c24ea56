import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium'

const PORT = Number(process.env.E2E_PORT ?? 8788)
/**
 * The simulator's clock is frozen for the whole run, so every test sees the same data: at 13:30 UTC
 * (mid-afternoon in Oslo) on the run's day, so "today" has sales whatever the hour the tests run.
 * The browser's clock starts there too (e2e/support/test.ts). Set here, so test workers inherit it.
 */
function middleOfToday(): string {
  const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date())
  return `${osloDate}T13:30:00.000Z`
}
const SIM_NOW = process.env.SIM_NOW || middleOfToday()
process.env.SIM_NOW = SIM_NOW
// The voucher settings and exports the tests save go to a fresh folder in the system's temp folder
// (never the repository's .data), made once by the runner (its workers inherit the variable) and
// removed at the end (e2e/support/global-teardown.ts).
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'salgsoversikt-e2e-'))

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  globalTeardown: './e2e/support/global-teardown.ts',
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '.tmp/playwright.json' }]]
    : [['list'], ['json', { outputFile: '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    video: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    // The compiled server and the built app, as `npm start` serves them (`npm run build` first;
    // `npm test` does).
    command: 'node dist-server/main.js',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SIM_NOW,
      // Extra ledgers that each misbehave one way (hostile text, 404 look-ups, paging faults), next to the demo's.
      SIM_TEST_LEDGERS: '1',
      DIST_DIR: 'dist',
      DATA_DIR: process.env.E2E_DATA_DIR,
      VIPPS_CLIENT_ID: '',
      VIPPS_CLIENT_SECRET: '',
    },
  },
})
