import { describe, expect, it } from 'vitest'
import { axisScale } from './Charts'

const KR = 100
const labels = (values: number[]) => {
  const scale = axisScale(values)
  return { unit: scale.unit, labels: scale.ticks.map(scale.format).map((t) => t.replace(/\s/g, ' ')) }
}

describe('money axis labels', () => {
  it('1,65 and 1,95 million kroner: round half-million ticks, each label its exact value', () => {
    expect(labels([1_650_000 * KR, 1_950_000 * KR])).toEqual({
      unit: 'tusen kr',
      labels: ['0', '500', '1 000', '1 500', '2 000'],
    })
  })

  it('millions with the decimals a tick needs', () => {
    expect(labels([16_500_000 * KR, 19_500_000 * KR])).toEqual({
      unit: 'mill. kr',
      labels: ['0', '5', '10', '15', '20'],
    })
    expect(labels([-2_000_000 * KR, 9_000_000 * KR]).labels).toEqual(['−5', '0', '5', '10'])
    expect(labels([9_900_000 * KR, 10_300_000 * KR])).toEqual({
      unit: 'mill. kr',
      labels: ['0', '5', '10', '15'],
    })
    expect(labels([1_200 * KR, 12_000 * KR])).toEqual({
      unit: 'tusen kr',
      labels: ['0', '5', '10', '15'],
    })
    expect(labels([1_200 * KR, 4_400 * KR])).toEqual({ unit: 'kr', labels: ['0', '2 000', '4 000', '6 000'] })
  })
})
