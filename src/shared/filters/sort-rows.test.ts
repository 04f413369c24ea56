import { describe, expect, it } from 'vitest'
import { toSaleRows } from '../../api/sale-row'
import { randomEvents, seededRandom } from '../../testing/random-events'
import { SORTABLE_COLUMNS, sortRows, textSortKey } from './sort-rows'

/** The plain definition: a stable sort by the column's value, missing values last, ties in API order. */
function reference(
  rows: ReturnType<typeof toSaleRows>,
  column: (typeof SORTABLE_COLUMNS)[number],
  desc: boolean,
) {
  const value = (row: (typeof rows)[number]): string | number | null => {
    const v = {
      time: row.timeMs,
      reference: row.reference,
      pspReference: row.pspReference,
      entryType: row.entryType,
      solution: row.solution,
      paymentType: row.paymentType,
      category: row.salesCategory ?? row.categories[0] ?? null,
      gross: row.gross,
      net: row.net,
      vat: row.vat,
      lines: row.lines.length,
      customer: row.customer?.name ?? row.customer?.email ?? null,
    }[column]
    return typeof v === 'string' ? textSortKey(v) : v
  }
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1
      const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0
      return (desc ? -order : order) || a.index - b.index
    })
    .map((d) => d.row)
}

describe('sorting by every column', () => {
  it('gives the same order as a plain stable sort, whichever way it takes (copy, reversal, buckets, comparison)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed)
      // Times in order with ties (as a day arrives), or shuffled: both paths.
      const events = randomEvents(seed, 300).map((event, i) => ({
        ...event,
        time: new Date(
          Date.parse('2026-11-20T08:00:00Z') + (seed % 2 ? Math.floor(i / 3) : random.int(0, 99)) * 1000,
        ).toISOString(),
      }))
      const rows = toSaleRows(events)
      for (const column of SORTABLE_COLUMNS)
        for (const desc of [false, true])
          expect(
            sortRows(rows, { column, desc }),
            `seed ${seed}, ${column} ${desc ? 'desc' : 'asc'}`,
          ).toEqual(reference(rows, column, desc))
    }
  })

  it('amounts from a short list (the café’s baskets) take the counting sort, refunds and missing amounts included', () => {
    const random = seededRandom(9)
    const grosses = [null, 5200, 12500, 3000, 12500, 800]
    const events = randomEvents(9, 400).map((event) => {
      const gross = random.pick(grosses)
      return { ...event, amounts: gross === null ? null : { gross, net: null, vat: null } }
    })
    const rows = toSaleRows(events)
    expect(new Set(rows.map((r) => r.gross)).size).toBeLessThan(20)
    for (const desc of [false, true])
      expect(sortRows(rows, { column: 'gross', desc })).toEqual(reference(rows, 'gross', desc))
  })
})
