import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useEffect, useState } from 'react'
import { ledgersQueryOptions } from '../../shared/api/ledgers'
import { defineText } from '../../shared/i18n/language'
import type { FindReferenceProps } from '../../shared/slots'
import { findReference, ledgersInSearchOrder, type ReferenceSearch } from './api/find-reference'
import { linkOfHit, ReferenceHits } from './components/ReferenceHits'

const TEXT = defineText('order.FindEverywhere', {
  offer: (text: string) =>
    `Er «${text}» en ordrereferanse eller transaksjons-ID (pspReference)? Den kan være fra en annen dag eller et annet salgssted.`,
  search: 'Søk på alle datoer og salgssteder',
  busy: 'Søker …',
  cases:
    'Søket i perioden skiller ikke mellom store og små bokstaver. Oppslaget på alle datoer krever nøyaktig referanse.',
  none: (text: string, count: number) =>
    `Fant ingen ordre eller transaksjon «${text}» på noen dato, i ${count === 1 ? 'salgsstedet' : `noen av dine ${count} salgssteder`}.`,
  several: (text: string) => `«${text}» finnes flere steder:`,
  failedLedgers: (count: number) => `${count} salgssteder kunne ikke søkes nå.`,
  failed: 'Søket feilet. Prøv igjen.',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'order.FindEverywhere': typeof TEXT
  }
}

/**
 * Offered when nothing in the loaded period matches a search that looks like a reference: the
 * same look-up as the header's, on every date and in every ledger. One hit opens at once.
 */
export default function FindEverywhere({ text, ledgerId }: FindReferenceProps) {
  const client = useQueryClient()
  const navigate = useNavigate()
  const query = text.trim()
  const [state, setState] = useState<
    { kind: 'offer' } | { kind: 'busy' } | { kind: 'done'; result: ReferenceSearch } | { kind: 'failed' }
  >({ kind: 'offer' })
  // A new search text is a new question.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the text changes
  useEffect(() => setState({ kind: 'offer' }), [query, ledgerId])

  const search = async () => {
    setState({ kind: 'busy' })
    try {
      const ledgers = await client.fetchQuery(ledgersQueryOptions())
      const result = await findReference(client, query, ledgersInSearchOrder(ledgerId, ledgers))
      const [only] = result.hits
      if (only && result.hits.length === 1) return navigate(linkOfHit(only))
      setState({ kind: 'done', result })
    } catch {
      setState({ kind: 'failed' })
    }
  }

  return (
    <div className="find-everywhere" data-testid="find-everywhere">
      <p>{TEXT.offer(query)}</p>
      {state.kind === 'done' ? (
        <div role="status">
          {state.result.hits.length > 1 ? (
            <>
              <p>{TEXT.several(query)}</p>
              <ReferenceHits hits={state.result.hits} />
            </>
          ) : (
            <p>
              <strong>{TEXT.none(query, state.result.searched)}</strong>
            </p>
          )}
          {state.result.failed.length > 0 ? <p>{TEXT.failedLedgers(state.result.failed.length)}</p> : null}
        </div>
      ) : (
        <button type="button" className="button" onClick={search} disabled={state.kind === 'busy'}>
          {state.kind === 'busy' ? TEXT.busy : TEXT.search}
        </button>
      )}
      {state.kind === 'failed' ? <p role="alert">{TEXT.failed}</p> : null}
      <p className="muted small">{TEXT.cases}</p>
    </div>
  )
}
