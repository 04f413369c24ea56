import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_VOUCHER_SETTINGS, type VoucherSettings } from '../../../api/voucher-settings'
import { createDemoBackend } from '../../../testing/demo-backend'
import {
  basisPointsOf,
  fieldErrorsOf,
  formOf,
  percentText,
  type SettingsForm,
  serverMessageText,
  settingsBodyOf,
} from './settings-form'

/** The real server (demo mode, its own temp data folder), asked as the page asks it. */
const { app, dataDir } = createDemoBackend()
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
async function send(method: 'PUT' | 'POST', path: string, body: unknown) {
  const response = await app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    body: (await response.json()) as {
      detail?: string
      settings?: VoucherSettings
      nextVoucherNumber?: number | null
      reusesNumbers?: { from: number; to: number } | null
    },
  }
}
const put = (body: unknown, ledgerId = '302321') => send('PUT', `/api/vouchers/settings/${ledgerId}`, body)

const edited = (change: (form: SettingsForm) => SettingsForm) => {
  const form = change(formOf(DEFAULT_VOUCHER_SETTINGS, 1))
  return settingsBodyOf(form, DEFAULT_VOUCHER_SETTINGS, '1')
}

describe('VAT rates as typed', () => {
  it('reads percent with a comma or a point and at most two decimals, and writes them back', () => {
    expect(basisPointsOf('25')).toBe(2500)
    expect(basisPointsOf('11,11')).toBe(1111)
    expect(basisPointsOf('12.5')).toBe(1250)
    expect(basisPointsOf(' 15 % ')).toBe(1500)
    expect(basisPointsOf('0')).toBe(0)
    expect(basisPointsOf('12,345')).toBeNull()
    expect(basisPointsOf('femten')).toBeNull()
    expect([2500, 1111, 1250, 1205, 0].map(percentText)).toEqual(['25', '11,11', '12,5', '12,05', '0'])
  })
})

describe('the settings form and the server', () => {
  it('an untouched form saves exactly the settings it was made from', async () => {
    const saved = await put(edited((f) => f))
    expect(saved.status).toBe(200)
    expect(saved.body.settings).toEqual(DEFAULT_VOUCHER_SETTINGS)
  })

  it('sends the next number only when the user changed it, so a save never moves the sequence otherwise', () => {
    const saved: VoucherSettings = {
      ...DEFAULT_VOUCHER_SETTINGS,
      numbering: { ...DEFAULT_VOUCHER_SETTINGS.numbering, nextNumber: 1 },
    }
    // The server's next number is 57 (exports went on since the settings were saved).
    const form = formOf(saved, 57)
    expect(form.nextNumber).toBe('57')
    const untouched = settingsBodyOf({ ...form, accounts: { ...form.accounts, bank: '1921' } }, saved, '57')
    expect(untouched).toMatchObject({ numbering: { nextNumber: 1 }, setNextNumber: false })
    const changed = settingsBodyOf({ ...form, nextNumber: '500' }, saved, '57')
    expect(changed).toMatchObject({ numbering: { nextNumber: 500 }, setNextNumber: true })
    // No next number (all used): the field is empty until the user types one.
    expect(formOf(saved, null).nextNumber).toBe('')
  })

  it('a number typed back to the one saved before is set in one save, and its reuse is named', async () => {
    const ledger = '302322'
    const saved = DEFAULT_VOUCHER_SETTINGS // nextNumber 1
    expect((await put(saved, ledger)).status).toBe(200)
    const exported = await send('POST', `/api/vouchers/exports/${ledger}`, {
      format: 'gbat10',
      dates: ['2026-11-01', '2026-11-02'],
      voucherNumbers: { first: 1, last: 31 },
    })
    expect(exported.body.nextVoucherNumber).toBe(32)
    // The form shows 32; another field edited: the sequence stays.
    const shown = formOf(saved, 32)
    const other = await put(settingsBodyOf({ ...shown, noVatCode: '00' }, saved, '32'), ledger)
    expect(other.body).toMatchObject({ nextVoucherNumber: 32, reusesNumbers: null })
    // Typed back to 1, the number of the saved settings: one save sets it.
    const last = await put(settingsBodyOf({ ...shown, nextNumber: '1' }, saved, '32'), ledger)
    expect(last?.body.nextVoucherNumber).toBe(1)
    expect(last?.body.reusesNumbers).toEqual({ from: 1, to: 31 })
  })

  it('shows each of the server’s refusals at its field, in Norwegian', async () => {
    const body = edited((f) => ({
      ...f,
      rates: f.rates.map((r, i) =>
        i === 0 ? { ...r, salesAccount: '30' } : i === 1 ? { ...r, vatAccount: '' } : r,
      ),
      accounts: { ...f.accounts, bank: 'bank' },
      voucherType: '0',
      nextNumber: 'tolv',
    }))
    // The number was changed, so it goes as typed and the server names the field.
    expect(body.numbering).toMatchObject({ nextNumber: 'tolv' })
    const answer = await put(body)
    expect(answer.status).toBe(400)
    const errors = fieldErrorsOf(answer.body.detail ?? '')
    expect(Object.fromEntries(errors)).toEqual({
      'rates.0.salesAccount': 'Må være et kontonummer på 4 til 6 sifre.',
      'rates.1': 'En sats over 0 % må ha en konto for utgående mva.',
      'accounts.bank': 'Må være et kontonummer på 4 til 6 sifre.',
      'numbering.voucherType': 'Må være minst 1.',
      'numbering.nextNumber': 'Må være et helt tall.',
    })
  })

  it('a rate typed twice, or none at all, is refused for the whole table', async () => {
    const twice = await put(edited((f) => ({ ...f, rates: [f.rates[0]!, { ...f.rates[0]!, key: 'x' }] })))
    expect(Object.fromEntries(fieldErrorsOf(twice.body.detail ?? ''))).toEqual({
      rates: 'Hver mva-sats kan bare stå én gang.',
    })
    const none = await put(edited((f) => ({ ...f, rates: [] })))
    expect(Object.fromEntries(fieldErrorsOf(none.body.detail ?? ''))).toEqual({
      rates: 'Det må være minst én mva-sats.',
    })
  })

  it('keeps a message it does not know as the server wrote it, and reads a message holding "; "', () => {
    expect(serverMessageText('something new')).toBe('Serveren godtok ikke verdien.')
    expect(serverMessageText('Invalid length: Expected <=20 but received 21')).toBe(
      'Serveren godtok ikke verdien.',
    )
    expect(serverMessageText('Invalid key: Expected never but received "extra"')).toBe(
      'Serveren kjenner ikke dette feltet.',
    )
    expect(serverMessageText('must be true or false')).toBe('Må være ja eller nei.')
    expect(
      Object.fromEntries(
        fieldErrorsOf('noVatCode: Invalid type: Expected string but received "a; b"; accounts.cash: x'),
      ),
    ).toEqual({ noVatCode: 'Må fylles ut.', 'accounts.cash': 'Serveren godtok ikke verdien.' })
  })
})
