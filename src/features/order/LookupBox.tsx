import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { checkReference } from '../../api/params'
import { ApiError } from '../../shared/api/client'
import { ledgerInSentence, ledgersQueryOptions } from '../../shared/api/ledgers'
import { defineText } from '../../shared/i18n/language'
import { useUrlLedger } from '../../shared/view-state'
import { findReference, ledgersInSearchOrder, type ReferenceHit } from './api/find-reference'
import { linkOfHit, ReferenceHits } from './components/ReferenceHits'

const TEXT = defineText('order.LookupBox', {
  label: 'Finn ordre eller transaksjon',
  region: 'Oppslag',
  placeholder: 'Ordrereferanse eller transaksjons-ID  ( / )',
  hint: 'Ordrereferansen, eller transaksjons-ID-en (pspReference) fra Vipps MobilePay. Alle datoer; nøyaktig skrivemåte.',
  submit: 'Finn',
  busy: 'Søker …',
  invalid: 'Skriv en ordrereferanse eller transaksjons-ID (høyst 256 tegn).',
  noLedgers: 'Ingen salgssteder er tilgjengelige.',
  notFound: (text: string, where: string) =>
    `Fant ingen ordre med referansen «${text}» og ingen transaksjon med transaksjons-ID (pspReference) «${text}» i ${where}.`,
  notInOthers: (others: number) =>
    others === 1
      ? 'Heller ikke i ditt andre salgssted.'
      : `Heller ikke i noen av dine ${others} andre salgssteder.`,
  exact: 'Oppslaget krever nøyaktig referanse: store og små bokstaver teller. Sjekk skrivemåten.',
  failedLedgers: (count: number) => `${count} salgssteder kunne ikke søkes nå.`,
  several: (text: string) => `«${text}» finnes flere steder:`,
  failed: (title: string) => `Søket feilet: ${title}. Prøv igjen.`,
  unknownError: 'ukjent feil',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'order.LookupBox': typeof TEXT
  }
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'message'; text: string; notes: string[] }
  | { kind: 'hits'; text: string; hits: ReferenceHit[] }

/**
 * Finds an order by its reference, or a transaction by pspReference, on every date: in the selected
 * ledger first, then in the user's other ledgers. "/" focuses it from anywhere.
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
    if (checkReference(query)) return setOutcome({ kind: 'message', text: TEXT.invalid, notes: [] })
    setOutcome({ kind: 'busy' })
    try {
      const ledgers = await client.fetchQuery(ledgersQueryOptions())
      const order = ledgersInSearchOrder(urlLedger, ledgers)
      if (order.length === 0) return setOutcome({ kind: 'message', text: TEXT.noLedgers, notes: [] })
      const found = await findReference(client, query, order)
      const [only] = found.hits
      if (only && found.hits.length === 1) {
        setOutcome({ kind: 'idle' })
        return navigate(linkOfHit(only))
      }
      if (found.hits.length > 1) return setOutcome({ kind: 'hits', text: query, hits: found.hits })
      const own = order[0] as string
      const notes = [
        ...(order.length > 1 ? [TEXT.notInOthers(order.length - 1)] : []),
        TEXT.exact,
        ...(found.failed.length > 0 ? [TEXT.failedLedgers(found.failed.length)] : []),
      ]
      setOutcome({ kind: 'message', text: TEXT.notFound(query, ledgerInSentence(ledgers, own)), notes })
    } catch (error) {
      setOutcome({
        kind: 'message',
        text: TEXT.failed(error instanceof ApiError ? error.title : TEXT.unknownError),
        notes: [],
      })
    }
  }

  return (
    <form className="lookup" role="search" aria-label={TEXT.region} onSubmit={onSubmit}>
      <input
        ref={inputRef}
        className="input lookup__input"
        type="search"
        aria-label={TEXT.label}
        title={TEXT.hint}
        placeholder={TEXT.placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          if (outcome.kind === 'message' || outcome.kind === 'hits') setOutcome({ kind: 'idle' })
        }}
      />
      <button type="submit" className="button button--small" disabled={outcome.kind === 'busy'}>
        {outcome.kind === 'busy' ? TEXT.busy : TEXT.submit}
      </button>
      {outcome.kind === 'message' ? (
        <div className="lookup__message" role="alert">
          <p>{outcome.text}</p>
          {outcome.notes.map((note) => (
            <p key={note} className="lookup__note">
              {note}
            </p>
          ))}
        </div>
      ) : outcome.kind === 'hits' ? (
        <div className="lookup__message lookup__message--hits" role="alert">
          <p>{TEXT.several(outcome.text)}</p>
          <ReferenceHits hits={outcome.hits} onOpen={() => setOutcome({ kind: 'idle' })} />
        </div>
      ) : null}
    </form>
  )
}
