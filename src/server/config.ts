import { isLoopbackHost } from './auth'

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
  /** Bound on every upstream call; a slower answer becomes a 504. */
  upstreamTimeoutMs: number
  distDir: string
  systemName: string
  systemVersion: string
  /** Required when listening beyond loopback; when set, every page and API call needs a login. */
  dashboardPassword: string | null
  /** Where the voucher settings and export memory are kept (DATA_DIR). */
  dataDir: string
}

export const DEMO_BASE_URL = 'https://api.vipps.no'
export const DEMO_CREDENTIALS = { clientId: 'demo-client', clientSecret: 'demo-secret' }

export class ConfigError extends Error {
  override name = 'ConfigError'
}

function portFrom(text: string | undefined): number {
  if (text === undefined || text === '') return 8787
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ConfigError(`PORT must be 0–65535, got "${text}"`)
  return port
}

export function configFromEnv(env: Record<string, string | undefined> = process.env): ServerConfig {
  const clientId = env.VIPPS_CLIENT_ID?.trim() ?? ''
  const clientSecret = env.VIPPS_CLIENT_SECRET?.trim() ?? ''
  if (Boolean(clientId) !== Boolean(clientSecret)) {
    throw new ConfigError('Set both VIPPS_CLIENT_ID and VIPPS_CLIENT_SECRET, or neither for demo mode')
  }
  const mode = clientId ? 'vipps' : 'demo'
  const baseUrl = (env.VIPPS_BASE_URL?.trim() || DEMO_BASE_URL).replace(/\/+$/, '')
  if (!/^https?:\/\//.test(baseUrl))
    throw new ConfigError('VIPPS_BASE_URL must start with https:// (or http:// for a local fake)')
  const timeout = Number(env.UPSTREAM_TIMEOUT_MS || 20_000)
  if (!Number.isFinite(timeout) || timeout < 100)
    throw new ConfigError('UPSTREAM_TIMEOUT_MS must be at least 100')
  const host = env.HOST?.trim() || '127.0.0.1'
  const dashboardPassword = env.DASHBOARD_PASSWORD || null
  if (!isLoopbackHost(host) && !dashboardPassword) {
    throw new ConfigError(
      `Refusing to listen on ${host} without DASHBOARD_PASSWORD: anyone on the network could read your sales. Set a password, or keep HOST=127.0.0.1.`,
    )
  }
  if (dashboardPassword !== null && dashboardPassword.length < 12) {
    throw new ConfigError('DASHBOARD_PASSWORD must be at least 12 characters')
  }
  return {
    mode,
    host,
    port: portFrom(env.PORT),
    baseUrl: mode === 'demo' ? DEMO_BASE_URL : baseUrl,
    clientId: clientId || DEMO_CREDENTIALS.clientId,
    clientSecret: clientSecret || DEMO_CREDENTIALS.clientSecret,
    upstreamTimeoutMs: timeout,
    distDir: env.DIST_DIR?.trim() || 'dist',
    systemName: 'salgsoversikt',
    systemVersion: '0.1.0',
    dashboardPassword,
    dataDir: env.DATA_DIR?.trim() || '.data',
  }
}
