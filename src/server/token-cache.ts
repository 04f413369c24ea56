export interface IssuedToken {
  accessToken: string
  expiresInSeconds: number
}

/**
 * Holds one access token and renews it shortly before it expires. Concurrent callers share a
 * single refresh, so a burst of requests after expiry makes one token call, not fifty.
 */
export class TokenCache {
  private token: { value: string; renewAt: number } | null = null
  private refreshing: Promise<string> | null = null

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly now: () => number = Date.now,
    /** Renew this long before the documented expiry, so a token never dies mid-request. */
    private readonly marginMs = 60_000,
  ) {}

  async get(): Promise<string> {
    if (this.token && this.now() < this.token.renewAt) return this.token.value
    this.refreshing ??= this.issue()
      .then(({ accessToken, expiresInSeconds }) => {
        const lifetime = expiresInSeconds * 1000
        this.token = {
          value: accessToken,
          renewAt: this.now() + Math.max(lifetime - this.marginMs, lifetime / 2),
        }
        return accessToken
      })
      .finally(() => {
        this.refreshing = null
      })
    return this.refreshing
  }

  /** Forget a token the upstream refused (only if it is still the current one). */
  invalidate(token: string): void {
    if (this.token?.value === token) this.token = null
  }
}
