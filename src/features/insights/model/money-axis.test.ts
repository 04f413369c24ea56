import { describe, expect, it } from 'vitest'
import { decimalsFor, moneyTicks, niceStep } from './money-axis'

const MILLION_KR = 100_000_000 // øre
const THOUSAND_KR = 100_000

describe('money axis ticks', () => {
  it('step at 1, 2 or 5 × 10ⁿ kroner', () => {
    expect(niceStep(48_750_000)).toBe(50_000_000) // 487 500 kr → 500 000 kr
    expect(niceStep(13_750_000)).toBe(20_000_000)
    expect(niceStep(10_000_000)).toBe(10_000_000)
    expect(niceStep(10_000_001)).toBe(20_000_000)
    expect(niceStep(2_600)).toBe(5_000)
    expect(niceStep(0)).toBe(100)
    expect(niceStep(37)).toBe(100)
  })

  it('1,65 and 1,95 million get ticks at every half million, never at 550 000', () => {
    const ticks = moneyTicks([1.65 * MILLION_KR, 1.95 * MILLION_KR])
    expect(ticks).toEqual([0, 0.5, 1, 1.5, 2].map((m) => m * MILLION_KR))
  })

  it('cover refunds below zero, with zero a tick', () => {
    expect(moneyTicks([830_000, -120_000])).toEqual([-500_000, 0, 500_000, 1_000_000])
    expect(moneyTicks([830_000, -20_000])).toEqual([-500_000, 0, 500_000, 1_000_000])
    expect(moneyTicks([-120_000])).toEqual([-150_000, -100_000, -50_000, 0])
  })

  it('an empty or all-zero chart still has an axis of 1 kr', () => {
    expect(moneyTicks([])).toEqual([0, 100])
    expect(moneyTicks([0, 0])).toEqual([0, 100])
  })

  it('labels carry the decimals that show each tick exactly', () => {
    expect(
      decimalsFor(
        [0, 0.5, 1, 1.5, 2].map((m) => m * MILLION_KR),
        MILLION_KR,
      ),
    ).toBe(1)
    expect(
      decimalsFor(
        [0, 0.25, 0.5].map((m) => m * MILLION_KR),
        MILLION_KR,
      ),
    ).toBe(2)
    expect(decimalsFor([0, 500 * THOUSAND_KR, 1000 * THOUSAND_KR], THOUSAND_KR)).toBe(0)
    expect(decimalsFor([-200_000, 0, 200_000], THOUSAND_KR)).toBe(0)
    expect(decimalsFor([0, 2_500], 100)).toBe(0)
    expect(decimalsFor([0, 50], 100)).toBe(1)
    expect(decimalsFor([0, 5], 100)).toBe(2)
  })
})
