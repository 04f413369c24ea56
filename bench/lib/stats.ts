export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export const median = (values: number[]) => percentile(values, 50)

/** Runs a measurement `warmups` times unrecorded, then `runs` times, and returns the recorded values. */
export async function repeat(
  runs: number,
  warmups: number,
  measure: () => Promise<number>,
): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await measure()
  const values: number[] = []
  for (let i = 0; i < runs; i++) values.push(await measure())
  return values
}
