import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { isIP } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { knobsFromEnv } from '../mocks/knobs'
import { Simulator } from '../mocks/simulator'
import { createApp } from './app'
import { ConfigError, configFromEnv, isLoopbackHost, type ServerConfig } from './config'
import { createDemoFetch } from './demo-upstream'
import { replyWithProblem } from './reply-with-problem'
import { securityHeaders } from './security-headers'

const malformedRequest = new Hono()
  .use(securityHeaders)
  .all('*', (c) =>
    replyWithProblem(c, 400, 'Malformed request', 'The request line or headers could not be read'),
  )

const LISTEN_PROBLEMS: Record<string, string> = {
  EADDRINUSE: 'is already in use: stop the other program or choose another PORT',
  EACCES: 'needs more privileges: choose a PORT above 1023',
  EADDRNOTAVAIL: 'is not an address of this machine: check HOST',
  ENOTFOUND: 'is not a name this machine can resolve: check HOST',
}

const WILDCARD: Record<string, string> = { '0.0.0.0': '127.0.0.1', '::': '::1' }
const urlOf = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`

/** This machine's own addresses on the network, as other machines would reach it. */
function networkAddresses(family: 'IPv4' | 'IPv6' | 'both'): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && !a.internal && (family === 'both' || a.family === family))
    .filter((a) => a !== undefined && !a.address.startsWith('fe80:'))
    .map((a) => a?.address ?? '')
    .slice(0, 3)
}

/**
 * Where to open the dashboard. A wildcard HOST (0.0.0.0, ::) is no address a browser can open,
 * so the loopback address is printed; and since the dashboard answers only to loopback names, IP
 * addresses and PUBLIC_HOSTNAMES (DNS rebinding), other machines are told which of those to use.
 */
export function whereToOpen(config: Pick<ServerConfig, 'host' | 'publicHostnames'>, port: number): string[] {
  const lines = [`dashboard at ${urlOf(WILDCARD[config.host] ?? config.host, port)}`]
  if (isLoopbackHost(config.host)) return lines
  const ips =
    config.host in WILDCARD
      ? networkAddresses(config.host === '::' ? 'both' : 'IPv4')
      : [config.host].filter((h) => isIP(h) !== 0)
  const names = config.publicHostnames.length > 0 ? config.publicHostnames.join(', ') : 'none set'
  lines.push(
    `other machines: open it at an IP address of this machine${ips.length > 0 ? ` (${ips.map((ip) => urlOf(ip, port)).join(', ')})` : ''} ` +
      `or at a name listed in PUBLIC_HOSTNAMES (now: ${names}); any other name is refused with 400`,
  )
  return lines
}

/** How long an idle keep-alive connection stays open: longer than the usual proxy's 60 s. */
export const KEEP_ALIVE_MS = 65_000

/**
 * Validates the configuration, builds the app and listens. Every failure a person can fix (bad
 * settings, a taken port, an address this machine does not have) rejects with a ConfigError whose
 * message says what to change.
 */
export async function startServer(
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<Server> {
  const config = configFromEnv(env)
  const knobs = config.mode === 'demo' ? knobsFromEnv(env) : undefined
  const fetchUpstream =
    config.mode === 'demo' ? createDemoFetch(new Simulator(knobs)) : (request: Request) => fetch(request)
  const app = createApp({
    config,
    fetch: fetchUpstream,
    log: config.logRequests ? log : () => {},
    demoData: knobs,
  })
  if (!existsSync(join(config.distDir, 'index.html')))
    log(`warning: ${config.distDir}/index.html is missing; run "npm run build"`)

  const server = createServer(
    getRequestListener(app.fetch, {
      hostname: config.host,
      // A request the HTTP layer cannot turn into a Request (e.g. a malformed Host header) gets
      // the same problem+json and security headers as every other answer.
      errorHandler: () => malformedRequest.fetch(new Request('http://localhost/')),
    }),
  )
  // An idle connection is closed by the client or the proxy in front, not by us first: Node's 5 s
  // default made a request sent on a reused connection at that moment fail (ECONNRESET, a 502
  // behind a load balancer, whose idle timeout is usually 60 s).
  server.keepAliveTimeout = KEEP_ALIVE_MS
  server.headersTimeout = KEEP_ALIVE_MS + 1_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const problem = LISTEN_PROBLEMS[error.code ?? '']
      const where = `${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`
      reject(
        new ConfigError(
          problem ? `${where} ${problem}` : `cannot listen on ${where} (${error.code ?? error.message})`,
        ),
      )
    })
    server.listen(config.port, config.host, resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  log(
    config.mode === 'demo'
      ? 'DEMO MODE: no VIPPS_CLIENT_ID/VIPPS_CLIENT_SECRET set, serving the built-in Sales API simulator'
      : `Vipps mode: reading ${config.baseUrl} with the configured accounting keys`,
  )
  for (const line of whereToOpen(config, port)) log(line)
  return server
}
