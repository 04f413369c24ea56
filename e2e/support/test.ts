import { test as base } from '@playwright/test'

/**
 * Every journey runs at one moment: the simulator's clock is frozen at SIM_NOW (playwright.config.ts
 * sets it to the middle of the run's day), and each browser context's clock starts there too and
 * runs on. So "today" has sales whatever the hour of the run, and the browser, the simulator and
 * the expected figures agree on which day it is, even across midnight.
 */
export const SIM_NOW_MS = Date.parse(process.env.SIM_NOW ?? '')
if (Number.isNaN(SIM_NOW_MS))
  throw new Error('SIM_NOW is not set: run the e2e tests through playwright.config.ts')

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.install({ time: SIM_NOW_MS })
    await use(context)
  },
})

export type { APIRequestContext, Locator, Page } from '@playwright/test'
export { expect } from '@playwright/test'
