import * as v from 'valibot'

/**
 * The Sales API's wire format, as runtime schemas. Tolerant where the API is documented to be
 * (optional amounts, lines, line fields, customer, category, pspReference; unknown enum values
 * are kept as strings), strict where a mistake would corrupt totals (money must be integers,
 * a page must have items and hasMore).
 */

// Safe integers only: beyond ±2^53 a sum is no longer exact to the øre (`gross: 1e300` is not money).
const minorUnits = v.pipe(
  v.number(),
  v.integer('must be an integer amount in minor units'),
  v.safeInteger('must be an amount in minor units within ±9 007 199 254 740 991'),
)
const optionalMinorUnits = v.nullish(minorUnits)
const optionalText = v.nullish(v.string())

export const AmountsSchema = v.object({
  gross: optionalMinorUnits,
  net: optionalMinorUnits,
  vat: optionalMinorUnits,
})

export const OrderLineSchema = v.object({
  lineId: v.nullish(v.union([v.string(), v.number()])),
  name: optionalText,
  quantity: v.nullish(v.number()),
  unitPriceGross: optionalMinorUnits,
  unitPriceNet: optionalMinorUnits,
  discountTotal: optionalMinorUnits,
  lineTotalGross: optionalMinorUnits,
  lineTotalNet: optionalMinorUnits,
  /** Basis points: 2500 = 25 %. */
  vatRate: v.nullish(v.pipe(v.number(), v.integer())),
  vatAmount: optionalMinorUnits,
  category: optionalText,
})

export const CustomerSchema = v.object({
  email: optionalText,
  phone: optionalText,
  name: optionalText,
})

export const ClassificationSchema = v.object({
  solution: optionalText,
  salesCategory: optionalText,
})

export const CompletenessSchema = v.object({
  hasLineItems: v.nullish(v.boolean()),
  hasVatBreakdown: v.nullish(v.boolean()),
  hasCustomerIdentity: v.nullish(v.boolean()),
})

export const SalesEventSchema = v.object({
  entryType: v.string(),
  time: v.pipe(v.string(), v.isoTimestamp('must be an ISO-8601 timestamp')),
  orderDate: optionalText,
  pspReference: optionalText,
  reference: v.string(),
  currency: v.string(),
  paymentType: optionalText,
  amounts: v.nullish(AmountsSchema),
  lines: v.nullish(v.array(OrderLineSchema)),
  customer: v.nullish(CustomerSchema),
  classification: v.nullish(ClassificationSchema),
  completeness: v.nullish(CompletenessSchema),
})

export const SalesPageSchema = v.object({
  items: v.array(SalesEventSchema),
  cursor: optionalText,
  hasMore: v.boolean(),
})

/**
 * A page's envelope only. Its items are read one by one (readSalesEvent), so one event that cannot
 * be read costs that event, not the whole page.
 */
export const SalesPageEnvelopeSchema = v.object({
  items: v.array(v.unknown()),
  cursor: optionalText,
  hasMore: v.boolean(),
})

/** A look-up answer's envelope (a page; its items are read one by one as on pages). */
export const SalesLookupEnvelopeSchema = v.object({
  items: v.array(v.unknown()),
})

/** Reference and pspReference look-ups answer with the matching events. */
export const SalesLookupSchema = v.object({
  items: v.array(SalesEventSchema),
})

export const LedgerSchema = v.object({
  ledgerId: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
  currency: optionalText,
  payoutBankAccount: v.nullish(v.object({ scheme: optionalText, id: optionalText })),
  owner: v.nullish(v.object({ scheme: optionalText, id: optionalText })),
  settlesForRecipientHandles: v.nullish(v.array(v.string())),
  /** Not part of the Report API: our proxy adds a display name in demo mode only. */
  displayName: optionalText,
})

export const LedgersPageSchema = v.object({
  items: v.array(LedgerSchema),
  cursor: optionalText,
})

export const ProblemSchema = v.object({
  type: optionalText,
  title: optionalText,
  status: v.nullish(v.number()),
  detail: optionalText,
  traceId: optionalText,
})

export const TokenResponseSchema = v.object({
  access_token: v.string(),
  token_type: optionalText,
  expires_in: v.pipe(
    v.union([v.number(), v.string()]),
    v.transform(Number),
    v.number(),
    v.minValue(1, 'must be a positive number of seconds'),
  ),
})

export type Amounts = v.InferOutput<typeof AmountsSchema>
export type OrderLine = v.InferOutput<typeof OrderLineSchema>
export type Customer = v.InferOutput<typeof CustomerSchema>
export type SalesEvent = v.InferOutput<typeof SalesEventSchema>
export type SalesPage = v.InferOutput<typeof SalesPageSchema>
export type SalesLookup = v.InferOutput<typeof SalesLookupSchema>
export type SalesPageEnvelope = v.InferOutput<typeof SalesPageEnvelopeSchema>
export type Ledger = v.InferOutput<typeof LedgerSchema>
export type LedgersPage = v.InferOutput<typeof LedgersPageSchema>
export type Problem = v.InferOutput<typeof ProblemSchema>
export type TokenResponse = v.InferOutput<typeof TokenResponseSchema>

export class ResponseShapeError extends Error {
  constructor(
    readonly what: string,
    readonly field: string,
    readonly detail: string,
    /** The first offending issue, told in Norwegian by issue-text.ts (loaded only when one occurs). */
    readonly issue: v.BaseIssue<unknown> | null = null,
  ) {
    super(`${what} is not valid: ${field ? `${field} ` : ''}${detail}`)
    this.name = 'ResponseShapeError'
  }
}

/** Parses a value, or throws an error whose message names the first offending field. */
export function parseOrThrow<S extends v.GenericSchema>(schema: S, value: unknown, what: string) {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output as v.InferOutput<S>
  const issue = result.issues[0]
  const field = v.getDotPath(issue) ?? ''
  throw new ResponseShapeError(what, field, issue.message, issue)
}
