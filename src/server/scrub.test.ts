import { describe, expect, it } from 'vitest'
import { createScrubber } from './scrub'

const CLIENT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7'
const SECRET = 'Zx9Qw7Er5Ty3Ui1Op2AsDf4Gh6'
const BASIC = Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')
const [HEADER, PAYLOAD, SIGNATURE] = [
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9',
  'eyJzdWIiOiI3YzllNjY3OSIsImV4cCI6MTc5MDAwMDAwMH0',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5cXq0',
]
const TOKEN = `${HEADER}.${PAYLOAD}.${SIGNATURE}`

function scrubber() {
  const s = createScrubber({ clientId: CLIENT_ID, clientSecret: SECRET })
  s.remember(TOKEN)
  return s
}

const b64 = (text: string) => Buffer.from(text).toString('base64')
const b64url = (text: string) => Buffer.from(text).toString('base64url')

/** Whether `text` still holds `secret`, compared without regard to case. */
const holds = (text: string, secret: string) => text.toLowerCase().includes(secret.toLowerCase())

describe('scrubbing upstream text of our credentials', () => {
  const scrub = (text: string) => scrubber().scrub(text, 10_000)

  it('takes out the token and the secret as they are (as before)', () => {
    const out = scrub(`token ${TOKEN} secret ${SECRET} basic ${BASIC}`)
    for (const secret of [TOKEN, SECRET, BASIC]) expect(holds(out, secret)).toBe(false)
  })

  it('takes out the token’s parts when they come one by one, separated by spaces', () => {
    const out = scrub(`parts: ${HEADER} ${PAYLOAD} ${SIGNATURE} end`)
    for (const part of [HEADER, PAYLOAD, SIGNATURE]) expect(out).not.toContain(part)
    expect(out).toMatch(/^parts: .* end$/)
  })

  it('takes out the secret written in lower or upper case', () => {
    for (const form of [SECRET.toLowerCase(), SECRET.toUpperCase()]) {
      const out = scrub(`key was ${form}.`)
      expect(holds(out, SECRET), form).toBe(false)
      expect(out).toMatch(/^key was .*\.$/)
    }
  })

  it('takes out the base64 and base64url of the secret, of the id, and of id:secret, also inside a longer base64 text', () => {
    const forms = [
      b64(SECRET),
      b64url(SECRET),
      b64url(`${CLIENT_ID}:${SECRET}`),
      // id:secret after one and two other bytes: the base64 letters are not the same as Basic's.
      b64(`x${CLIENT_ID}:${SECRET}`),
      b64(`xy${CLIENT_ID}:${SECRET}`),
      b64(`{"client_secret":"${SECRET}"}`),
    ]
    for (const form of forms) {
      const out = scrub(`blob ${form} end`)
      // What is left must not decode, from any starting letter, to 12 characters of the secret.
      for (const run of out.match(/[\w+/-]+/g) ?? [])
        for (let start = 0; start < 4; start++) {
          const decoded = Buffer.from(run.slice(start), 'base64').toString('latin1')
          for (let i = 0; i + 12 <= SECRET.length; i++)
            expect(decoded.includes(SECRET.slice(i, i + 12)), `${form} → ${out}`).toBe(false)
        }
    }
  })

  it('takes out any 12 characters or more of the secret: a prefix, a suffix, the middle', () => {
    for (const part of [SECRET.slice(0, 15), SECRET.slice(0, 12), SECRET.slice(-13), SECRET.slice(5, 19)]) {
      const out = scrub(`a ${part} b`)
      expect(holds(out, part), part).toBe(false)
      expect(out).toMatch(/^a .* b$/)
    }
  })

  it('cuts after scrubbing, so a secret cut in half at the limit is already gone', () => {
    const out = scrubber().scrub(`${'x'.repeat(290)} ${SECRET}`, 300)
    expect(out.length).toBeLessThanOrEqual(300)
    expect(holds(out, SECRET.slice(0, 9))).toBe(false)
  })

  it('leaves ordinary problem text alone', () => {
    const text =
      'Ledger not found: ledger 302321 is not granted to these keys (traceId 0f8fad5b-d9cb-469f-a165-70867728950e)'
    expect(scrub(text)).toBe(text)
  })
})
