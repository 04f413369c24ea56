import { getResponse } from 'msw'
import { VIPPS_PRODUCTION_BASE_URL } from '../api/endpoints'
import { createSalesApiHandlers } from '../mocks/handlers'
import { knobsFromEnv } from '../mocks/knobs'
import { Simulator } from '../mocks/simulator'
import type { FetchLike } from './upstream'

/** An upstream "fetch" answered in-process by the simulator's msw handlers: no network, no port. */
export function createDemoFetch(simulator = new Simulator(knobsFromEnv())): FetchLike {
  const handlers = createSalesApiHandlers(simulator, { baseUrl: VIPPS_PRODUCTION_BASE_URL })
  return async (request) =>
    (await getResponse(handlers, request)) ??
    new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
}
