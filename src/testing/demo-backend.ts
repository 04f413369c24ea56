import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import type { SimulatorKnobs } from '../mocks/knobs'
import { Simulator } from '../mocks/simulator'
import { createApp } from '../server/app'
import { configFromEnv } from '../server/config'
import { createDemoFetch } from '../server/demo-upstream'

export const TEST_NOW = Date.parse('2026-11-26T14:00:00Z')

/** A data folder of its own in the system's temp folder, for a backend in a test. */
export const testDataDir = () => join(tmpdir(), `salgsoversikt-test-${process.pid}-${randomUUID()}`)

/**
 * The whole back end in-process for Vitest: browser fetches to /api are answered by the real
 * proxy app, which reads the simulator through the same msw handlers as demo mode.
 */
export function createDemoBackend(knobs: Partial<SimulatorKnobs> = {}, now?: () => number) {
  const simulator = new Simulator({ fixedNow: TEST_NOW, ...knobs }, now)
  const dataDir = testDataDir()
  const app = createApp({
    // Voucher settings and exports go to a folder of this backend's own in the system's temp
    // folder (made only if something is saved), never into the repository's .data.
    config: configFromEnv({ DIST_DIR: '/nonexistent', DATA_DIR: dataDir }),
    fetch: createDemoFetch(simulator),
  })
  const proxied: string[] = []
  const server = setupServer(
    http.all('*/api/*', async ({ request }) => {
      const url = new URL(request.url)
      proxied.push(url.pathname + url.search)
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
      const response = await app.request(url.pathname + url.search, {
        method: request.method,
        headers: request.headers,
        body: hasBody ? await request.text() : undefined,
      })
      return new HttpResponse(response.body, { status: response.status, headers: response.headers })
    }),
  )
  return { simulator, app, server, proxied, dataDir }
}
