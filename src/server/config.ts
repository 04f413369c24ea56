import { isIP } from 'node:net'
import * as v from 'valibot'
import { DOCUMENTED_SALES_DATA_FROM, VIPPS_PRODUCTION_BASE_URL } from '../api/endpoints'
import { isCalendarDate } from '../api/oslo-time'

/** Which peers may tell us the client's address (X-Forwarded-For). */
export type TrustProxy =
  | { kind: 'none' }
  /** The dashboard is reachable only through this many reverse proxies in a row. */
  | { kind: 'hops'; hops: number }
  /** Proxies known by address or CIDR range; any other peer is the client itself. */
  | { kind: 'addresses'; addresses: string[] }

/**
 * Proxy configuration, from the environment only. Without accounting keys the proxy runs in demo
 * mode on the in-process simulator.
 */
export interface ServerConfig {
  mode: 'demo' | 'vipps'
  host: string
  port: number
  baseUrl: string
  clientId: string
  clientSecret: string
  /** Bound on every upstream call, body included; a slower answer becomes a 504. */
  upstreamTimeoutMs: number
  /** Upstream calls in flight at most; further calls wait in a queue. */
  upstreamMaxConcurrent: number
  /** Calls that may wait for a free slot; beyond it the proxy answers 503 with Retry-After. */
  upstreamQueueLength: number
  /** How long a call may wait for a slot (half the upstream bound, so the browser still hears back in time). */
  upstreamMaxQueueWaitMs: number
  /** An upstream body larger than this is refused (502) instead of buffered. */
  upstreamMaxBodyBytes: number
  /** How long a refused pair of keys is remembered before the token endpoint is asked again. */
  refusedKeysMemoryMs: number
  distDir: string
  systemName: string
  systemVersion: string
  /** Required when listening beyond loopback; when set, every page and API call needs a login. */
  dashboardPassword: string | null
  trustProxy: TrustProxy
  /** Host names (besides loopback names and IP addresses) this dashboard answers to. */
  publicHostnames: string[]
  logRequests: boolean
  /** Where the voucher settings and export memory are kept (DATA_DIR). */
  dataDir: string
  /** The first ledger date the Sales API has data for (SALES_DATA_FROM); null: no such floor, every day is asked for. */
  salesDataFrom: string | null
}

export const DEMO_CREDENTIALS = { clientId: 'demo-client', clientSecret: 'demo-secret' }
export const MIN_PASSWORD_LENGTH = 12

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return h === 'localhost' || h === '::1' || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(h)
}

/** Unset, empty and blank variables all mean "use the default". */
const optionalText = v.pipe(
  v.optional(v.string(), ''),
  v.transform((text) => (text === undefined || text.trim() === '' ? undefined : text.trim())),
)

const integerIn = (min: number, max: number, fallback: number) =>
  v.pipe(
    optionalText,
    v.transform((text) => (text === undefined ? fallback : Number(text))),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, `must be a whole number ${min}–${max}`),
  )

const listOf = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

const isAddressOrRange = (entry: string) => {
  const [address = '', bits, ...rest] = entry.split('/')
  const family = isIP(address)
  if (!family || rest.length > 0) return false
  if (bits === undefined) return true
  const n = Number(bits)
  return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128)
}

const HostSchema = v.pipe(
  optionalText,
  v.transform((text) => text ?? '127.0.0.1'),
  v.check(
    (host) => !/[[\]]/.test(host) || /^\[[^[\]]+\]$/.test(host),
    'write an IPv6 address as ::1 or [::1], without a port (set the port with PORT)',
  ),
  v.check(
    (host) => !/[/@]|:\d+$/.test(host) || isIP(host.replace(/^\[(.*)\]$/, '$1')) === 6,
    'a name or an address without a scheme or a port (set the port with PORT)',
  ),
  // An IPv6 address may come in URL brackets; the socket needs the bare address.
  v.transform((host) => host.replace(/^\[(.*)\]$/, '$1')),
  v.check(
    (host) => isIP(host) !== 0 || HOSTNAME.test(host),
    'an IPv4 or IPv6 address or a host name, e.g. 127.0.0.1, ::1 or 0.0.0.0',
  ),
)

const TrustProxySchema = v.pipe(
  optionalText,
  v.transform((text): TrustProxy | null => {
    if (text === undefined || text === '0' || text.toLowerCase() === 'false') return { kind: 'none' }
    if (/^\d+$/.test(text)) {
      const hops = Number(text)
      return hops >= 1 && hops <= 10 ? { kind: 'hops', hops } : null
    }
    const addresses = listOf(text)
    return addresses.length > 0 && addresses.every(isAddressOrRange) ? { kind: 'addresses', addresses } : null
  }),
  v.check(
    (trust) => trust !== null,
    'the number of reverse proxies in front (1–10) or a comma-separated list of their addresses (IP or CIDR, e.g. 127.0.0.1,10.0.0.0/8)',
  ),
  v.transform((trust) => trust ?? ({ kind: 'none' } as TrustProxy)),
)

const PublicHostnamesSchema = v.pipe(
  optionalText,
  v.transform((text) => listOf(text).map((name) => name.toLowerCase())),
  v.check(
    (names) => names.every((name) => HOSTNAME.test(name)),
    'a comma-separated list of host names without scheme, port or path, e.g. dash.example.com',
  ),
)

const PasswordSchema = v.pipe(
  v.optional(v.string(), ''),
  v.transform((text) => (text === '' ? null : text)),
  v.check(
    (password) => password === null || password.trim().length >= MIN_PASSWORD_LENGTH,
    `must have at least ${MIN_PASSWORD_LENGTH} characters, not counting spaces at either end`,
  ),
)

const EnvSchema = v.pipe(
  v.object({
    VIPPS_CLIENT_ID: optionalText,
    VIPPS_CLIENT_SECRET: optionalText,
    VIPPS_BASE_URL: v.pipe(
      optionalText,
      v.transform((text) => (text ?? VIPPS_PRODUCTION_BASE_URL).replace(/\/+$/, '')),
      v.check(
        (url) => /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(url),
        'must be an https:// URL (or http:// for a local fake)',
      ),
    ),
    HOST: HostSchema,
    PORT: integerIn(0, 65_535, 8787),
    UPSTREAM_TIMEOUT_MS: integerIn(100, 600_000, 20_000),
    UPSTREAM_MAX_CONCURRENT: integerIn(1, 1_000, 16),
    UPSTREAM_QUEUE_LENGTH: integerIn(0, 100_000, 200),
    DIST_DIR: v.pipe(
      optionalText,
      v.transform((text) => text ?? 'dist'),
    ),
    DATA_DIR: v.pipe(
      optionalText,
      v.transform((text) => text ?? '.data'),
    ),
    SALES_DATA_FROM: v.pipe(
      optionalText,
      v.check(
        (text) => text === undefined || text === 'none' || isCalendarDate(text),
        'a date written YYYY-MM-DD (the first date with sales data), or none',
      ),
      v.transform((text) => (text === 'none' ? null : (text ?? DOCUMENTED_SALES_DATA_FROM))),
    ),
    DASHBOARD_PASSWORD: PasswordSchema,
    TRUST_PROXY: TrustProxySchema,
    PUBLIC_HOSTNAMES: PublicHostnamesSchema,
    LOG_REQUESTS: v.pipe(
      optionalText,
      v.check((text) => text === undefined || text === '0' || text === '1', '1 (on) or 0 (off)'),
      v.transform((text) => text === '1'),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['VIPPS_CLIENT_ID'], ['VIPPS_CLIENT_SECRET']],
      (env) => Boolean(env.VIPPS_CLIENT_ID) === Boolean(env.VIPPS_CLIENT_SECRET),
      'set both VIPPS_CLIENT_ID and VIPPS_CLIENT_SECRET, or neither for demo mode',
    ),
    ['VIPPS_CLIENT_SECRET'],
  ),
  v.forward(
    v.partialCheck(
      [['HOST'], ['DASHBOARD_PASSWORD']],
      (env) => isLoopbackHost(env.HOST) || env.DASHBOARD_PASSWORD !== null,
      'listening beyond this machine needs DASHBOARD_PASSWORD: anyone on the network could read your sales. Set a password, or keep HOST=127.0.0.1.',
    ),
    ['DASHBOARD_PASSWORD'],
  ),
  v.forward(
    v.partialCheck(
      [['TRUST_PROXY'], ['DASHBOARD_PASSWORD']],
      (env) => env.TRUST_PROXY.kind === 'none' || env.DASHBOARD_PASSWORD !== null,
      'a reverse proxy in front (TRUST_PROXY) needs DASHBOARD_PASSWORD too: whoever reaches the proxy would read your sales',
    ),
    ['DASHBOARD_PASSWORD'],
  ),
)

type Env = v.InferOutput<typeof EnvSchema>

function toConfig(env: Env): ServerConfig {
  const mode = env.VIPPS_CLIENT_ID ? 'vipps' : 'demo'
  return {
    mode,
    host: env.HOST,
    port: env.PORT,
    baseUrl: mode === 'demo' ? VIPPS_PRODUCTION_BASE_URL : env.VIPPS_BASE_URL,
    clientId: env.VIPPS_CLIENT_ID ?? DEMO_CREDENTIALS.clientId,
    clientSecret: env.VIPPS_CLIENT_SECRET ?? DEMO_CREDENTIALS.clientSecret,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    upstreamMaxConcurrent: env.UPSTREAM_MAX_CONCURRENT,
    upstreamQueueLength: env.UPSTREAM_QUEUE_LENGTH,
    upstreamMaxQueueWaitMs: Math.round(env.UPSTREAM_TIMEOUT_MS / 2),
    upstreamMaxBodyBytes: 32 * 1024 * 1024,
    refusedKeysMemoryMs: 30_000,
    distDir: env.DIST_DIR,
    dataDir: env.DATA_DIR,
    salesDataFrom: env.SALES_DATA_FROM,
    systemName: 'salgsoversikt',
    systemVersion: '0.1.0',
    dashboardPassword: env.DASHBOARD_PASSWORD,
    trustProxy: env.TRUST_PROXY,
    publicHostnames: env.PUBLIC_HOSTNAMES,
    logRequests: env.LOG_REQUESTS,
  }
}

/**
 * The whole server configuration from one schema. Every problem is named at once, one line per
 * variable; values are never echoed (some are secrets).
 */
export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  const result = v.safeParse(EnvSchema, env)
  if (result.success) return toConfig(result.output)
  // The first problem of each variable is the one to fix first.
  const problems = new Map<string, string>()
  for (const issue of result.issues) {
    const name = v.getDotPath(issue) ?? 'environment'
    if (!problems.has(name)) problems.set(name, issue.message)
  }
  const lines = [...problems].map(([name, message]) => `  ${name}: ${message}`)
  throw new ConfigError(`The server settings are not valid:\n${lines.join('\n')}`)
}
