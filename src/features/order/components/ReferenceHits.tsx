import { Link } from '@tanstack/react-router'
import { ledgerLabel, useLedgers } from '../../../shared/api/ledgers'
import { defineText } from '../../../shared/i18n/language'
import { links } from '../../../shared/links'
import type { ReferenceHit } from '../api/find-reference'

const TEXT = defineText('order.ReferenceHits', {
  order: (reference: string) => `Ordren «${reference}»`,
  transaction: (psp: string, reference: string) => `Transaksjon ${psp} i ordren «${reference}»`,
  ledger: (id: string) => `salgssted nr. ${id}`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'order.ReferenceHits': typeof TEXT
  }
}

/** What a search across dates and ledgers found: one link per hit, with its ledger. */
export function ReferenceHits({ hits, onOpen }: { hits: ReferenceHit[]; onOpen?: () => void }) {
  const ledgers = useLedgers().data
  const nameOf = (id: string) => {
    const ledger = ledgers?.find((l) => l.ledgerId === id)
    return ledger ? ledgerLabel(ledger) : TEXT.ledger(id)
  }
  return (
    <ul className="reference-hits">
      {hits.map((hit) => (
        <li key={`${hit.ledgerId}:${hit.kind}`}>
          <Link
            {...(hit.kind === 'order'
              ? links.order(hit.ledgerId, hit.reference)
              : links.order(hit.ledgerId, hit.reference, hit.pspReference))}
            onClick={onOpen}
          >
            {hit.kind === 'order'
              ? TEXT.order(hit.reference)
              : TEXT.transaction(hit.pspReference ?? '', hit.reference)}
          </Link>{' '}
          <span className="muted">– {nameOf(hit.ledgerId)}</span>
        </li>
      ))}
    </ul>
  )
}

/** Where a single hit opens: its order, with the transaction marked when found by pspReference. */
export function linkOfHit(hit: ReferenceHit) {
  return hit.kind === 'order'
    ? links.order(hit.ledgerId, hit.reference)
    : links.order(hit.ledgerId, hit.reference, hit.pspReference)
}
