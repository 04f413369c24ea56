import { randomUUID } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { checkLedgerId } from '../api/params'
import {
  type ExportedDate,
  ExportedDateSchema,
  type ExportRecordRequest,
  type ExportsState,
  type VoucherSettings,
  VoucherSettingsSchema,
} from '../api/voucher-settings'

/**
 * Voucher settings and the "exported dates" memory, one small JSON file per ledger in a data
 * folder (DATA_DIR, default `.data/`). A file is replaced atomically: written in full to a temporary
 * file beside it, flushed to disk, then renamed over the old one, so a reader or a crash sees the
 * old file or the new one, never half of one. Writes to one ledger are queued, so two requests
 * cannot lose each other's update. A file that cannot be read is never overwritten.
 */

const STORE_VERSION = 1

const StoredLedgerSchema = v.strictObject({
  version: v.literal(STORE_VERSION),
  settings: v.nullable(VoucherSettingsSchema),
  exported: v.array(ExportedDateSchema),
  /** One past the last voucher number exported in sequence; null before the first such export. */
  nextVoucherNumber: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
})

type StoredLedger = v.InferOutput<typeof StoredLedgerSchema>

const EMPTY: StoredLedger = { version: STORE_VERSION, settings: null, exported: [], nextVoucherNumber: null }

export class StoredFileUnreadableError extends Error {
  override name = 'StoredFileUnreadableError'
}

export interface VoucherStore {
  /** The ledger's settings, or null when none were saved (the defaults apply). */
  readSettings(ledgerId: string): Promise<VoucherSettings | null>
  writeSettings(ledgerId: string, settings: VoucherSettings): Promise<void>
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
      return v.parse(StoredLedgerSchema, JSON.parse(text))
    } catch {
      throw new StoredFileUnreadableError(`${file} cannot be read as voucher settings; it was left untouched`)
    }
  }

  async function writeAtomically(file: string, data: StoredLedger) {
    await mkdir(dir, { recursive: true })
    const temp = `${file}.${process.pid}.${randomUUID()}.tmp`
    try {
      const handle = await open(temp, 'wx', 0o600)
      try {
        await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`, 'utf8')
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
    const configured = stored.settings?.numbering.nextNumber ?? 1
    return {
      exported: [...stored.exported].sort((a, b) => a.date.localeCompare(b.date)),
      nextVoucherNumber: Math.max(configured, stored.nextVoucherNumber ?? 1),
    }
  }

  const store: VoucherStore = {
    fileOf,
    readSettings: async (ledgerId) => (await read(ledgerId)).settings,
    writeSettings: (ledgerId, settings) =>
      queued(ledgerId, async () => {
        const stored = await read(ledgerId)
        await writeAtomically(fileOf(ledgerId), { ...stored, settings })
      }),
    readExports: async (ledgerId) => stateOf(await read(ledgerId)),
    recordExport: (ledgerId, request) =>
      queued(ledgerId, async () => {
        const stored = await read(ledgerId)
        const at = now().toISOString()
        const provisional = new Set(request.provisionalDates)
        const byDate = new Map<string, ExportedDate>(stored.exported.map((e) => [e.date, e]))
        for (const date of request.dates)
          byDate.set(date, { date, format: request.format, at, provisional: provisional.has(date) })
        const last = request.voucherNumbers?.last
        const next: StoredLedger = {
          ...stored,
          exported: [...byDate.values()],
          nextVoucherNumber:
            last === undefined ? stored.nextVoucherNumber : Math.max(stored.nextVoucherNumber ?? 1, last + 1),
        }
        await writeAtomically(fileOf(ledgerId), next)
        return stateOf(next)
      }),
  }
  return store
}
