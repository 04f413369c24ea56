import { formatOsloDateTime } from '../../../api/oslo-time'

/** "20.11.2026" for a ledger date. */
export const dateText = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`

/** "01.10.2026–31.10.2026", or one date. */
export const dateSpan = (from: string, to: string) =>
  from === to ? dateText(from) : `${dateText(from)}–${dateText(to)}`

/** "28.11.2026, 14:03:07" in Oslo time, for an ISO time. */
export const momentText = (iso: string) => formatOsloDateTime(Date.parse(iso))
