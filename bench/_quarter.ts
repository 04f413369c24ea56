import { datesBetween } from '../src/api/oslo-time'
import { appPeriodLoad, heapUsedMb, launchBrowser, newPage } from './lib/browser'
import { startServer, stop } from './lib/processes'

const PORT = 8912
const [from = '2026-08-01', to = '2026-10-31'] = process.argv.slice(2)
const server = await startServer(PORT, {
  SIM_EVENTS_PER_DAY: '2810',
  SIM_NOW: '2026-11-26T12:00:00Z',
  SIM_LATENCY_MS: '150',
  SIM_SEED: 'bench',
})
const browser = await launchBrowser()
try {
  const page = await newPage(browser)
  const ms = await appPeriodLoad(
    page,
    `http://127.0.0.1:${PORT}/?ledger=302321&period=custom&from=${from}&to=${to}`,
    datesBetween(from, to).length,
  )
  const heap = await heapUsedMb(page)
  const text = await page.locator('.progress__line').first().textContent()
  console.log(`${from}..${to}: ${ms.toFixed(0)} ms, heap ${heap.toFixed(1)} MB; ${text}`)
} finally {
  await browser.close()
  stop(server)
}
