/** One benchmark figure, as printed and written to bench/results/latest.json. */
export interface Figure {
  name: string
  value: number
  unit: string
  target: string
  pass: boolean
  detail?: string
}

/** A figure at three months against the same figure at one month: within 2× passes. */
export function againstOneMonth(name: string, threeMonths: number, oneMonth: number, detail: string): Figure {
  const value = threeMonths / oneMonth
  return {
    name: `three months: ${name} ÷ one month`,
    value,
    unit: 'ratio',
    target: '≤ 2',
    pass: value <= 2,
    detail,
  }
}
