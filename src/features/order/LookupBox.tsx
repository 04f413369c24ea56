import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { checkReference } from '../../api/params'
import { ApiError } from '../../shared/api/client'
import { ledgerInSentence, ledgersQueryOptions } from '../../shared/api/ledgers'
import { links } from '../../shared/links'
import { useUrlLedger } from '../../shared/view-state'
import { orderByReferenceOptions, transactionByPspOptions } from './api/lookups'

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'message'; text: string }

/**
 * Finds an order by its reference, or a transaction by pspReference, in the selected ledger.
 * "/" focuses it from anywhere.
 */
export function LookupBox() {
  const client = useQueryClient()
  const urlLedger = useUrlLedger()
  const navigate = useNavigate()
  const inputRef = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      const typing =
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.tagName === 'SELECT' ||
          target.isContentEditable)
      if (event.key === '/' && !typing) {
        event.preventDefault()
        inputRef.current?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const query = text.trim()
    const problem = checkReference(query)
    if (problem)
      return setOutcome({
        kind: 'message',
        text: 'Skriv en ordrereferanse eller pspReference (høyst 256 tegn).',
      })
    setOutcome({ kind: 'busy' })
    try {
      const ledgers = await client.fetchQuery(ledgersQueryOptions())
      const ledgerId = urlLedger ?? ledgers[0]?.ledgerId
      if (!ledgerId) return setOutcome({ kind: 'message', text: 'Ingen salgssteder er tilgjengelige.' })
      // An order reference first; when nothing has it, the same text as a pspReference.
      const order = await client.fetchQuery(orderByReferenceOptions(ledgerId, query))
      if (order.rows.length > 0) {
        setOutcome({ kind: 'idle' })
        return navigate(links.order(ledgerId, query))
      }
      const [row] = (await client.fetchQuery(transactionByPspOptions(ledgerId, query))).rows
      if (row) {
        setOutcome({ kind: 'idle' })
        return navigate(
          row.reference ? links.order(ledgerId, row.reference, query) : links.transaction(ledgerId, query),
        )
      }
      setOutcome({
        kind: 'message',
        text: `Fant ingen ordre med referansen «${query}» og ingen transaksjon med pspReference «${query}» i ${ledgerInSentence(ledgers, ledgerId)}. Sjekk at salgsstedet og skrivemåten stemmer.`,
      })
    } catch (error) {
      setOutcome({
        kind: 'message',
        text: `Søket feilet: ${error instanceof ApiError ? error.title : 'ukjent feil'}. Prøv igjen.`,
      })
    }
  }

  return (
    <form className="lookup" role="search" onSubmit={onSubmit}>
      <input
        ref={inputRef}
        className="input lookup__input"
        type="search"
        aria-label="Finn ordre eller pspReference"
        placeholder="Finn ordre eller pspReference  ( / )"
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          if (outcome.kind === 'message') setOutcome({ kind: 'idle' })
        }}
      />
      <button type="submit" className="button button--small" disabled={outcome.kind === 'busy'}>
        {outcome.kind === 'busy' ? 'Søker …' : 'Finn'}
      </button>
      {outcome.kind === 'message' ? (
        <p className="lookup__message" role="alert">
          {outcome.text}
        </p>
      ) : null}
    </form>
  )
}
