import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LEDGERS_PATH } from '../api/endpoints'
import { DEFAULT_VOUCHER_SETTINGS, type VoucherSettings } from '../api/voucher-settings'
import { createApp } from './app'
import { configFromEnv } from './config'
import { createDemoFetch } from './demo-upstream'
import { MAX_REQUEST_BODY_BYTES } from './request-guards'
import type { FetchLike } from './upstream'
import { createVoucherStore, MAX_STORED_FILE_BYTES } from './voucher-store'

const root = mkdtempSync(join(tmpdir(), 'voucher-store-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let dirs = 0
/**
 * The dashboard in demo mode, its upstream the simulator (ledgers 302321, 302322, 302323), with
 * the upstream calls counted and `down` making every call fail.
 */
const NOW = Date.parse('2026-11-26T12:00:00Z')

function setup(env: Record<string, string> = {}, options: { now?: () => number } = {}) {
  const dir = join(root, `data-${++dirs}`)
  const demo = createDemoFetch()
  const upstream = { ledgerCalls: 0, down: false }
  const fetch: FetchLike = async (request) => {
    if (new URL(request.url).pathname === LEDGERS_PATH) upstream.ledgerCalls++
    if (upstream.down) throw new TypeError('fetch failed')
    return demo(request)
  }
  const app = createApp({
    config: configFromEnv({ DIST_DIR: '/nonexistent', DATA_DIR: dir, ...env }),
    fetch,
    now: options.now ?? (() => NOW),
  })
  return { app, dir, upstream }
}

const ORIGIN = 'http://localhost'
const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})

const custom: VoucherSettings = {
  ...DEFAULT_VOUCHER_SETTINGS,
  rates: [
    { rate: 2500, salesAccount: '3001', vatAccount: '2700', vatCode: '3' },
    { rate: 1500, salesAccount: '3031', vatAccount: '2701', vatCode: '31' },
  ],
  accounts: { ...DEFAULT_VOUCHER_SETTINGS.accounts, clearing: '1908' },
  cashSales: 'leave-out',
  numbering: { voucherType: 12, mode: 'sequential', nextNumber: 500 },
}

/** A save that sets the next voucher number to the settings' own. */
const settingNumber = (settings: VoucherSettings) => ({ ...settings, setNextNumber: true })

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  return (await response.json()) as { title: string; status: number; detail?: string }
}

describe('voucher settings on the server', () => {
  it('answers the NS 4102 defaults until saved, then what was saved, from a file that survives a restart', async () => {
    const { app, dir } = setup()
    const before = await app.request('/api/vouchers/settings/302321')
    expect(before.status).toBe(200)
    expect(await before.json()).toEqual({ settings: DEFAULT_VOUCHER_SETTINGS, saved: false })
    expect(readdirSync(root)).not.toContain(dir.split('/').at(-1)) // reading never creates the folder

    const put = await app.request('/api/vouchers/settings/302321', json('PUT', settingNumber(custom)))
    expect(put.status).toBe(200)
    expect(await put.json()).toEqual({
      settings: custom,
      saved: true,
      nextVoucherNumber: 500,
      reusesNumbers: null,
    })

    const restarted = setup({ DATA_DIR: dir }).app
    expect(await (await restarted.request('/api/vouchers/settings/302321')).json()).toEqual({
      settings: custom,
      saved: true,
    })
    // Another ledger keeps its own.
    expect(await (await restarted.request('/api/vouchers/settings/302322')).json()).toMatchObject({
      saved: false,
    })
    expect(readdirSync(dir)).toEqual(['vouchers-302321.json'])
  })

  it('refuses bad settings with a problem naming the field, and keeps what was stored', async () => {
    const { app } = setup()
    await app.request('/api/vouchers/settings/302321', json('PUT', settingNumber(custom)))
    const cases: [unknown, RegExp][] = [
      [
        { ...custom, accounts: { ...custom.accounts, bank: '19 20' } },
        /accounts\.bank: must be an account number/,
      ],
      [
        { ...custom, rates: [{ rate: 2500, salesAccount: '3000', vatAccount: null, vatCode: '3' }] },
        /output VAT account/,
      ],
      [{ ...custom, rates: [...custom.rates, custom.rates[0]] }, /each VAT rate only once/],
      [{ ...custom, rates: [{ ...custom.rates[0], rate: 25.5 }] }, /rates\.0\.rate/],
      [{ ...custom, numbering: { ...custom.numbering, mode: 'random' } }, /numbering\.mode/],
      [{ ...custom, extra: 'field' }, /extra/],
      [{ ...custom, version: 2 }, /version/],
    ]
    for (const [body, detail] of cases) {
      const response = await app.request('/api/vouchers/settings/302321', json('PUT', body))
      expect(response.status).toBe(400)
      expect((await problemOf(response)).detail).toMatch(detail)
    }
    const invalidJson = await app.request('/api/vouchers/settings/302321', json('PUT', '{"version":'))
    expect(invalidJson.status).toBe(400)
    expect((await problemOf(invalidJson)).title).toBe('Invalid JSON')
    expect(await (await app.request('/api/vouchers/settings/302321')).json()).toEqual({
      settings: custom,
      saved: true,
    })
  })

  it('refuses a ledger id that is not one, before touching the disk', async () => {
    const { app, dir } = setup()
    for (const id of ['..%2F..%2Fetc', 'a%20b', 'x'.repeat(65), 'led.ger', '%00']) {
      const get = await app.request(`/api/vouchers/settings/${id}`)
      expect(get.status, id).toBe(400)
      expect((await problemOf(get)).title).toBe('Invalid ledgerId')
      const put = await app.request(`/api/vouchers/settings/${id}`, json('PUT', settingNumber(custom)))
      expect(put.status, id).toBe(400)
    }
    // A dot-dot segment is resolved by the URL itself: no such path.
    expect(
      (await app.request('/api/vouchers/settings/%2E%2E', json('PUT', settingNumber(custom)))).status,
    ).toBe(404)
    expect(() => readdirSync(dir)).toThrow()
  })

  it('stores only ledgers the keys can read: any other id is a 404 that creates nothing', async () => {
    const { app, dir } = setup()
    for (const path of ['/api/vouchers/settings/999999', '/api/vouchers/exports/999999']) {
      const read = await app.request(path)
      expect(read.status, path).toBe(404)
      expect((await problemOf(read)).title).toMatch(/Unknown ledger/)
    }
    const put = await app.request('/api/vouchers/settings/999999', json('PUT', settingNumber(custom)))
    expect(put.status).toBe(404)
    await problemOf(put)
    const post = await app.request(
      '/api/vouchers/exports/999999',
      json('POST', { format: 'csv', dates: ['2026-11-20'] }),
    )
    expect(post.status).toBe(404)
    expect(() => readdirSync(dir)).toThrow() // not even the folder
    // A ledger of the keys is stored as before.
    expect(
      (await app.request('/api/vouchers/settings/302323', json('PUT', settingNumber(custom)))).status,
    ).toBe(200)
    expect(readdirSync(dir)).toEqual(['vouchers-302323.json'])
  })

  it('asks for the ledgers list once for many requests, and again only after a while', async () => {
    let clock = Date.parse('2026-11-26T12:00:00Z')
    const { app, upstream } = setup({}, { now: () => clock })
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.request(`/api/vouchers/settings/${i % 2 ? '302321' : '302322'}`),
      ),
    )
    expect(upstream.ledgerCalls).toBe(1)
    // Unknown ids do not make a call each: one fresh look, and only when the list is 30 s old.
    const unknownIds = async () => {
      for (let i = 0; i < 20; i++)
        expect((await app.request(`/api/vouchers/settings/9${i}`)).status).toBe(404)
    }
    await unknownIds()
    expect(upstream.ledgerCalls).toBe(1)
    clock += 31_000
    await unknownIds()
    expect(upstream.ledgerCalls).toBe(2)
    await app.request('/api/vouchers/settings/302321')
    expect(upstream.ledgerCalls).toBe(2)
    clock += 6 * 60_000
    await app.request('/api/vouchers/settings/302321')
    expect(upstream.ledgerCalls).toBe(3)
  })

  it('when the ledgers cannot be checked, says so (502) and changes nothing', async () => {
    const { app, dir, upstream } = setup()
    upstream.down = true
    const put = await app.request('/api/vouchers/settings/302321', json('PUT', settingNumber(custom)))
    expect(put.status).toBe(502)
    await problemOf(put)
    expect(() => readdirSync(dir)).toThrow()
  })

  it('accepts changes only from its own pages, as JSON, within the size limit', async () => {
    const { app } = setup()
    const path = '/api/vouchers/settings/302321'
    const crossSite = await app.request(path, json('PUT', custom, { Origin: 'https://evil.example' }))
    expect(crossSite.status).toBe(403)
    const noOrigin = await app.request(path, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(custom),
    })
    expect(noOrigin.status).toBe(403)
    const nullOrigin = await app.request(path, json('PUT', custom, { Origin: 'null' }))
    expect(nullOrigin.status).toBe(403)
    const form = await app.request(path, json('PUT', custom, { 'Content-Type': 'text/plain' }))
    expect(form.status).toBe(415)
    const huge = await app.request(
      path,
      json('PUT', { ...custom, padding: 'x'.repeat(MAX_REQUEST_BODY_BYTES) }),
    )
    expect(huge.status).toBe(413)
    await problemOf(huge)
    const del = await app.request(path, { method: 'DELETE', headers: { Origin: ORIGIN } })
    expect(del.status).toBe(405)
    expect(del.headers.get('allow')).toBe('GET, PUT')
    expect(await (await app.request(path)).json()).toMatchObject({ saved: false })
    // The rest of the API stays read-only.
    const other = await app.request('/api/sales/report/v1/ledgers/302321', json('POST', {}))
    expect(other.status).toBe(405)
  })

  it('leaves a file it cannot read untouched and says so', async () => {
    const { app, dir } = setup()
    await app.request('/api/vouchers/settings/302321', json('PUT', settingNumber(custom)))
    const file = join(dir, 'vouchers-302321.json')
    writeFileSync(file, '{"version": 1, "settings": {"broken": true}')
    const get = await app.request('/api/vouchers/settings/302321')
    expect(get.status).toBe(500)
    expect((await problemOf(get)).title).toMatch(/cannot be read/)
    const put = await app.request('/api/vouchers/settings/302321', json('PUT', settingNumber(custom)))
    expect(put.status).toBe(500)
    expect(readFileSync(file, 'utf8')).toBe('{"version": 1, "settings": {"broken": true}')
  })
})

describe('one body limit', () => {
  it('is the one the README states, wherever it states one', () => {
    const readme = readFileSync('README.md', 'utf8')
    const stated = [...readme.matchAll(/(?:at most|limited to) (\d+) (kB|KiB)/g)]
    expect(stated.length).toBeGreaterThanOrEqual(2)
    for (const [statement, size] of stated)
      expect(statement).toBe(statement.replace(size ?? '', String(MAX_REQUEST_BODY_BYTES / 1024)))
    expect(readme).not.toMatch(/32 kB/)
  })

  it('holds the largest valid settings and export record, and refuses one byte more', async () => {
    const { app } = setup({}, { now: () => Date.parse('2027-06-01T12:00:00Z') })
    const largest: VoucherSettings = {
      ...custom,
      rates: Array.from({ length: 20 }, (_, i) => ({
        rate: 100 * i + 1,
        salesAccount: '300000',
        vatAccount: '270000',
        vatCode: '99999',
      })),
      numbering: { voucherType: 999, mode: 'sequential', nextNumber: 99_999_999 },
    }
    const dates = Array.from({ length: 400 }, (_, i) =>
      new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10),
    )
    const record = {
      format: 'gbat10',
      dates,
      provisionalDates: dates,
      voucherNumbers: { first: 10_000_000, last: 10_000_399 },
    }
    for (const [method, path, body] of [
      ['PUT', '/api/vouchers/settings/302321', largest],
      ['POST', '/api/vouchers/exports/302321', record],
    ] as const) {
      const text = JSON.stringify(body)
      expect(text.length).toBeLessThan(MAX_REQUEST_BODY_BYTES * 0.75)
      expect((await app.request(path, json(method, text))).status, path).toBe(200)
      const padded = text.padEnd(MAX_REQUEST_BODY_BYTES, ' ')
      expect((await app.request(path, json(method, padded))).status, path).toBe(200)
      const over = await app.request(path, json(method, `${padded} `))
      expect(over.status, path).toBe(413)
      expect((await problemOf(over)).detail).toBe(`At most ${MAX_REQUEST_BODY_BYTES} bytes`)
    }
  })
})

describe('exported dates on the server', () => {
  const record = (body: unknown) => json('POST', body)

  it('remembers each date’s latest export, whether it was open, and continues the voucher numbers', async () => {
    const { app } = setup()
    const path = '/api/vouchers/exports/302321'
    expect(await (await app.request(path)).json()).toEqual({
      exported: [],
      exports: [],
      nextVoucherNumber: 1,
      highestVoucherNumber: null,
    })
    const first = await app.request(
      path,
      record({
        format: 'gbat10',
        dates: ['2026-11-21', '2026-11-20'],
        provisionalDates: ['2026-11-21'],
        voucherNumbers: { first: 1, last: 2 },
      }),
    )
    expect(first.status).toBe(200)
    const state = await first.json()
    expect(state.nextVoucherNumber).toBe(3)
    expect(
      state.exported.map((e: { date: string; provisional: boolean }) => [e.date, e.provisional]),
    ).toEqual([
      ['2026-11-20', false],
      ['2026-11-21', true],
    ])
    // Exported again once closed: the latest export counts.
    await app.request(path, record({ format: 'fiken', dates: ['2026-11-21'] }))
    const after = await (await app.request(path)).json()
    expect(after.exported[1]).toMatchObject({ date: '2026-11-21', provisional: false, format: 'fiken' })
    expect(after.nextVoucherNumber).toBe(3)
    // A higher start in the settings wins over the remembered number.
    await app.request('/api/vouchers/settings/302321', json('PUT', settingNumber(custom)))
    expect((await (await app.request(path)).json()).nextVoucherNumber).toBe(500)
  })

  it('refuses dates before 2026 or after tomorrow, naming them, and records nothing', async () => {
    const { app } = setup() // today is 2026-11-26 in Oslo
    const path = '/api/vouchers/exports/302321'
    for (const date of ['0001-01-01', '2025-12-31', '2026-11-28', '9999-12-31']) {
      const response = await app.request(path, record({ format: 'csv', dates: ['2026-11-20', date] }))
      expect(response.status, date).toBe(400)
      expect((await problemOf(response)).detail).toMatch(
        new RegExp(`dates\\.1: ${date} .*2026-01-01.*2026-11-27`),
      )
    }
    expect((await (await app.request(path)).json()).exported).toEqual([])
    const edges = await app.request(path, record({ format: 'csv', dates: ['2026-01-01', '2026-11-27'] }))
    expect(edges.status).toBe(200)
  })

  it('keeps the file small: ten years of dates at most, written compactly, whatever is sent', async () => {
    let clock = Date.parse('2027-01-01T12:00:00Z')
    const { app, dir } = setup({}, { now: () => clock })
    const path = '/api/vouchers/exports/302321'
    const daysFrom = (from: string, to: string) => {
      const dates: string[] = []
      for (let day = Date.parse(from); day <= Date.parse(to); day += 86_400_000)
        dates.push(new Date(day).toISOString().slice(0, 10))
      return dates
    }
    const send = async (dates: string[]) => {
      for (let i = 0; i < dates.length; i += 400) {
        const part = dates.slice(i, i + 400)
        // Open and closed in turn, so that no two neighbours are alike.
        const provisionalDates = part.filter((_, j) => j % 2 === 0)
        const response = await app.request(path, record({ format: 'gbat10', dates: part, provisionalDates }))
        expect(response.status, part[0]).toBe(200)
      }
    }
    await send(daysFrom('2026-01-01', '2027-01-02'))
    // Ten years on, every date of the ten years is sent: 2026's have fallen out, oldest first.
    clock = Date.parse('2036-06-01T12:00:00Z')
    const tenYears = daysFrom('2026-06-01', '2036-06-02')
    await send(tenYears)
    const state = await (await app.request(path)).json()
    expect(state.exported.length).toBe(tenYears.length)
    expect(state.exported[0].date).toBe('2026-06-01')
    expect(state.exported.at(-1).date).toBe('2036-06-02')
    const tooOld = await app.request(path, record({ format: 'csv', dates: ['2026-05-31'] }))
    expect(tooOld.status).toBe(400)
    const bytes = statSync(join(dir, 'vouchers-302321.json')).size
    expect(bytes).toBeLessThan(MAX_STORED_FILE_BYTES)
    expect(bytes).toBeLessThan(400 * 1024)
  })

  it('refuses a bad record with a problem, and records nothing', async () => {
    const { app } = setup()
    const path = '/api/vouchers/exports/302321'
    const bad: [unknown, RegExp][] = [
      [{ format: 'gbat10', dates: [] }, /at least one date/],
      [{ format: 'gbat10', dates: ['2026-02-30'] }, /dates\.0: must be a real date/],
      [{ format: 'gbat10', dates: ['2026-11-20', '2026-11-20'] }, /each date only once/],
      [{ format: 'xlsx', dates: ['2026-11-20'] }, /format/],
      [{ format: 'gbat10', dates: ['2026-11-20'], provisionalDates: ['2026-11-21'] }, /among dates/],
      [
        { format: 'gbat10', dates: ['2026-11-20'], voucherNumbers: { first: 5, last: 4 } },
        /first must not be after last/,
      ],
    ]
    for (const [body, detail] of bad) {
      const response = await app.request(path, record(body))
      expect(response.status).toBe(400)
      expect((await problemOf(response)).detail).toMatch(detail)
    }
    expect(await (await app.request(path)).json()).toEqual({
      exported: [],
      exports: [],
      nextVoucherNumber: 1,
      highestVoucherNumber: null,
    })
    const crossSite = await app.request(
      path,
      json('POST', { format: 'gbat10', dates: ['2026-11-20'] }, { Origin: 'https://evil.example' }),
    )
    expect(crossSite.status).toBe(403)
    expect(
      (await app.request(path, { method: 'PUT', headers: { Origin: ORIGIN } })).headers.get('allow'),
    ).toBe('GET, POST')
  })
})

describe('voucher numbers in sequence', () => {
  const path = '/api/vouchers/exports/302321'
  const settingsPath = '/api/vouchers/settings/302321'
  const exported = (first: number, last: number, date = '2026-11-20') =>
    json('POST', { format: 'gbat10', dates: [date], voucherNumbers: { first, last } })
  const next = async (app: ReturnType<typeof setup>['app']) => {
    const state = (await (await app.request(path)).json()) as Record<string, unknown>
    return { nextVoucherNumber: state.nextVoucherNumber, highestVoucherNumber: state.highestVoucherNumber }
  }

  it('follow the last exported number; a settings save that leaves the number alone does not go back', async () => {
    const { app } = setup()
    await app.request(settingsPath, json('PUT', settingNumber(custom))) // starts at 500
    expect((await app.request(path, exported(500, 510))).status).toBe(200)
    expect(await next(app)).toEqual({ nextVoucherNumber: 511, highestVoucherNumber: 510 })
    // The settings saved again for another reason, with the number as it was: no reuse of 500–510.
    const other = { ...custom, accounts: { ...custom.accounts, bank: '1921' } }
    const saved = await (await app.request(settingsPath, json('PUT', other))).json()
    expect(saved).toMatchObject({ nextVoucherNumber: 511, reusesNumbers: null })
    expect((await next(app)).nextVoucherNumber).toBe(511)
    // An export from an older tab, numbered lower, does not pull the series back either.
    await app.request(path, exported(3, 4))
    expect((await next(app)).nextVoucherNumber).toBe(511)
  })

  it('the user’s explicit number wins, also below numbers already used, and the answer says which are reused', async () => {
    const { app } = setup()
    await app.request(path, exported(1, 10))
    const lower = { ...custom, numbering: { ...custom.numbering, nextNumber: 5 } }
    const saved = await (await app.request(settingsPath, json('PUT', settingNumber(lower)))).json()
    expect(saved).toMatchObject({ saved: true, nextVoucherNumber: 5, reusesNumbers: { from: 5, to: 10 } })
    expect(await next(app)).toEqual({ nextVoucherNumber: 5, highestVoucherNumber: 10 })
    await app.request(path, exported(5, 6))
    expect((await next(app)).nextVoucherNumber).toBe(7)
  })

  it('stay within 1–99 999 999: the last number used up leaves no next number until the user sets one', async () => {
    const { app } = setup()
    const response = await app.request(path, exported(1, 99_999_999))
    expect(response.status).toBe(200)
    expect(await next(app)).toEqual({ nextVoucherNumber: null, highestVoucherNumber: 99_999_999 })
    const restart = { ...custom, numbering: { ...custom.numbering, nextNumber: 5 } }
    const saved = await (await app.request(settingsPath, json('PUT', settingNumber(restart)))).json()
    expect(saved).toMatchObject({ nextVoucherNumber: 5, reusesNumbers: { from: 5, to: 99_999_999 } })
    expect((await next(app)).nextVoucherNumber).toBe(5)
    for (const numbers of [
      { first: 1, last: 100_000_000 },
      { first: 0, last: 3 },
    ]) {
      const refused = await app.request(
        path,
        json('POST', { format: 'csv', dates: ['2026-11-20'], voucherNumbers: numbers }),
      )
      expect(refused.status).toBe(400)
    }
  })

  it('reads a file of the earlier layout as it meant: the larger of the setting and the continuation', async () => {
    const { app, dir } = setup()
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'vouchers-302321.json'),
      JSON.stringify({ version: 1, settings: custom, exported: [], nextVoucherNumber: 100_000_000 }),
    )
    expect(await next(app)).toEqual({ nextVoucherNumber: null, highestVoucherNumber: 99_999_999 })
    const restart = { ...custom, numbering: { ...custom.numbering, nextNumber: 7 } }
    await app.request(settingsPath, json('PUT', settingNumber(restart)))
    expect((await next(app)).nextVoucherNumber).toBe(7)
  })
})

describe('setting the next voucher number', () => {
  const settingsPath = '/api/vouchers/settings/302321'

  it('the store sets it only when asked: also to the number saved before, never by a save without the flag', async () => {
    const store = createVoucherStore({ dir: join(root, 'set-next'), now: () => new Date(NOW) })
    await store.writeSettings('302321', DEFAULT_VOUCHER_SETTINGS) // next number 1
    await store.recordExport('302321', {
      format: 'gbat10',
      dates: ['2026-11-20'],
      provisionalDates: [],
      voucherNumbers: { first: 1, last: 31 },
      dateNumbers: null,
      renumber: false,
    })
    expect((await store.readExports('302321')).nextVoucherNumber).toBe(32)
    // A save without the flag leaves the numbering, whatever number it holds; the stored one stays.
    const at7 = { ...custom, numbering: { ...custom.numbering, nextNumber: 7 } }
    expect(await store.writeSettings('302321', at7)).toMatchObject({
      nextVoucherNumber: 32,
      reusesNumbers: null,
    })
    expect((await store.readSettings('302321'))?.numbering.nextNumber).toBe(1)
    expect((await store.readExports('302321')).nextVoucherNumber).toBe(32)
    // Back to 1, the number saved before: one save with the flag sets it, and names the reuse.
    const at1 = { ...custom, numbering: { ...custom.numbering, nextNumber: 1 } }
    expect(await store.writeSettings('302321', at1, { setNextNumber: true })).toMatchObject({
      nextVoucherNumber: 1,
      reusesNumbers: { from: 1, to: 31 },
    })
    expect(await store.readExports('302321')).toMatchObject({
      nextVoucherNumber: 1,
      highestVoucherNumber: 31,
    })
  })

  it('the API takes the flag beside the settings, and refuses one that is not true or false', async () => {
    const { app } = setup()
    await app.request('/api/vouchers/exports/302321', {
      ...json('POST', { format: 'gbat10', dates: ['2026-11-20'], voucherNumbers: { first: 1, last: 9 } }),
    })
    const at1 = { ...custom, numbering: { ...custom.numbering, nextNumber: 1 } }
    const at7 = { ...custom, numbering: { ...custom.numbering, nextNumber: 7 } }
    const without = await (await app.request(settingsPath, json('PUT', at7))).json()
    expect(without).toMatchObject({ nextVoucherNumber: 10, reusesNumbers: null })
    expect(without.settings).toEqual(at1) // the number was not the user's to set here
    const withFlag = await app.request(settingsPath, json('PUT', { ...at1, setNextNumber: true }))
    expect(await withFlag.json()).toMatchObject({
      settings: at1,
      nextVoucherNumber: 1,
      reusesNumbers: { from: 1, to: 9 },
    })
    for (const flag of ['yes', 1, null]) {
      const refused = await app.request(settingsPath, json('PUT', { ...custom, setNextNumber: flag }))
      expect(refused.status).toBe(400)
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      expect((await problemOf(refused)).detail).toBe('setNextNumber: must be true or false')
    }
    expect(await (await app.request('/api/vouchers/exports/302321')).json()).toMatchObject({
      nextVoucherNumber: 1,
    })
  })
})

describe('the store writes atomically', () => {
  it('replaces the file by rename: an open reader keeps the whole old file, no temporary file is left', async () => {
    const dir = join(root, 'atomic')
    const store = createVoucherStore({ dir, now: () => new Date(NOW) })
    await store.writeSettings('302321', DEFAULT_VOUCHER_SETTINGS)
    const file = store.fileOf('302321')
    const before = readFileSync(file, 'utf8')
    const reader = openSync(file, 'r')
    await store.writeSettings('302321', custom, { setNextNumber: true })
    // The old file's data is still whole behind the open descriptor: it was replaced, not rewritten in place.
    const buffer = Buffer.alloc(before.length + 100)
    const read = readSync(reader, buffer, 0, buffer.length, 0)
    expect(buffer.subarray(0, read).toString('utf8')).toBe(before)
    expect(JSON.parse(readFileSync(file, 'utf8')).settings).toEqual(custom)
    expect(readdirSync(dir)).toEqual(['vouchers-302321.json'])
  })

  it('loses no update when requests overlap, and every read sees a whole file', async () => {
    const dir = join(root, 'concurrent')
    const store = createVoucherStore({ dir, now: () => new Date(NOW) })
    const dates = Array.from({ length: 30 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`)
    const reads: Promise<unknown>[] = []
    const writes = dates.map((date, i) => {
      reads.push(store.readExports('302321'))
      return store.recordExport('302321', {
        format: 'csv',
        dates: [date],
        provisionalDates: [],
        voucherNumbers: { first: i + 1, last: i + 1 },
        dateNumbers: [i + 1],
        renumber: false,
      })
    })
    await Promise.all([...writes, ...reads])
    const state = await store.readExports('302321')
    expect(state.exported.map((e) => e.date)).toEqual(dates)
    expect(state.nextVoucherNumber).toBe(31)
    expect(readdirSync(dir)).toEqual(['vouchers-302321.json'])
  })

  it('ignores a temporary file left by a crash', async () => {
    const dir = join(root, 'crash')
    const store = createVoucherStore({ dir, now: () => new Date(NOW) })
    await store.writeSettings('302321', custom, { setNextNumber: true })
    writeFileSync(`${store.fileOf('302321')}.999.crashed.tmp`, '{"version":1,"sett')
    expect(await store.readSettings('302321')).toEqual(custom)
    expect(() => store.fileOf('../302321')).toThrow()
  })
})

describe('a date keeps its voucher number when exported again', () => {
  const path = '/api/vouchers/exports/302321'
  const record = (body: unknown) => json('POST', body)
  const november = Array.from({ length: 27 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`)
  const numbersFrom = (first: number) => november.map((_, i) => first + i)
  const exportOf = (format: string, dateNumbers: number[], extra: Record<string, unknown> = {}) =>
    record({
      format,
      dates: november,
      dateNumbers,
      voucherNumbers: { first: Math.min(...dateNumbers), last: Math.max(...dateNumbers) },
      ...extra,
    })

  it('in every format: the sequence does not move, every export is listed, each date has its number', async () => {
    let clock = NOW
    const { app } = setup({}, { now: () => clock })
    await app.request(
      '/api/vouchers/settings/302321',
      json('PUT', settingNumber({ ...custom, numbering: { ...custom.numbering, nextNumber: 32 } })),
    )
    expect((await app.request(path, exportOf('gbat10', numbersFrom(32)))).status).toBe(200)
    for (const format of ['fiken', 'csv', 'csv']) {
      clock += 60_000
      const again = await app.request(path, {
        ...exportOf(format, numbersFrom(32)),
      })
      expect(again.status, format).toBe(200)
    }
    const state = await (await app.request(path)).json()
    expect(state.nextVoucherNumber).toBe(59)
    expect(state.highestVoucherNumber).toBe(58)
    expect(state.exported.find((e: { date: string }) => e.date === '2026-11-01')).toMatchObject({
      voucherNumber: 32,
      format: 'csv',
    })
    // Newest first, the GBAT10 that was imported among them, with its numbers.
    expect(
      state.exports.map((e: { format: string; numbers: unknown; keptNumbers: number; dates: number }) => [
        e.format,
        e.numbers,
        e.keptNumbers,
        e.dates,
      ]),
    ).toEqual([
      ['csv', { first: 32, last: 58 }, 27, 27],
      ['csv', { first: 32, last: 58 }, 27, 27],
      ['fiken', { first: 32, last: 58 }, 27, 27],
      ['gbat10', { first: 32, last: 58 }, 0, 27],
    ])
    expect(state.exports[3].runs).toEqual([{ from: '2026-11-01', to: '2026-11-27' }])
  })

  it('refuses new numbers for dates exported before unless asked for, and then moves the sequence on', async () => {
    const { app } = setup()
    await app.request(path, exportOf('gbat10', numbersFrom(1)))
    const silent = await app.request(path, exportOf('fiken', numbersFrom(28)))
    expect(silent.status).toBe(409)
    expect((await problemOf(silent)).detail).toMatch(/2026-11-01 was exported with voucher number 1, not 28/)
    const unchanged = await (await app.request(path)).json()
    expect(unchanged.exports).toHaveLength(1)
    expect(unchanged.nextVoucherNumber).toBe(28)
    const renumbered = await app.request(path, exportOf('gbat10', numbersFrom(28), { renumber: true }))
    expect(renumbered.status).toBe(200)
    const state = await renumbered.json()
    expect(state.nextVoucherNumber).toBe(55)
    expect(state.exported[0].voucherNumber).toBe(28)
    expect(state.exports[0]).toMatchObject({ renumbered: true, numbers: { first: 28, last: 54 } })
  })

  it('a date exported while open gets a new number once final; a stored file from before numbers were kept still reads', async () => {
    const { app, dir } = setup()
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'vouchers-302321.json'),
      JSON.stringify({
        version: 1,
        settings: null,
        exported: [
          { date: '2026-11-20', format: 'gbat10', at: '2026-11-21T08:00:00.000Z', provisional: false },
          { date: '2026-11-21', format: 'gbat10', at: '2026-11-21T08:00:00.000Z', provisional: true },
        ],
        nextVoucherNumber: 3,
        highestVoucherNumber: 2,
      }),
    )
    const old = await (await app.request(path)).json()
    expect(old.exports).toEqual([
      {
        at: '2026-11-21T08:00:00.000Z',
        format: 'gbat10',
        runs: [{ from: '2026-11-20', to: '2026-11-21' }],
        dates: 2,
        provisionalDates: 1,
        numbers: null,
        keptNumbers: 0,
        renumbered: false,
      },
    ])
    const final = await app.request(
      path,
      record({
        format: 'gbat10',
        dates: ['2026-11-21'],
        dateNumbers: [3],
        voucherNumbers: { first: 3, last: 3 },
      }),
    )
    expect(final.status).toBe(200)
    expect((await final.json()).exports).toHaveLength(2)
  })

  it('the oldest exports fall out when the file would outgrow its limit; the dates and their numbers never do', async () => {
    const { app, dir } = setup({}, { now: () => NOW })
    // Every other date of 2026 (no runs to merge), exported again and again.
    const dates = Array.from({ length: 160 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + 2 * i)).toISOString().slice(0, 10),
    )
    const numbers = dates.map((_, i) => 10_000_000 + i)
    const first = record({
      format: 'gbat10',
      dates,
      dateNumbers: numbers,
      voucherNumbers: { first: 10_000_000, last: 10_000_159 },
    })
    expect((await app.request(path, first)).status).toBe(200)
    for (let i = 0; i < 200; i++) {
      const again = await app.request(path, record({ format: 'csv', dates, dateNumbers: numbers }))
      expect(again.status).toBe(200)
    }
    expect(statSync(join(dir, 'vouchers-302321.json')).size).toBeLessThanOrEqual(MAX_STORED_FILE_BYTES)
    const state = await (await app.request(path)).json()
    expect(state.exports.length).toBeLessThan(201)
    expect(state.exports.length).toBeGreaterThan(50)
    expect(state.exports.at(-1).format).toBe('csv')
    expect(state.exported).toHaveLength(160)
    expect(state.exported.map((e: { voucherNumber: number }) => e.voucherNumber)).toEqual(numbers)
  })
})
