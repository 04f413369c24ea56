import { useEffect } from 'react'
import { ledgerLabel, useLedgers } from '../../../shared/api/ledgers'
import { defineText } from '../../../shared/i18n/language'
import { ProblemMessage } from '../../../shared/ui/ProblemMessage'
import type { ViewState, ViewUpdate } from '../../../shared/view-state'

const TEXT = defineText('explorer.LedgerPicker', {
  ledgers: 'salgsstedene',
  label: 'Salgssted',
  fetching: 'Henter …',
  unavailable: (id: string) => `Salgssted nr. ${id} (ikke tilgjengelig for disse nøklene)`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.LedgerPicker': typeof TEXT
  }
}

export function LedgerPicker({ state, update }: { state: ViewState; update: ViewUpdate }) {
  const ledgers = useLedgers()
  const first = ledgers.data?.[0]?.ledgerId

  // Without a ledger in the URL, show the first one the keys may read.
  useEffect(() => {
    if (!state.ledger && first) update((s) => ({ ...s, ledger: first }), { replace: true })
  }, [state.ledger, first, update])

  if (ledgers.isError)
    return <ProblemMessage error={ledgers.error} what={TEXT.ledgers} onRetry={() => ledgers.refetch()} />
  return (
    <label className="field">
      <span className="field__label">{TEXT.label}</span>
      <select
        className="select"
        value={state.ledger ?? ''}
        disabled={!ledgers.data}
        onChange={(event) => update((s) => ({ ...s, ledger: event.target.value }))}
      >
        {!ledgers.data ? <option value="">{TEXT.fetching}</option> : null}
        {ledgers.data && state.ledger && !ledgers.data.some((l) => l.ledgerId === state.ledger) ? (
          <option value={state.ledger} disabled>
            {TEXT.unavailable(state.ledger)}
          </option>
        ) : null}
        {ledgers.data?.map((ledger) => (
          <option key={ledger.ledgerId} value={ledger.ledgerId}>
            {ledgerLabel(ledger)}
          </option>
        ))}
      </select>
    </label>
  )
}
