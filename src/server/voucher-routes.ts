import { type Context, Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import * as v from 'valibot'
import { todayInOslo } from '../api/oslo-time'
import { checkLedgerId } from '../api/params'
import {
  checkExportDates,
  DEFAULT_VOUCHER_SETTINGS,
  ExportRecordRequestSchema,
  SaveSettingsRequestSchema,
} from '../api/voucher-settings'
import type { KnownLedgers } from './known-ledgers'
import { replyWithProblem } from './reply-with-problem'
import {
  ExportNumberConflictError,
  StoredFileTooLargeError,
  StoredFileUnreadableError,
  type VoucherStore,
} from './voucher-store'

/**
 * The only state-changing API: voucher settings and the dates already exported, per ledger.
 *
 *   GET  /api/vouchers/settings/:ledgerId   → { settings, saved } (the defaults until saved)
 *   PUT  /api/vouchers/settings/:ledgerId   ← VoucherSettings & { setNextNumber?: boolean } → SavedSettingsAnswer
 *   GET  /api/vouchers/exports/:ledgerId    → ExportsState
 *   POST /api/vouchers/exports/:ledgerId    ← ExportRecordRequest → ExportsState
 *
 * Mounted before the proxy's read-only rule (app.ts). Every body is JSON, checked by a valibot
 * schema; anything wrong is answered as application/problem+json. Its size is bounded by the
 * app-wide limit (MAX_REQUEST_BODY_BYTES, 16 KiB), which answers 413 before any route is reached;
 * the largest valid settings and export record take well under that (voucher-routes.test.ts).
 */

type VoucherEnv = { Variables: { ledgerId: string } }

const checkLedger = createMiddleware<VoucherEnv>(async (c, next) => {
  const ledgerId = c.req.param('ledgerId') ?? ''
  const problem = checkLedgerId(ledgerId)
  if (problem) return replyWithProblem(c, 400, 'Invalid ledgerId', problem)
  c.set('ledgerId', ledgerId)
  await next()
})

/**
 * A state-changing request must come from this dashboard's own pages: the browser's Origin must
 * name this host, and the body must be JSON (which a cross-site form cannot send without a CORS
 * preflight this server never grants). Stricter than the app-wide sameOriginOnly (hono/csrf),
 * which checks only the content types a cross-site form can send: here the Origin is required.
 */
const sameOriginJson = createMiddleware<VoucherEnv>(async (c, next) => {
  const origin = c.req.header('origin')
  let originHost: string | null = null
  try {
    originHost = origin ? new URL(origin).host : null
  } catch {
    originHost = null
  }
  if (originHost === null || originHost !== new URL(c.req.url).host)
    return replyWithProblem(
      c,
      403,
      'Cross-origin request refused',
      'Changes are accepted only from the dashboard’s own pages (the Origin header must name this server)',
    )
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
    return replyWithProblem(c, 415, 'Unsupported media type', 'Send the body as application/json')
  await next()
})

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`)
    .join('; ')
}

async function readJson<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<{ ok: true; value: v.InferOutput<S> } | { ok: false; response: Response }> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    return { ok: false, response: replyWithProblem(c, 400, 'Invalid JSON', 'The body is not valid JSON') }
  }
  const result = v.safeParse(schema, body)
  if (!result.success)
    return {
      ok: false,
      response: replyWithProblem(c, 400, 'Invalid voucher data', describeIssues(result.issues)),
    }
  return { ok: true, value: result.output }
}

const NO_STORE = { 'Cache-Control': 'no-store' }

export function createVoucherRoutes(
  store: VoucherStore,
  ledgers: KnownLedgers,
  now: () => number = Date.now,
) {
  const routes = new Hono<VoucherEnv>()

  /** Only ledgers the keys can read are stored (or read): any other id would be a file of its own. */
  const knownLedger = createMiddleware<VoucherEnv>(async (c, next) => {
    if (!(await ledgers.has(c.get('ledgerId'))))
      return replyWithProblem(
        c,
        404,
        'Unknown ledger',
        'These keys cannot read this ledger, so nothing is stored for it',
      )
    await next()
  })

  routes.onError((error, c) => {
    if (error instanceof StoredFileUnreadableError)
      return replyWithProblem(
        c,
        500,
        'Stored voucher settings cannot be read',
        'The file was left untouched; fix or remove it in the data folder (DATA_DIR)',
      )
    if (error instanceof ExportNumberConflictError)
      return replyWithProblem(
        c,
        409,
        'Voucher numbers changed since the page was loaded',
        `${error.message}; nothing was changed: reload the page (or choose new numbers explicitly)`,
      )
    if (error instanceof StoredFileTooLargeError)
      return replyWithProblem(
        c,
        507,
        'The export memory of this ledger is full',
        'Nothing was changed; the data folder (DATA_DIR) keeps at most ten years of dates per ledger',
      )
    throw error
  })

  routes.get('/settings/:ledgerId', checkLedger, knownLedger, async (c) => {
    const settings = await store.readSettings(c.get('ledgerId'))
    return c.json({ settings: settings ?? DEFAULT_VOUCHER_SETTINGS, saved: settings !== null }, 200, NO_STORE)
  })

  routes.put('/settings/:ledgerId', checkLedger, sameOriginJson, knownLedger, async (c) => {
    const body = await readJson(c, SaveSettingsRequestSchema)
    if (!body.ok) return body.response
    const { setNextNumber, ...settings } = body.value
    return c.json(await store.writeSettings(c.get('ledgerId'), settings, { setNextNumber }), 200, NO_STORE)
  })

  routes.get('/exports/:ledgerId', checkLedger, knownLedger, async (c) =>
    c.json(await store.readExports(c.get('ledgerId')), 200, NO_STORE),
  )

  routes.post('/exports/:ledgerId', checkLedger, sameOriginJson, knownLedger, async (c) => {
    const body = await readJson(c, ExportRecordRequestSchema)
    if (!body.ok) return body.response
    const outside = checkExportDates(body.value, todayInOslo(now()))
    if (outside) return replyWithProblem(c, 400, 'Invalid voucher data', outside)
    return c.json(await store.recordExport(c.get('ledgerId'), body.value), 200, NO_STORE)
  })

  routes.all('/:kind{settings|exports}/:ledgerId', (c) =>
    replyWithProblem(c, 405, 'Method not allowed', undefined, {
      Allow: c.req.param('kind') === 'exports' ? 'GET, POST' : 'GET, PUT',
    }),
  )
  routes.all('*', (c) =>
    replyWithProblem(c, 404, 'Unknown API path', 'Voucher paths: settings/:ledgerId, exports/:ledgerId'),
  )

  return routes
}
