/** Page side of bench/row-heap.ts: builds the rows of simulator days in the browser, as the app reads them. */
import { MAX_PAGE_SIZE } from '../../src/api/endpoints'
import { datesBetween } from '../../src/api/oslo-time'
import { Simulator } from '../../src/mocks/simulator'
import { readPage } from '../../src/shared/period/page-reading'
import { rowsOfReadPages } from '../../src/shared/period/page-rows'

const w = window as unknown as Record<string, unknown>
w.buildRows = (from: string, to: string) => {
  const sim = new Simulator({
    fixedNow: Date.parse('2026-11-26T12:00:00Z'),
    seed: 'bench',
    eventsPerDay: 2810,
  })
  const merchant = sim.store.merchant('302321')
  if (!merchant) throw new Error('no merchant')
  const dates = datesBetween(from, to)
  const wire = dates.map((date) => {
    const events = sim.store.visibleEventsOf(merchant, date)
    const pages: string[] = []
    for (let i = 0; i < events.length; i += MAX_PAGE_SIZE)
      pages.push(JSON.stringify({ items: events.slice(i, i + MAX_PAGE_SIZE), cursor: 'c', hasMore: true }))
    return pages
  })
  w.pages = wire.map((pages) => pages.map((t) => JSON.parse(t)))
  const started = performance.now()
  // As the app keeps them: each date's read pages (the query's data) and the period's rows.
  w.read = (w.pages as never[][]).map((pages, i) => pages.map((page) => readPage(page, dates[i] as string)))
  w.rows = (w.read as ReturnType<typeof readPage>[][]).flatMap((pages) => rowsOfReadPages(pages).rows)
  w.readMs = performance.now() - started
  return (w.rows as unknown[]).length
}
