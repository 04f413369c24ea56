import { createHash } from 'node:crypto'
import type { ServerConfig } from './config'

/**
 * A short fingerprint of the data this server reads, for /api/health: the browser keeps closed days
 * per source and empties its cache when the source changes (other accounting keys, another
 * upstream, a simulator with other settings). Built from the keys' id and the base URL, never the
 * secret; 12 characters of a SHA-256 say nothing about the id itself.
 */
export function dataSourceOf(
  config: Pick<ServerConfig, 'mode' | 'baseUrl' | 'clientId'>,
  demoData?: unknown,
): string {
  const described =
    config.mode === 'vipps'
      ? `vipps\n${config.baseUrl}\n${config.clientId}`
      : `demo\n${JSON.stringify(demoData ?? null)}`
  return createHash('sha256').update(described).digest('base64url').slice(0, 12)
}
