import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { todayInOslo } from '../api/oslo-time'
import { checkLedgerId } from '../api/params'
import {
  DEFAULT_VOUCHER_SETTINGS,
  dateRuns,
  type ExportEvent,
  ExportEventSchema,
  type ExportedDate,
  ExportedDateSchema,
  type ExportRecordRequest,
  type ExportsState,
  exportDateRange,
  MAX_VOUCHER_NUMBER,
  type SavedSettingsAnswer,
  type VoucherSettings,
  VoucherSettingsSchema,
} from '../api/voucher-settings'

/**
 * Voucher settings and the "exported dates" memory, one small JSON file per ledger in a data
 * folder (DATA_DIR, default `.data/`). A file is replaced atomically: written in full to a temporary
 * file beside it, flushed to disk, then renamed over the old one, so a reader or a crash sees the
 * old file or the new one, never half of one. Writes to one ledger are queued, so two requests
 * cannot lose each other's update. A file that cannot be read is never overwritten.
 *
 * Bounded: only dates of exportDateRange are kept (older ones fall out on the next write, oldest
 * first), one line each, so the dates of a ledger take under about 450 kB after ten years of daily
 * exports. Every export is kept too, one line each (when, format, dates as runs, numbers), until
 * all its dates have fallen out; should the file outgrow MAX_STORED_FILE_BYTES (only after years of
 * exporting the same dates again and again), the oldest exports fall out first: the dates, with
 * the number each was booked with, are never dropped for them.
 *
 * A date keeps its voucher number: exported again (in any format), it has the number it was
 * exported with, so a file downloaded again matches what was booked. Only a request with `renumber`
 * (the user's explicit choice) gives it a new one; a request that would silently renumber a date
 * (from a tab that had not seen the export) is refused (ExportNumberConflictError).
 *
 * Voucher numbers in sequence, as an accountant expects them: the next number follows the last
 * one exported, unless the user sets one. Exactly:
 * - an export numbered first…last moves the next number to last + 1, but never back: an export
 *   from an older tab, numbered lower, leaves it where it is;
 * - saving settings with `setNextNumber` is the user setting the number, and it wins, also below
 *   numbers already exported and also when it equals the number saved before (starting a new
 *   series, or after deleting vouchers in the accounting system). It is never silent: the answer
 *   names the numbers that will be used again (reusesNumbers), and the exports state always has the
 *   highest number ever exported. A save without the flag does not touch the numbering (its
 *   `nextNumber` is not stored), so a settings form showing an old number cannot pull the series back;
 * - numbers stay within 1…MAX_VOUCHER_NUMBER: after an export that used the last one there is no
 *   next number (null) until the user sets one.
 */

const STORE_VERSION = 1
export const MAX_STORED_FILE_BYTES = 1024 * 1024
const USED_UP = MAX_VOUCHER_NUMBER + 1

const StoredLedgerSchema = v.strictObject({
  version: v.literal(STORE_VERSION),
  settings: v.nullable(VoucherSettingsSchema),
  exported: v.array(ExportedDateSchema),
  /** Every export, oldest first; missing in files written before exports were kept (read from `exported`). */
  exports: v.optional(v.array(ExportEventSchema)),
  /**
   * The next voucher number in sequence, as last decided by an export (one past its last number)
   * or by the user; USED_UP after the last number was exported; null while neither happened
   * (the settings' nextNumber applies).
   */
  nextVoucherNumber: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(USED_UP))),
  /** The highest number exported in sequence; missing in files written before it was kept. */
  highestVoucherNumber: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_VOUCHER_NUMBER))),
  ),
})

type StoredLedger = v.InferOutput<typeof StoredLedgerSchema> & { exports: ExportEvent[] }

const EMPTY: StoredLedger = {
  version: STORE_VERSION,
  settings: null,
  exported: [],
  exports: [],
  nextVoucherNumber: null,
  highestVoucherNumber: null,
}

/**
 * A file written before highestVoucherNumber was kept meant "the larger of the settings' number
 * and one past the last export": read it so.
 */
function upgraded(read: v.InferOutput<typeof StoredLedgerSchema>): StoredLedger {
  const stored = { ...read, exports: read.exports ?? exportsOf(read.exported) }
  if (stored.highestVoucherNumber !== undefined || stored.nextVoucherNumber === null) return stored
  const configured = stored.settings?.numbering.nextNumber ?? 1
  return {
    ...stored,
    nextVoucherNumber: Math.max(stored.nextVoucherNumber, configured),
    highestVoucherNumber: stored.nextVoucherNumber > 1 ? stored.nextVoucherNumber - 1 : null,
  }
}

/** The exports a file written before they were kept still tells: its dates grouped by time and format. */
function exportsOf(exported: readonly ExportedDate[]): ExportEvent[] {
  const groups = new Map<string, ExportedDate[]>()
  for (const e of exported)
    groups.set(`${e.at}|${e.format}`, [...(groups.get(`${e.at}|${e.format}`) ?? []), e])
  return [...groups.values()]
    .map((dates) => eventOf(dates, dates[0]?.at ?? '', dates[0]?.format ?? 'csv', 0, false))
    .sort((a, b) => a.at.localeCompare(b.at))
}

function eventOf(
  dates: readonly ExportedDate[],
  at: string,
  format: ExportEvent['format'],
  keptNumbers: number,
  renumbered: boolean,
): ExportEvent {
  const numbers = dates.map((d) => d.voucherNumber).filter((n): n is number => n !== null)
  return {
    at,
    format,
    runs: dateRuns(dates.map((d) => d.date)),
    dates: dates.length,
    provisionalDates: dates.filter((d) => d.provisional).length,
    numbers: numbers.length > 0 ? { first: Math.min(...numbers), last: Math.max(...numbers) } : null,
    keptNumbers,
    renumbered,
  }
}

const nextNumberOf = (stored: StoredLedger) =>
  stored.nextVoucherNumber ??
  stored.settings?.numbering.nextNumber ??
  DEFAULT_VOUCHER_SETTINGS.numbering.nextNumber

const listOf = (items: readonly unknown[]) =>
  items.length === 0 ? '[]' : `[\n${items.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]`

/** The file's text: the settings indented, each remembered date and each export on a line of its own. */
function serialise(data: StoredLedger): string {
  const { exported, exports, ...rest } = data
  // A date without a number is written without the key (it reads back as null): a shorter line.
  const dates = exported.map(({ voucherNumber, ...e }) =>
    voucherNumber === null ? e : { ...e, voucherNumber },
  )
  return `${JSON.stringify({ ...rest, exported: 0, exports: 1 }, null, 2).replace(
    /"exported": 0,\n {2}"exports": 1(?=\n}$)/,
    `"exported": ${listOf(dates)},\n  "exports": ${listOf(exports)}`,
  )}\n`
}

/** The text of the file, dropping the oldest exports (never a date) while it is over the limit. */
function serialiseWithin(data: StoredLedger): string {
  let exports = data.exports
  let text = serialise(data)
  while (Buffer.byteLength(text) > MAX_STORED_FILE_BYTES && exports.length > 0) {
    exports = exports.slice(Math.max(1, Math.floor(exports.length / 20)))
    text = serialise({ ...data, exports })
  }
  return text
}

export class StoredFileUnreadableError extends Error {
  override name = 'StoredFileUnreadableError'
}

export class StoredFileTooLargeError extends Error {
  override name = 'StoredFileTooLargeError'
}

/** An export would give dates exported before new numbers without the user asking for it. */
export class ExportNumberConflictError extends Error {
  override name = 'ExportNumberConflictError'
}

export interface VoucherStore {
  /** The ledger's settings, or null when none were saved (the defaults apply). */
  readSettings(ledgerId: string): Promise<VoucherSettings | null>
  /** `setNextNumber`: the save sets the next voucher number to the settings' `nextNumber`. */
  writeSettings(
    ledgerId: string,
    settings: VoucherSettings,
    options?: { setNextNumber?: boolean },
  ): Promise<SavedSettingsAnswer>
  readExports(ledgerId: string): Promise<ExportsState>
  recordExport(ledgerId: string, request: ExportRecordRequest): Promise<ExportsState>
  /** The file a ledger is stored in (for tests and error messages). */
  fileOf(ledgerId: string): string
}

export function createVoucherStore({ dir, now = () => new Date() }: { dir: string; now?: () => Date }) {
  const queues = new Map<string, Promise<unknown>>()

  function fileOf(ledgerId: string): string {
    // The route checks too; the store never builds a path from an unchecked id.
    const problem = checkLedgerId(ledgerId)
    if (problem) throw new Error(problem)
    return join(dir, `vouchers-${ledgerId}.json`)
  }

  async function read(ledgerId: string): Promise<StoredLedger> {
    const file = fileOf(ledgerId)
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY
      throw error
    }
    try {
      return upgraded(v.parse(StoredLedgerSchema, JSON.parse(text)))
    } catch {
      throw new StoredFileUnreadableError(`${file} cannot be read as voucher settings; it was left untouched`)
    }
  }

  async function writeAtomically(file: string, data: StoredLedger) {
    const text = serialiseWithin(data)
    if (Buffer.byteLength(text) > MAX_STORED_FILE_BYTES)
      throw new StoredFileTooLargeError(`${file} would grow beyond ${MAX_STORED_FILE_BYTES} bytes`)
    await mkdir(dir, { recursive: true })
    const temp = `${file}.${process.pid}.${randomUUID()}.tmp`
    try {
      const handle = await open(temp, 'wx', 0o600)
      try {
        await handle.writeFile(text, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temp, file)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
  }

  /** Runs read-modify-write steps of one ledger one after another. */
  function queued<T>(ledgerId: string, step: () => Promise<T>): Promise<T> {
    const previous = queues.get(ledgerId) ?? Promise.resolve()
    const next = previous.then(step, step)
    const settled = next.then(
      () => undefined,
      () => undefined,
    )
    queues.set(ledgerId, settled)
    void settled.then(() => {
      if (queues.get(ledgerId) === settled) queues.delete(ledgerId)
    })
    return next
  }

  function stateOf(stored: StoredLedger): ExportsState {
    const next = nextNumberOf(stored)
    return {
      exported: [...stored.exported].sort((a, b) => a.date.localeCompare(b.date)),
      nextVoucherNumber: next > MAX_VOUCHER_NUMBER ? null : next,
      highestVoucherNumber: stored.highestVoucherNumber ?? null,
      exports: [...stored.exports].reverse(),
    }
  }

  const store: VoucherStore = {
    fileOf,
    readSettings: async (ledgerId) => (await read(ledgerId)).settings,
    writeSettings: (ledgerId, settings, { setNextNumber = false } = {}) =>
      queued(ledgerId, async () => {
        const stored = await read(ledgerId)
        const before = stored.settings?.numbering.nextNumber ?? DEFAULT_VOUCHER_SETTINGS.numbering.nextNumber
        const kept: VoucherSettings = setNextNumber
          ? settings
          : { ...settings, numbering: { ...settings.numbering, nextNumber: before } }
        const next: StoredLedger = {
          ...stored,
          settings: kept,
          nextVoucherNumber: setNextNumber ? settings.numbering.nextNumber : stored.nextVoucherNumber,
        }
        await writeAtomically(fileOf(ledgerId), next)
        const { nextVoucherNumber, highestVoucherNumber } = stateOf(next)
        const reuses =
          setNextNumber &&
          highestVoucherNumber !== null &&
          settings.numbering.nextNumber <= highestVoucherNumber
        return {
          settings: kept,
          saved: true,
          nextVoucherNumber,
          reusesNumbers: reuses ? { from: settings.numbering.nextNumber, to: highestVoucherNumber } : null,
        }
      }),
    readExports: async (ledgerId) => stateOf(await read(ledgerId)),
    recordExport: (ledgerId, request) =>
      queued(ledgerId, async () => {
        const stored = await read(ledgerId)
        const at = now().toISOString()
        const oldest = exportDateRange(todayInOslo(now().getTime())).from
        const provisional = new Set(request.provisionalDates)
        const byDate = new Map<string, ExportedDate>(
          stored.exported.filter((e) => e.date >= oldest).map((e) => [e.date, e]),
        )
        const written: ExportedDate[] = []
        let keptNumbers = 0
        request.dates.forEach((date, i) => {
          const voucherNumber = request.dateNumbers?.[i] ?? null
          const before = byDate.get(date)
          const booked = before && !before.provisional ? before.voucherNumber : null
          if (booked !== null && voucherNumber !== null) {
            if (voucherNumber === booked) keptNumbers++
            else if (!request.renumber)
              throw new ExportNumberConflictError(
                `${date} was exported with voucher number ${booked}, not ${voucherNumber}`,
              )
          }
          const entry = {
            date,
            format: request.format,
            at,
            provisional: provisional.has(date),
            voucherNumber,
          }
          byDate.set(date, entry)
          written.push(entry)
        })
        const numbers = request.voucherNumbers
        const event = eventOf(written, at, request.format, keptNumbers, request.renumber)
        const next: StoredLedger = {
          ...stored,
          exported: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
          exports: [...stored.exports.filter((e) => (e.runs.at(-1)?.to ?? '') >= oldest), event],
          nextVoucherNumber: numbers
            ? Math.max(nextNumberOf(stored), numbers.last + 1)
            : stored.nextVoucherNumber,
          highestVoucherNumber: numbers
            ? Math.max(stored.highestVoucherNumber ?? 0, numbers.last)
            : (stored.highestVoucherNumber ?? null),
        }
        await writeAtomically(fileOf(ledgerId), next)
        return stateOf(next)
      }),
  }
  return store
}
