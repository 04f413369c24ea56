// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { chooseLanguage, norwegian } from '../../../shared/i18n/language'
import { reportTypeText, SALE_REASONS, STATUS_TEXTS } from './reason-texts'

describe('reason texts in two languages', () => {
  afterEach(() => chooseLanguage('nb'))

  it('follow the page in the views, and stay Norwegian for the export', async () => {
    await chooseLanguage('en')
    expect(STATUS_TEXTS.settled).toBe('settled')
    expect(SALE_REASONS.cash.text).toBe('Cash sale – does not go through Vipps MobilePay')
    expect(reportTypeText('fees-retained', 'fees-retained')).toBe('Fees withheld')
    // What reconciliation-csv.ts writes, whatever the page's language.
    expect(norwegian(STATUS_TEXTS).settled).toBe('avregnet')
    expect(norwegian(SALE_REASONS).cash.text).toBe('Kontantsalg – går ikke gjennom Vipps MobilePay')
    expect(reportTypeText('fees-retained', 'fees-retained', true)).toBe('Gebyrer trukket')
    expect(reportTypeText('unknown', 'platform-fee', true)).toBe('Ukjent: «platform-fee»')
  })

  it('are Norwegian by default', () => {
    expect(STATUS_TEXTS.settled).toBe('avregnet')
    expect(reportTypeText('unknown', 'platform-fee')).toBe('Ukjent: «platform-fee»')
  })
})
