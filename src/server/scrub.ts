const HIDDEN = '[skjult]'
/** Credentials in the shapes they travel in: an Authorization value, or a JWT anywhere. */
const CREDENTIAL_PATTERNS = [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, /\beyJ[\w-]*\.[\w-]*\.?[\w-]*/g]
const REMEMBERED_TOKENS = 4

/**
 * Takes our accounting keys and access tokens out of text that came from upstream, before it may
 * reach a browser or a log: an upstream that echoes the request must not hand the token out.
 */
export function createScrubber(secrets: string[]) {
  const fixed = secrets.filter((s) => s.length >= 4)
  const tokens: string[] = []
  return {
    remember(token: string) {
      if (token.length < 4 || tokens.includes(token)) return
      tokens.unshift(token)
      tokens.length = Math.min(tokens.length, REMEMBERED_TOKENS)
    },
    /** Scrubs first and cuts after, so a secret cannot survive by being cut in half. */
    scrub(text: string, maxLength = 300): string {
      let clean = text
      for (const secret of [...tokens, ...fixed].sort((a, b) => b.length - a.length))
        clean = clean.split(secret).join(HIDDEN)
      for (const pattern of CREDENTIAL_PATTERNS)
        clean = clean.replace(pattern, (_match, scheme) =>
          typeof scheme === 'string' ? `${scheme} ${HIDDEN}` : HIDDEN,
        )
      return clean.slice(0, maxLength)
    },
  }
}
