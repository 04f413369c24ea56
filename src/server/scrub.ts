const HIDDEN = '[skjult]'
/** Credentials in the shapes they travel in: an Authorization value, or a JWT anywhere. */
const CREDENTIAL_PATTERNS = [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, /\beyJ[\w-]*\.[\w-]*\.?[\w-]*/g]
const REMEMBERED_TOKENS = 4
/**
 * Any run of this many characters of a credential is taken out. Long enough that ordinary text
 * does not match a random key by chance, short enough that what is left of a key (at most 11
 * characters, at either end of a hidden part) is of no use.
 */
export const SCRUB_WINDOW = 12
const MIN_SECRET = 4

const lowerAscii = (text: string) => text.replace(/[A-Z]+/g, (m) => m.toLowerCase())
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The base64 letters that depend on `text` alone, at each of the three places it can start inside
 * a longer base64 text (after 0, 1 or 2 other bytes), in the standard and the URL alphabet. The
 * groups of four letters that mix in a neighbour's bytes are left out.
 */
function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text)
  const forms: string[] = []
  for (let lead = 0; lead < 3; lead++) {
    const encoded = Buffer.concat([Buffer.alloc(lead), bytes]).toString('base64')
    const core = encoded.slice(lead === 0 ? 0 : 4, Math.floor((lead + bytes.length) / 3) * 4)
    forms.push(core, core.replaceAll('+', '-').replaceAll('/', '_'))
  }
  return forms
}

/**
 * Takes our accounting keys and access tokens out of text that came from upstream, before it may
 * reach a browser or a log: an upstream that echoes the request must not hand a credential out,
 * whole or in pieces. Hidden, without regard to case:
 * - any SCRUB_WINDOW characters in a row of the client id, the secret, the Basic credential, a
 *   remembered access token, or the base64/base64url of the id, of the secret or of id:secret. So a
 *   prefix of the secret, a token's parts one by one (a JWT's segments are longer than that), the
 *   secret in upper case, and each of those inside a longer text are caught by one rule;
 * - a credential shorter than that, as a whole;
 * - anything shaped like an Authorization value or a JWT, ours or not.
 * Cheap: the runs are kept in a Set (about one per character of the credentials), and the text is
 * read once, one Set look-up per character, only as far as the answer needs.
 */
export function createScrubber(keys: { clientId: string; clientSecret: string }) {
  const pair = `${keys.clientId}:${keys.clientSecret}`
  const fixed = [
    keys.clientId,
    keys.clientSecret,
    Buffer.from(pair).toString('base64'),
    ...[keys.clientId, keys.clientSecret, pair].flatMap(base64Forms),
  ].filter((s) => s.length >= MIN_SECRET)
  const tokens: string[] = []
  let runs = new Set<string>()
  let needles: Buffer[] = []
  let short: RegExp | null = null

  function index() {
    const secrets = [...tokens, ...fixed].map(lowerAscii)
    runs = new Set()
    for (const secret of secrets)
      for (let i = 0; i + SCRUB_WINDOW <= secret.length; i++) runs.add(secret.slice(i, i + SCRUB_WINDOW))
    const shorter = secrets.filter((s) => s.length < SCRUB_WINDOW).sort((a, b) => b.length - a.length)
    short = shorter.length > 0 ? new RegExp(shorter.map(escapeRegExp).join('|'), 'gi') : null
    const whole = [...tokens, keys.clientId, keys.clientSecret, Buffer.from(pair).toString('base64')]
    needles = [...new Set(whole.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))]
      .filter((s) => s.length >= MIN_SECRET)
      .map((s) => Buffer.from(s))
  }
  index()

  /**
   * The text with every run of a credential replaced, read only until more than `enough`
   * characters are out: character i is settled once the run starting at i has been looked up,
   * since no run starting later covers it.
   */
  function hideRuns(text: string, enough: number): string {
    const lower = lowerAscii(text)
    let out = ''
    let hiddenUntil = 0
    for (let i = 0; i < text.length && out.length <= enough; i++) {
      if (runs.has(lower.slice(i, i + SCRUB_WINDOW))) {
        if (i >= hiddenUntil) out += HIDDEN
        hiddenUntil = i + SCRUB_WINDOW
      }
      if (i >= hiddenUntil) out += text[i]
    }
    return out
  }

  return {
    remember(token: string) {
      if (token.length < MIN_SECRET || tokens.includes(token)) return
      tokens.unshift(token)
      tokens.length = Math.min(tokens.length, REMEMBERED_TOKENS)
      index()
    },
    /**
     * Whether a body holds a credential as it is (or as JSON writes it): a plain byte search, cheap
     * enough for every page (see bench/credential-search.ts). For bodies relayed whole, where
     * scrubbing would alter data, the answer is refused instead.
     */
    foundIn(body: Uint8Array): boolean {
      const haystack = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
      return needles.some((needle) => haystack.includes(needle))
    },
    /** Scrubs first and cuts after, so a secret cannot survive by being cut in half. */
    scrub(text: string, maxLength = 300): string {
      let clean = short ? text.replace(short, HIDDEN) : text
      clean = hideRuns(clean, maxLength)
      for (const pattern of CREDENTIAL_PATTERNS)
        clean = clean.replace(pattern, (_match, scheme) =>
          typeof scheme === 'string' ? `${scheme} ${HIDDEN}` : HIDDEN,
        )
      return clean.slice(0, maxLength)
    },
  }
}
