import { addDays } from '../../../api/oslo-time'
import type { ExportedDate, ExportFormat } from '../../../api/voucher-settings'

/** One export as the server remembers it: the dates it holds now (a date exported again counts with its latest export). */
export interface ExportEvent {
  /** ISO time. */
  at: string
  format: ExportFormat
  dates: string[]
  provisionalDates: string[]
}

/** The remembered exports, newest first. */
export function exportHistory(exported: readonly ExportedDate[]): ExportEvent[] {
  const events = new Map<string, ExportEvent>()
  for (const e of exported) {
    const key = `${e.at}|${e.format}`
    let event = events.get(key)
    if (!event) {
      event = { at: e.at, format: e.format, dates: [], provisionalDates: [] }
      events.set(key, event)
    }
    event.dates.push(e.date)
    if (e.provisional) event.provisionalDates.push(e.date)
  }
  for (const event of events.values()) {
    event.dates.sort()
    event.provisionalDates.sort()
  }
  return [...events.values()].sort((a, b) => b.at.localeCompare(a.at) || a.format.localeCompare(b.format))
}

/** Sorted dates as runs of consecutive days. */
export function dateRuns(dates: readonly string[]): { from: string; to: string }[] {
  const runs: { from: string; to: string }[] = []
  for (const date of [...dates].sort()) {
    const last = runs.at(-1)
    if (last && addDays(last.to, 1) === date) last.to = date
    else runs.push({ from: date, to: date })
  }
  return runs
}
