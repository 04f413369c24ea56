import { type Browser, chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

export async function newPage(browser: Browser): Promise<Page> {
  // bypassCSP lets the measuring scripts run in the page; the app itself is unchanged.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    bypassCSP: true,
  })
  return context.newPage()
}

/** Runs a measurement in a page of its own browser context (no cache of closed days), then closes it. */
export async function inFreshPage<T>(browser: Browser, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await newPage(browser)
  try {
    return await measure(page)
  } finally {
    await page.context().close()
  }
}

/** Milliseconds from navigation start until every day of the period is loaded (in-page clock). */
export async function appPeriodLoad(page: Page, url: string, days: number): Promise<number> {
  await page.goto(url)
  const text = `Alle ${days} dager lastet`
  const handle = await page.waitForFunction(
    `document.body.textContent.includes(${JSON.stringify(text)}) && performance.now()`,
    null,
    {
      polling: 'raf',
      timeout: 300_000,
    },
  )
  return (await handle.jsonValue()) as number
}

/**
 * A cold page load in a new browser context (no cached code, no cached data): milliseconds from
 * navigation start until the first sales row is on screen, and the JavaScript files the page had
 * fetched by then (paths).
 */
export async function appColdFirstRow(
  browser: Browser,
  url: string,
): Promise<{ ms: number; scripts: string[] }> {
  const page = await newPage(browser)
  try {
    await page.goto(url)
    const handle = await page.waitForFunction(
      'document.querySelector(\'[data-testid="sales-row"]\') && performance.now()',
      null,
      {
        polling: 'raf',
        timeout: 60_000,
      },
    )
    const ms = (await handle.jsonValue()) as number
    const scripts = (await page.evaluate(`performance.getEntriesByType('resource')
      .filter((e) => e.responseEnd <= ${ms} && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname)`)) as string[]
    return { ms, scripts }
  } finally {
    await page.context().close()
  }
}

/**
 * In-page scripts are plain JavaScript text: functions compiled by tsx carry helpers (`__name`)
 * that do not exist in the page.
 */
const KEYSTROKES_SCRIPT = `async (text) => {
  const input = document.querySelector('.filters__search input')
  if (!input) throw new Error('no search input')
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  const steps = []
  for (let i = 1; i <= text.length; i++) steps.push(text.slice(0, i))
  for (let i = text.length - 1; i >= 0; i--) steps.push(text.slice(0, i))
  const times = []
  for (const value of steps) {
    const started = performance.now()
    setValue.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
    // Done when React has committed the rows for this query (the attribute changes in the same
    // commit as the table) and the browser starts the frame that paints them.
    await new Promise((resolve) => {
      const results = document.querySelector('.results')
      const applied = () => results && results.dataset.appliedQuery === value
      if (applied()) return requestAnimationFrame(() => resolve())
      const observer = new MutationObserver(() => {
        if (!applied()) return
        observer.disconnect()
        requestAnimationFrame(() => resolve())
      })
      observer.observe(results, { attributes: true, attributeFilter: ['data-applied-query'] })
    })
    times.push(performance.now() - started)
  }
  return times
}`

/**
 * Waits until the comparison with the previous period is in (its pages are read on the main thread
 * like the view's, so keystrokes timed meanwhile measure that loading as much as the filtering).
 */
export async function comparisonLoaded(page: Page): Promise<void> {
  await page.waitForSelector('.totals__compare[data-complete="true"]', { timeout: 300_000 })
}

/** Types a query one character at a time, then deletes it; per keystroke, ms until the table shows that query. */
export async function filterKeystrokes(page: Page, query: string): Promise<number[]> {
  return page.evaluate(`(${KEYSTROKES_SCRIPT})(${JSON.stringify(query)})`) as Promise<number[]>
}

const SWITCH_SCRIPT = `async ([url, marker]) => {
  const started = performance.now()
  history.pushState(null, '', url)
  dispatchEvent(new PopStateEvent('popstate'))
  await new Promise((resolve) => {
    const check = () => {
      const cell = document.querySelector('[data-testid="sales-row"] [data-column="time"]')
      if (cell && cell.textContent.includes(marker)) resolve()
      else requestAnimationFrame(check)
    }
    check()
  })
  return performance.now() - started
}`

/** In the running app, goes to one (uncached) day and measures until its first row is on screen. */
export async function appSwitchToDay(page: Page, path: string, dateMarker: string): Promise<number> {
  return page.evaluate(`(${SWITCH_SCRIPT})(${JSON.stringify([path, dateMarker])})`) as Promise<number>
}

export async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/** Exports the loaded view as CSV; time until the download starts and the longest main-thread task meanwhile. */
export async function exportCsv(page: Page): Promise<{ ms: number; longestTaskMs: number; bytes: number }> {
  await page.evaluate(`window.__longTasks = []
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration) })
      .observe({ type: 'longtask' })`)
  const summary = page.locator('summary', { hasText: 'Eksport' })
  if (!(await page.locator('details.export[open]').count())) await summary.click()
  const started = Date.now()
  const downloading = page.waitForEvent('download', { timeout: 120_000 })
  await page.getByRole('button', { name: 'Last ned' }).click()
  const download = await downloading
  const ms = Date.now() - started
  const path = await download.path()
  const { statSync } = await import('node:fs')
  const longestTaskMs = (await page.evaluate('Math.max(0, ...window.__longTasks)')) as number
  return { ms, longestTaskMs, bytes: statSync(path).size }
}

const SORT_SCRIPT = `async (label) => {
  const header = [...document.querySelectorAll('.sales-table th')].find((th) => th.textContent.includes(label))
  if (!header) throw new Error('no column ' + label)
  const before = header.getAttribute('aria-sort')
  const started = performance.now()
  header.querySelector('button').click()
  await new Promise((resolve) => {
    const check = () => {
      const now = [...document.querySelectorAll('.sales-table th')].find((th) => th.textContent.includes(label))
      if (now && now.getAttribute('aria-sort') !== before) requestAnimationFrame(() => resolve())
      else requestAnimationFrame(check)
    }
    check()
  })
  return performance.now() - started
}`

/** Clicks a column's sort button; ms until the table shows the new order (the header says it in the same commit). */
export async function sortBy(page: Page, columnLabel: string): Promise<number> {
  return page.evaluate(`(${SORT_SCRIPT})(${JSON.stringify(columnLabel)})`) as Promise<number>
}

/** Milliseconds from navigation start until the settlement of the period is reconciled on screen. */
export async function appSettlementLoad(page: Page, url: string): Promise<number> {
  await page.goto(url)
  const handle = await page.waitForFunction(
    'document.querySelector(\'[data-testid="settlement-checks"]\') && performance.now()',
    null,
    { polling: 'raf', timeout: 300_000 },
  )
  return (await handle.jsonValue()) as number
}
