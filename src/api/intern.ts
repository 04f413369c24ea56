/**
 * One copy of each value that many rows share. A café sells the same lines all day, so a month of
 * rows holds a few thousand distinct lines, baskets and money splits, not one per event: each row
 * points at the shared copy (frozen, so no row can change another's).
 *
 * A pool forgets everything once it holds `limit` values, so a long session that keeps meeting new
 * values cannot grow it without end; rows keep what they were given, and later rows share anew.
 */
export class InternPool<T> {
  private readonly values = new Map<string, T>()

  constructor(private readonly limit: number) {}

  /** The pooled value for `key`, made (and pooled) by `make` the first time. */
  get(key: string, make: () => T): T {
    let value = this.values.get(key)
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear()
      value = make()
      this.values.set(key, value)
    }
    return value
  }

  get size(): number {
    return this.values.size
  }
}

const texts = new InternPool<string>(20_000)

/** One copy of a short text many rows repeat (an entry type, a currency, a category). */
export function internText<T extends string | null>(text: T): T {
  if (text === null || text.length > 64) return text
  return texts.get(text, () => text) as T
}

/** The empty list every row without issues, lines or rates shares (frozen: typed mutable only to fit the row's fields). */
export const NONE = Object.freeze([]) as never[]
