import { describe, expect, it } from 'vitest'
import { DEFAULT_KNOBS, knobsFromEnv } from './knobs'

describe('simulator knobs from the environment', () => {
  it('gives the defaults when nothing (or an empty value) is set, and ignores other variables', () => {
    expect(knobsFromEnv({})).toEqual(DEFAULT_KNOBS)
    expect(knobsFromEnv({ SIM_ERROR_RATE: '', PATH: '/usr/bin', SIM_SEED: ' ' })).toEqual(DEFAULT_KNOBS)
  })

  it('reads every knob', () => {
    const knobs = knobsFromEnv({
      SIM_SEED: 'hostile',
      SIM_EVENTS_PER_DAY: '1500',
      SIM_NOW: '2026-11-26T14:00:00Z',
      SIM_REFUND_SIGN: 'negative',
      SIM_ERROR_RATE: '0.1',
      SIM_LOOKUP_MISS: '404',
      SIM_PAGING_FAULT: 'repeat-cursor',
      SIM_UNREADABLE_RATE: '0.01',
      SIM_REPEAT_RATE: '0.02',
      SIM_ODD_EVENT_RATE: '0.03',
      SIM_HOSTILE: '1',
      SIM_TEST_LEDGERS: '1',
      SIM_REPORT_ACCESS: 'forbidden',
      SIM_REPORT_LEGACY_PAYOUTS: '1',
      SIM_TOKEN_MAX_USES: '20',
    })
    expect(knobs).toMatchObject({
      seed: 'hostile',
      eventsPerDay: 1500,
      fixedNow: Date.parse('2026-11-26T14:00:00Z'),
      refundSign: 'negative',
      errorRate: 0.1,
      lookupMiss: '404',
      pagingFault: 'repeat-cursor',
      unreadableRate: 0.01,
      repeatRate: 0.02,
      oddEventRate: 0.03,
      hostile: true,
      testLedgers: true,
      reportAccess: 'forbidden',
      legacyPayouts: true,
      unknownReportTypes: false,
      tokenMaxUses: 20,
    })
  })

  it('names every bad variable at once, with what it must be and what it got', () => {
    const read = () =>
      knobsFromEnv({
        SIM_ERROR_RATE: '2',
        SIM_NOW: 'tomorrow',
        SIM_PAGING_FAULT: 'loop',
        SIM_HOSTILE: 'yes',
        SIM_LATENCY_MS: 'abc',
        SIM_REPORT_ACCESS: 'maybe',
        SIM_TOKEN_MAX_USES: '2.5',
      })
    expect(read).toThrow('SIM_ERROR_RATE must be a number from 0 to 1, got "2"')
    expect(read).toThrow('SIM_NOW must be an ISO timestamp, got "tomorrow"')
    expect(read).toThrow(
      'SIM_PAGING_FAULT must be one of none, repeat-cursor, more-without-cursor, endless-empty-pages, got "loop"',
    )
    expect(read).toThrow('SIM_HOSTILE must be one of 0, 1, got "yes"')
    expect(read).toThrow('SIM_LATENCY_MS must be a number from 0 to 60000, got "abc"')
    expect(read).toThrow('SIM_REPORT_ACCESS must be one of granted, forbidden, not-found, got "maybe"')
    expect(read).toThrow('SIM_TOKEN_MAX_USES must be a whole number from 0 to 1000000, got "2.5"')
  })
})
