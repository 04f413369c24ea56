import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ledgerInSentence, useLedgers } from '../../../shared/api/ledgers'
import { links } from '../../../shared/links'
import { orderByReferenceOptions, transactionByPspOptions } from '../api/lookups'

type Kind = 'reference' | 'pspReference'

/**
 * Nothing found for what was searched: says which ledger and what was searched, and looks the text
 * up as the other kind (a pspReference pasted into an order link, or the other way round).
 */
export function LookupNotFound({
  ledgerId,
  searched,
  kind,
}: {
  ledgerId: string
  searched: string
  kind: Kind
}) {
  const ledgers = useLedgers()
  const where = ledgerInSentence(ledgers.data, ledgerId)
  const other = useQuery(
    kind === 'reference'
      ? transactionByPspOptions(ledgerId, searched)
      : orderByReferenceOptions(ledgerId, searched),
  )
  const found = other.data?.rows[0]
  return (
    <div className="not-found" role="alert" data-testid="not-found">
      <p>
        <strong>
          {kind === 'reference'
            ? `Fant ingen ordre med referansen «${searched}» i ${where}.`
            : `Fant ingen transaksjon med transaksjons-ID (pspReference) «${searched}» i ${where}.`}
        </strong>
      </p>
      {other.isPending ? (
        <p className="muted">
          Ser etter «{searched}» som {kind === 'reference' ? 'transaksjons-ID' : 'ordrereferanse'} …
        </p>
      ) : found ? (
        <p>
          {kind === 'reference'
            ? `«${searched}» er transaksjons-ID-en til en transaksjon i ordren «${found.reference}». `
            : `Det finnes en ordre med referansen «${searched}». `}
          <Link {...links.order(ledgerId, found.reference, kind === 'reference' ? searched : null)}>
            Åpne ordren «{found.reference}» →
          </Link>
        </p>
      ) : other.isError ? (
        <p>
          <Link
            {...(kind === 'reference'
              ? links.transaction(ledgerId, searched)
              : links.order(ledgerId, searched))}
          >
            Søk etter «{searched}» som {kind === 'reference' ? 'transaksjons-ID' : 'ordrereferanse'} →
          </Link>
        </p>
      ) : (
        <p>
          Fant heller ingen{' '}
          {kind === 'reference' ? 'transaksjon med transaksjons-ID' : 'ordre med referansen'} «{searched}».
          Sjekk at salgsstedet og skrivemåten stemmer.
        </p>
      )}
    </div>
  )
}
