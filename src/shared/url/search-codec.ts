/**
 * The query-string format of every page, as bookmarks and pasted links have it: plain
 * `key=value` pairs, a list as the same key repeated (`type=refund&type=capture`), `1` for a set
 * flag. Hidden columns are the one exception: a single comma-separated value (`hide=net,vat`).
 * What a value means is the search schema's business (search-schema.ts), not this file's.
 */
const COMMA_LISTS = new Set(['hide'])

/** The raw search: each key's text, or its texts in order when the key repeats. */
export type RawSearch = Record<string, string | string[]>

export function parseSearch(query: string): RawSearch {
  // No prototype: a key called __proto__ in a pasted link stays a plain key.
  const search: RawSearch = Object.create(null)
  for (const [key, value] of new URLSearchParams(query.startsWith('?') ? query.slice(1) : query)) {
    const previous = search[key]
    search[key] =
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  return search
}

/** One value as URL text; null leaves it out (empty, unset, false, not a value). */
function valueText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null
  return value === true ? '1' : null
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) {
    const texts = (Array.isArray(value) ? value : [value]).map(valueText).filter((t) => t !== null)
    if (COMMA_LISTS.has(key)) {
      if (texts.length > 0) params.append(key, texts.join(','))
    } else for (const text of texts) params.append(key, text)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}
