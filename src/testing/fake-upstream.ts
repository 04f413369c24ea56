import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse } from 'msw'
import { createSalesApiHandlers } from '../mocks/handlers'
import type { Simulator } from '../mocks/simulator'

/**
 * The simulator as a real HTTP server on a loopback port: a stand-in for api.vipps.no that the
 * proxy reaches over the network (secrets test, proxy benchmark).
 */
export function startFakeUpstream(
  sim: Simulator,
  credentials?: { clientId: string; clientSecret: string },
): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const base = `http://${req.headers.host}`
      const handlers = createSalesApiHandlers(sim, { baseUrl: base, credentials })
      const request = new Request(`${base}${req.url}`, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
      })
      const response = (await getResponse(handlers, request)) ?? new Response('not found', { status: 404 })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    })
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    )
  })
}
