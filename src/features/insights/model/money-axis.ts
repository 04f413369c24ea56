/**
 * Money axes: ticks at round steps (1, 2 or 5 × 10ⁿ kroner) that cover every value and zero, and
 * the decimals a label needs to show its tick exactly (0,5 mill., never "1,7 mill." for 1,65).
 * All in øre: integers, so a tick is exactly a multiple of its step.
 */

const ONE_KRONE = 100

/** The smallest round step (1, 2 or 5 × 10ⁿ øre, at least 1 kr) not under `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > ONE_KRONE)) return ONE_KRONE
  const power = 10 ** Math.floor(Math.log10(rough))
  for (const multiple of [1, 2, 5, 10]) if (multiple * power >= rough) return multiple * power
  return 10 * power
}

/** Ticks (øre) from at or below the smallest value to at or above the largest, zero among them. */
export function moneyTicks(values: readonly number[], intervals = 4): number[] {
  const low = Math.min(0, ...values)
  const high = Math.max(0, ...values)
  const step = niceStep((high - low) / intervals)
  const first = Math.floor(low / step) * step
  const last = Math.max(Math.ceil(high / step) * step, first + step)
  const ticks: number[] = []
  for (let tick = first; tick <= last; tick += step) ticks.push(tick)
  return ticks
}

/** Decimals that show every tick exactly in a unit of `unitMinor` øre (100: kroner; 100 000: thousands). */
export function decimalsFor(ticks: readonly number[], unitMinor: number): number {
  let decimals = 0
  for (const tick of ticks) {
    let d = 0
    while (d < 6 && (Math.abs(tick) * 10 ** d) % unitMinor !== 0) d++
    decimals = Math.max(decimals, d)
  }
  return decimals
}
