import { useEffect } from 'react'
import { ledgerLabel, useLedgers } from '../../../shared/api/ledgers'
import { ProblemMessage } from '../../../shared/ui/ProblemMessage'
import type { ViewState, ViewUpdate } from '../../../shared/view-state'

export function LedgerPicker({ state, update }: { state: ViewState; update: ViewUpdate }) {
  const ledgers = useLedgers()
  const first = ledgers.data?.[0]?.ledgerId

  // Without a ledger in the URL, show the first one the keys may read.
  useEffect(() => {
    if (!state.ledger && first) update((s) => ({ ...s, ledger: first }), { replace: true })
  }, [state.ledger, first, update])

  if (ledgers.isError)
    return <ProblemMessage error={ledgers.error} what="salgsstedene" onRetry={() => ledgers.refetch()} />
  return (
    <label className="field">
      <span className="field__label">Salgssted</span>
      <select
        className="select"
        value={state.ledger ?? ''}
        disabled={!ledgers.data}
        onChange={(event) => update((s) => ({ ...s, ledger: event.target.value }))}
      >
        {!ledgers.data ? <option value="">Henter …</option> : null}
        {ledgers.data && state.ledger && !ledgers.data.some((l) => l.ledgerId === state.ledger) ? (
          <option value={state.ledger} disabled>
            Salgssted nr. {state.ledger} (ikke tilgjengelig for disse nøklene)
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
