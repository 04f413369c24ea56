import { getRouteApi } from '@tanstack/react-router'
import { type ComponentType, useCallback, useEffect, useMemo } from 'react'
import type { PeriodToolbarProps, VoucherDataProps } from '../../shared/slots'
import { explorerSearchOf, type VoucherSection, type VouchersSearch } from '../../shared/url/search-schema'
import { searchFromViewState, type ViewUpdate, viewStateFromSearch } from '../../shared/view-state'
import { SettingsEditor } from './components/SettingsEditor'
import { VoucherWorkspace } from './components/VoucherWorkspace'
import './vouchers.css'
import { defineText } from '../../shared/i18n/language'

const TEXT = defineText('vouchers.VouchersPage', {
  title: 'Bilag til regnskapet',
  documentTitle: 'Bilag til regnskapet – Salgsoversikt',
  intro:
    'Dagsoppgjøret for hver dato som et bilag regnskapssystemet kan importere: inntekt og utgående mva per sats, gebyrer og utbetalinger, mot en mellomregningskonto for Vipps MobilePay.',
  which: 'Hvilke datoer',
  newSince: 'Nye siden siste eksport',
  period: 'Velg periode',
  sections: 'Vis',
  vouchers: 'Bilag',
  settings: 'Kontoer og innstillinger',
  noLedger: 'Velg et salgssted.',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'vouchers.VouchersPage': typeof TEXT
  }
}

const SECTIONS: VoucherSection[] = ['vouchers', 'settings']

const route = getRouteApi('/vouchers')

export interface VouchersSlots {
  LedgerPicker: ComponentType<PeriodToolbarProps>
  PeriodPicker: ComponentType<PeriodToolbarProps>
  /** The sales and settlement of the dates (the settlement feature's loading, handed in by src/app). */
  DataSource: ComponentType<VoucherDataProps>
}

const samePeriod = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  a.from === b.from && a.to === b.to

/** The URL's ledger, mode and period; the pickers change the ledger or the period (which leaves "new since"). */
function useVouchersSearch() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const state = useMemo(() => viewStateFromSearch(explorerSearchOf(search)), [search])
  const update = useCallback<ViewUpdate>(
    (change, options) =>
      void navigate({
        search: (current: VouchersSearch) => {
          const before = viewStateFromSearch(explorerSearchOf(current))
          const after = change(before)
          const next = searchFromViewState(after)
          const periodChanged =
            before.period.preset !== after.period.preset || !samePeriod(before.period, after.period)
          return periodChanged
            ? {
                ...current,
                ledger: next.ledger,
                period: next.period,
                from: next.from,
                to: next.to,
                since: undefined,
              }
            : { ...current, ledger: next.ledger }
        },
        replace: options?.replace,
        resetScroll: false,
      }),
    [navigate],
  )
  const setSearch = useCallback(
    (patch: Partial<VouchersSearch>) =>
      void navigate({ search: (current: VouchersSearch) => ({ ...current, ...patch }), resetScroll: false }),
    [navigate],
  )
  return { search, state, update, setSearch }
}

/**
 * The vouchers of a ledger's dates for the accounting system (GBAT10, Fiken's kasseoppgjør, CSV),
 * what was exported when, and the accounts they are booked on.
 */
export default function VouchersPage({ LedgerPicker, PeriodPicker, DataSource }: VouchersSlots) {
  const { search, state, update, setSearch } = useVouchersSearch()
  const newSince = search.since === 'last' || search.period === undefined
  const show = search.show ?? 'vouchers'
  const ledger = state.ledger
  useEffect(() => {
    document.title = TEXT.documentTitle
    return () => {
      document.title = 'Salgsoversikt'
    }
  }, [])

  return (
    <article className="vouchers" data-testid="vouchers">
      <h1 className="page__title">{TEXT.title}</h1>
      <p className="vouchers__intro">{TEXT.intro}</p>
      <div className="toolbar">
        <LedgerPicker state={state} update={update} />
        <fieldset className="field">
          <legend className="field__label">{TEXT.which}</legend>
          <div className="segmented">
            <button
              type="button"
              className="segmented__button"
              aria-pressed={newSince}
              onClick={() => setSearch({ since: 'last' })}
            >
              {TEXT.newSince}
            </button>
            <button
              type="button"
              className="segmented__button"
              aria-pressed={!newSince}
              onClick={() => setSearch({ since: undefined, period: search.period ?? 'lastMonth' })}
            >
              {TEXT.period}
            </button>
          </div>
        </fieldset>
        {newSince ? null : <PeriodPicker state={state} update={update} />}
      </div>
      <div className="tabs" role="group" aria-label={TEXT.sections}>
        {SECTIONS.map((section) => (
          <button
            key={section}
            type="button"
            className="segmented__button"
            aria-pressed={show === section}
            onClick={() => setSearch({ show: section === 'vouchers' ? undefined : section })}
          >
            {TEXT[section]}
          </button>
        ))}
      </div>
      {!ledger ? <p className="muted">{TEXT.noLedger}</p> : null}
      {ledger && show === 'settings' ? <SettingsEditor key={ledger} ledgerId={ledger} /> : null}
      {ledger && show === 'vouchers' ? (
        <VoucherWorkspace
          key={`${ledger}|${newSince ? 'new' : `${state.period.from}|${state.period.to}`}`}
          ledgerId={ledger}
          period={newSince ? null : state.period}
          DataSource={DataSource}
          onOpenSettings={() => setSearch({ show: 'settings' })}
        />
      ) : null}
    </article>
  )
}
