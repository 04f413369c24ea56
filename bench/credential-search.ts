/**
 * What it costs the proxy to look for its credentials in every successful page before relaying it
 * (src/server/scrub.ts, foundIn): `npx tsx bench/credential-search.ts [megabytes]`
 *
 * Builds a realistic page of about `megabytes` MB (the café's events from the simulator, repeated),
 * a scrubber with realistic credentials (a UUID client id, a 32-character secret, four remembered
 * JWT-sized tokens of 1 200 characters), and reports the median time of one search over the page
 * (the worst case: nothing found, so every needle is looked for to the end), next to what the
 * proxy already spends on that page anyway, and next to searching the decoded text instead.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { Simulator } from '../src/mocks/simulator'
import { createScrubber } from '../src/server/scrub'
import { median } from './lib/stats'

const MEGABYTES = Number(process.argv[2] ?? 1)
const RUNS = 200

function page(bytes: number): Uint8Array {
  const sim = new Simulator({ fixedNow: Date.parse('2026-11-26T14:00:00Z'), seed: 'bench' })
  const merchant = sim.store.merchant('302321')
  if (!merchant) throw new Error('no café in the simulator')
  const day = sim.store.visibleEventsOf(merchant, '2026-11-20')
  const items: unknown[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const event = day[i % day.length]
    items.push(event)
    size += JSON.stringify(event).length + 1
  }
  return new TextEncoder().encode(JSON.stringify({ items, cursor: 'next', hasMore: true }))
}

function time(run: () => unknown): number {
  const values: number[] = []
  for (let i = 0; i < RUNS + 20; i++) {
    const started = performance.now()
    run()
    if (i >= 20) values.push(performance.now() - started)
  }
  return median(values)
}

const body = page(MEGABYTES * 1024 * 1024)
const scrubber = createScrubber({
  clientId: randomUUID(),
  clientSecret: randomBytes(24).toString('base64url'),
})
const tokens = Array.from({ length: 4 }, () =>
  [randomBytes(27), randomBytes(600), randomBytes(256)].map((b) => b.toString('base64url')).join('.'),
)
for (const token of tokens) scrubber.remember(token)
if (scrubber.foundIn(body)) throw new Error('the page holds a credential by chance')

const search = time(() => scrubber.foundIn(body))
const decodeAndSearch = time(() => {
  const text = new TextDecoder().decode(body)
  return tokens.some((t) => text.includes(t))
})
const parse = time(() => JSON.parse(new TextDecoder().decode(body)))
const copy = time(() => new Uint8Array(body))

const ms = (value: number) => `${value.toFixed(3)} ms`
console.log(`page: ${(body.byteLength / 1024 / 1024).toFixed(2)} MB, ${RUNS} runs each, medians`)
console.log(`byte search for 7 credentials (+ JSON-escaped forms): ${ms(search)}`)
console.log(`decode to a string, then String.includes:            ${ms(decodeAndSearch)}`)
console.log(`for scale, one copy of the body:                     ${ms(copy)}`)
console.log(`for scale, JSON.parse of the page (the browser does it): ${ms(parse)}`)
