import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import * as v from 'valibot'
import { CASH_HANDLING, EXPORT_FORMATS, NUMBERING_MODES } from '../../../api/voucher-defaults'
import type {
  ExportRecordRequest,
  ExportsState,
  SavedSettingsAnswer,
  VoucherSettings,
} from '../../../api/voucher-settings'
import { apiGet } from '../../../shared/api/client'
import { apiSend } from '../../../shared/api/send'
import { useAction } from './use-action'

/**
 * The voucher settings and the export memory of a ledger, kept by the dashboard's server:
 * `GET/PUT /api/vouchers/settings/:ledgerId`, `GET/POST /api/vouchers/exports/:ledgerId`
 * (src/server/voucher-routes.ts). The server validates every value it stores with the strict
 * schemas of src/api/voucher-settings.ts; its answers are checked here for their shape with the
 * schema parts the first view already loads (valibot's code sits in the start-up chunk, so every
 * further kind of check used anywhere would be added to it). The type checker holds these shapes
 * to the API's types, so the two cannot drift apart.
 */
const whole = v.pipe(v.number(), v.integer())
/** A value of the schema, or null (an absent key is not accepted). */
const nullable = <S extends v.GenericSchema>(schema: S) =>
  v.pipe(
    v.unknown(),
    v.check((value) => value === null || v.is(schema, value), 'must be null or valid'),
    v.transform((value) => value as v.InferOutput<S> | null),
  )

const SettingsShape = v.object({
  version: v.literal(1),
  rates: v.array(
    v.object({
      rate: whole,
      salesAccount: v.string(),
      vatAccount: nullable(v.string()),
      vatCode: v.string(),
    }),
  ),
  accounts: v.object({
    clearing: v.string(),
    bank: v.string(),
    fees: v.string(),
    uncertainVat: v.string(),
    cash: v.string(),
  }),
  noVatCode: v.string(),
  cashSales: v.picklist(CASH_HANDLING),
  numbering: v.object({ voucherType: whole, mode: v.picklist(NUMBERING_MODES), nextNumber: whole }),
  gbat10DecimalSeparator: v.picklist(['.', ','] as const),
})

const SettingsAnswerSchema = v.object({ settings: SettingsShape, saved: v.boolean() })

const ExportsStateSchema = v.object({
  exported: v.array(
    v.object({
      date: v.string(),
      format: v.picklist(EXPORT_FORMATS),
      at: v.pipe(v.string(), v.isoTimestamp()),
      provisional: v.boolean(),
      voucherNumber: nullable(whole),
    }),
  ),
  exports: v.array(
    v.object({
      at: v.string(),
      format: v.picklist(EXPORT_FORMATS),
      runs: v.array(v.object({ from: v.string(), to: v.string() })),
      dates: whole,
      provisionalDates: whole,
      numbers: nullable(v.object({ first: whole, last: whole })),
      keptNumbers: whole,
      renumbered: v.boolean(),
    }),
  ),
  nextVoucherNumber: nullable(whole),
  highestVoucherNumber: nullable(whole),
})

const SavedAnswerSchema = v.object({
  settings: SettingsShape,
  saved: v.literal(true),
  nextVoucherNumber: nullable(whole),
  reusesNumbers: nullable(v.object({ from: whole, to: whole })),
})

// The shapes' output is the API's types (a field added there and not here fails to compile).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const shapesMatch: [
  Same<v.InferOutput<typeof SettingsShape>, VoucherSettings>,
  Same<v.InferOutput<typeof ExportsStateSchema>, ExportsState>,
  Same<v.InferOutput<typeof SavedAnswerSchema>, SavedSettingsAnswer>,
] = [true, true, true]
void shapesMatch

const settingsPath = (ledgerId: string) => `/vouchers/settings/${encodeURIComponent(ledgerId)}`
const exportsPath = (ledgerId: string) => `/vouchers/exports/${encodeURIComponent(ledgerId)}`

export const voucherSettingsOptions = (ledgerId: string) =>
  queryOptions({
    queryKey: ['vouchers', 'settings', ledgerId],
    queryFn: ({ signal }) =>
      apiGet(settingsPath(ledgerId), SettingsAnswerSchema, 'voucher settings', { signal }),
    staleTime: 60_000,
  })

export const voucherExportsOptions = (ledgerId: string) =>
  queryOptions({
    queryKey: ['vouchers', 'exports', ledgerId],
    queryFn: ({ signal }): Promise<ExportsState> =>
      apiGet(exportsPath(ledgerId), ExportsStateSchema, 'voucher exports', { signal }),
    staleTime: 0,
  })

export const useVoucherSettings = (ledgerId: string) => useQuery(voucherSettingsOptions(ledgerId))
export const useVoucherExports = (ledgerId: string) => useQuery(voucherExportsOptions(ledgerId))

/** Saves the settings (settingsBodyOf); the answer replaces what the page knew. */
export function useSaveSettings(ledgerId: string) {
  const client = useQueryClient()
  return useAction(
    (body: Record<string, unknown>): Promise<SavedSettingsAnswer> =>
      apiSend('PUT', settingsPath(ledgerId), body, SavedAnswerSchema, 'saved voucher settings'),
    (answer) => {
      client.setQueryData(voucherSettingsOptions(ledgerId).queryKey, {
        settings: answer.settings,
        saved: true,
      })
      client.setQueryData(voucherExportsOptions(ledgerId).queryKey, (state) =>
        state ? { ...state, nextVoucherNumber: answer.nextVoucherNumber } : state,
      )
      void client.invalidateQueries({ queryKey: voucherExportsOptions(ledgerId).queryKey })
    },
  )
}

/** Tells the server which dates a saved file holds; its answer is the new export memory. */
export function useRecordExport(ledgerId: string) {
  const client = useQueryClient()
  return useAction(
    (record: ExportRecordRequest): Promise<ExportsState> =>
      apiSend('POST', exportsPath(ledgerId), record, ExportsStateSchema, 'voucher exports'),
    (state) => client.setQueryData(voucherExportsOptions(ledgerId).queryKey, state),
  )
}
