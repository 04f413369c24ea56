import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ledgerInSentence, useLedgers } from '../../../shared/api/ledgers'
import { defineText } from '../../../shared/i18n/language'
import { links } from '../../../shared/links'
import { orderByReferenceOptions, transactionByPspOptions } from '../api/lookups'

const TEXT = defineText('order.LookupNotFound', {
  noOrder: (searched: string, where: string) => `Fant ingen ordre med referansen «${searched}» i ${where}.`,
  noTransaction: (searched: string, where: string) =>
    `Fant ingen transaksjon med transaksjons-ID (pspReference) «${searched}» i ${where}.`,
  lookingAs: (searched: string, asPsp: boolean) =>
    `Ser etter «${searched}» som ${asPsp ? 'transaksjons-ID' : 'ordrereferanse'} …`,
  isPspOf: (searched: string, reference: string) =>
    `«${searched}» er transaksjons-ID-en til en transaksjon i ordren «${reference}». `,
  isOrder: (searched: string) => `Det finnes en ordre med referansen «${searched}». `,
  open: (reference: string) => `Åpne ordren «${reference}» →`,
  searchAs: (searched: string, asPsp: boolean) =>
    `Søk etter «${searched}» som ${asPsp ? 'transaksjons-ID' : 'ordrereferanse'} →`,
  neither: (searched: string, asPsp: boolean) =>
    `Fant heller ingen ${asPsp ? 'transaksjon med transaksjons-ID' : 'ordre med referansen'} «${searched}». Sjekk at salgsstedet og skrivemåten stemmer.`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'order.LookupNotFound': typeof TEXT
  }
}

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
          {kind === 'reference' ? TEXT.noOrder(searched, where) : TEXT.noTransaction(searched, where)}
        </strong>
      </p>
      {other.isPending ? (
        <p className="muted">{TEXT.lookingAs(searched, kind === 'reference')}</p>
      ) : found ? (
        <p>
          {kind === 'reference' ? TEXT.isPspOf(searched, found.reference) : TEXT.isOrder(searched)}
          <Link {...links.order(ledgerId, found.reference, kind === 'reference' ? searched : null)}>
            {TEXT.open(found.reference)}
          </Link>
        </p>
      ) : other.isError ? (
        <p>
          <Link
            {...(kind === 'reference'
              ? links.transaction(ledgerId, searched)
              : links.order(ledgerId, searched))}
          >
            {TEXT.searchAs(searched, kind === 'reference')}
          </Link>
        </p>
      ) : (
        <p>{TEXT.neither(searched, kind === 'reference')}</p>
      )}
    </div>
  )
}
