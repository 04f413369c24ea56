import { queryOptions, useQuery } from '@tanstack/react-query'
import { LEDGERS_PATH } from '../../api/endpoints'
import { type Ledger, LedgersPageSchema } from '../../api/schemas'
import { apiGet } from './client'

const MAX_LEDGER_PAGES = 50

/** Every ledger the keys may read, following the Report API's cursor. */
export async function fetchLedgers(signal?: AbortSignal): Promise<Ledger[]> {
  const ledgers: Ledger[] = []
  let cursor = ''
  for (let page = 0; page < MAX_LEDGER_PAGES; page++) {
    const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''
    const body = await apiGet(`${LEDGERS_PATH}${query}`, LedgersPageSchema, 'ledgers page', { signal })
    ledgers.push(...body.items)
    cursor = body.cursor ?? ''
    if (!cursor) break
  }
  return ledgers
}

export const ledgersQueryOptions = () =>
  queryOptions({
    queryKey: ['ledgers'],
    queryFn: ({ signal }) => fetchLedgers(signal),
    staleTime: 10 * 60_000,
  })

export const useLedgers = () => useQuery(ledgersQueryOptions())

/** A recipient handle as the owner knows it: "NO:123455" is sales unit or Vippsnummer 123455. */
const handlesOf = (ledger: Ledger | undefined) =>
  ledger?.settlesForRecipientHandles?.map((handle) => handle.replace(/^[A-Z]{2}:/, '')).join(', ')

/** What a shop owner recognises: the demo's name, else the sales unit / VM number, else the id. */
export function ledgerLabel(ledger: Ledger): string {
  if (ledger.displayName) return ledger.displayName
  const handles = handlesOf(ledger)
  return handles ? `Salgssted ${handles} (nr. ${ledger.ledgerId})` : `Salgssted nr. ${ledger.ledgerId}`
}

/**
 * Which ledger, for a sentence: "salgsstedet «Kaffebrenneriet Løkka» (nr. 302321)", or "salgssted
 * nr. 302321" when unknown. The number is the ledger's id in Vipps MobilePay.
 */
export function ledgerInSentence(ledgers: readonly Ledger[] | undefined, ledgerId: string): string {
  const ledger = ledgers?.find((l) => l.ledgerId === ledgerId)
  if (ledger?.displayName) return `salgsstedet «${ledger.displayName}» (nr. ${ledgerId})`
  const handles = handlesOf(ledger)
  return handles ? `salgsstedet ${handles} (nr. ${ledgerId})` : `salgssted nr. ${ledgerId}`
}
