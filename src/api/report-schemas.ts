import * as v from 'valibot'
import { isCalendarDate } from './oslo-time'

/**
 * The Report API's wire format (funds and fees topics), as runtime schemas. Strict where a mistake
 * would corrupt a reconciliation (amounts and balances are whole øre within the safe-integer range,
 * a date page must say whether there is more), tolerant elsewhere: entry types are kept as the
 * strings they are (report-entry.ts decides what they mean), and the optional texts may be missing.
 */

const minorUnits = v.pipe(
  v.number(),
  v.safeInteger('must be a whole amount in minor units within the safe-integer range'),
)
const optionalText = v.nullish(v.string())

export const ReportEntrySchema = v.object({
  /** A capture's or refund's transaction id; `<ledgerId>-<payoutNumber>` (or the bare number) on a payout. */
  pspReference: optionalText,
  time: v.pipe(v.string(), v.isoTimestamp('must be an ISO-8601 timestamp')),
  ledgerDate: v.pipe(v.string(), v.check(isCalendarDate, 'must be a real date written YYYY-MM-DD')),
  entryType: v.string(),
  reference: optionalText,
  currency: v.string(),
  /** Signed: refunds, fees and payouts are negative. */
  amount: minorUnits,
  balanceBefore: minorUnits,
  balanceAfter: minorUnits,
  recipientHandle: optionalText,
  /** Only with includeGDPRSensitiveData=true, which this dashboard never asks for. */
  message: optionalText,
  name: optionalText,
  maskedPhoneNo: optionalText,
})

/**
 * One page of a ledger date. `tryLater: true` means the date is still open. A page without
 * `tryLater` is read as "not known to be closed", so its figures are shown as provisional rather
 * than final.
 */
export const ReportDatePageSchema = v.object({
  items: v.array(ReportEntrySchema),
  cursor: optionalText,
  hasMore: v.boolean(),
  tryLater: v.nullish(v.boolean()),
})

/** One page of a topic's feed: no `hasMore`; `tryLater: true` means caught up. */
export const ReportFeedPageSchema = v.object({
  items: v.array(ReportEntrySchema),
  cursor: optionalText,
  tryLater: v.nullish(v.boolean()),
})

export type ReportEntry = v.InferOutput<typeof ReportEntrySchema>
export type ReportDatePage = v.InferOutput<typeof ReportDatePageSchema>
export type ReportFeedPage = v.InferOutput<typeof ReportFeedPageSchema>
