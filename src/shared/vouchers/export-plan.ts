import type { ExportedDate } from '../../api/voucher-settings'

/** What the export dialog offers, from the loaded dates and what the server remembers as exported. */
export interface ExportPlan {
  /** Closed dates never exported: offered first, oldest first. */
  newDates: string[]
  /** Open dates not exported: only on request, and then marked provisional. */
  openDates: string[]
  /** Dates exported while still open that have closed since: worth exporting again (and reversing the first). */
  closedSinceExport: string[]
  /** Open dates that were already exported while open. */
  exportedOpen: string[]
}

export function planExport(
  available: readonly { date: string; provisional: boolean }[],
  exported: readonly ExportedDate[],
): ExportPlan {
  const byDate = new Map(exported.map((e) => [e.date, e]))
  const plan: ExportPlan = { newDates: [], openDates: [], closedSinceExport: [], exportedOpen: [] }
  for (const { date, provisional } of [...available].sort((a, b) => a.date.localeCompare(b.date))) {
    const previous = byDate.get(date)
    if (!previous) (provisional ? plan.openDates : plan.newDates).push(date)
    else if (previous.provisional && !provisional) plan.closedSinceExport.push(date)
    else if (previous.provisional && provisional) plan.exportedOpen.push(date)
  }
  return plan
}
