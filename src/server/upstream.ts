import { TOKEN_PATH } from '../api/endpoints'
import { parseOrThrow, TokenResponseSchema } from '../api/schemas'
import { TokenCache } from './token-cache'

export type FetchLike = (request: Request) => Promise<Response>

export interface UpstreamOptions {
  baseUrl: string
  clientId: string
  clientSecret: string
  timeoutMs: number
  fetch: FetchLike
  systemName: string
  systemVersion: string
}

/** A failure to get an answer from upstream at all (as opposed to an upstream error status). */
export class UpstreamUnavailableError extends Error {
  constructor(
    readonly status: 502 | 504,
    message: string,
  ) {
    super(message)
    this.name = 'UpstreamUnavailableError'
  }
}

/**
 * Talks to Vipps MobilePay: fetches and caches the access token, sends the identifying headers,
 * bounds every call in time, and on a 401 renews the token and retries that call once.
 */
export function createUpstream(options: UpstreamOptions) {
  const systemHeaders = {
    'Vipps-System-Name': options.systemName,
    'Vipps-System-Version': options.systemVersion,
    'Vipps-System-Plugin-Name': options.systemName,
    'Vipps-System-Plugin-Version': options.systemVersion,
  }

  /** Sends one request, bounded in time whether or not the fetch implementation honours the signal. */
  async function send(request: Request): Promise<Response> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new UpstreamUnavailableError(504, 'Vipps MobilePay did not answer in time')),
        options.timeoutMs,
      )
    })
    try {
      return await Promise.race([options.fetch(request), timeout])
    } catch (error) {
      if (error instanceof UpstreamUnavailableError) throw error
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new UpstreamUnavailableError(504, 'Vipps MobilePay did not answer in time')
      }
      throw new UpstreamUnavailableError(502, 'Vipps MobilePay could not be reached')
    } finally {
      clearTimeout(timer)
    }
  }

  const tokens = new TokenCache(async () => {
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')
    const response = await send(
      new Request(`${options.baseUrl}${TOKEN_PATH}`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          ...systemHeaders,
        },
        body: 'grant_type=client_credentials',
        signal: AbortSignal.timeout(options.timeoutMs),
      }),
    )
    if (!response.ok) {
      await response.body?.cancel()
      throw new UpstreamUnavailableError(
        502,
        `Vipps MobilePay refused the accounting keys (token endpoint answered ${response.status})`,
      )
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      throw new UpstreamUnavailableError(
        502,
        'Vipps MobilePay answered the token request with something that is not JSON',
      )
    }
    const token = parseOrThrow(TokenResponseSchema, body, 'token response')
    return { accessToken: token.access_token, expiresInSeconds: token.expires_in }
  })

  async function get(pathAndQuery: string): Promise<Response> {
    const call = async () => {
      const token = await tokens.get()
      const response = await send(
        new Request(`${options.baseUrl}${pathAndQuery}`, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...systemHeaders },
          signal: AbortSignal.timeout(options.timeoutMs),
        }),
      )
      return { token, response }
    }
    const first = await call()
    if (first.response.status !== 401) return first.response
    await first.response.body?.cancel()
    tokens.invalidate(first.token)
    return (await call()).response
  }

  return { get }
}

export type Upstream = ReturnType<typeof createUpstream>
