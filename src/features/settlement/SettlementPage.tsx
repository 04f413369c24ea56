import { getRouteApi, Link } from '@tanstack/react-router'
import { type ComponentType, useCallback, useEffect, useMemo } from 'react'
import { useSalesDataFrom } from '../../shared/api/health'
import { links } from '../../shared/links'
import { periodDates } from '../../shared/period/periods'
import type { PeriodToolbarProps } from '../../shared/slots'
import type { SettlementSearch, SettlementSection } from '../../shared/url/search-schema'
import { explorerSearchOf } from '../../shared/url/search-schema'
import { searchFromViewState, type ViewUpdate, viewStateFromSearch } from '../../shared/view-state'
import { useSettlement } from './api/use-settlement'
import { AccessNotice } from './components/AccessNotice'
import { DaysTable } from './components/DaysTable'
import { FeesView } from './components/FeesView'
import { LoadStatus } from './components/LoadStatus'
import { PayoutDetail } from './components/PayoutDetail'
import { PayoutsTable } from './components/PayoutsTable'
import { ReconciliationExport } from './components/ReconciliationExport'
import { SettlementSummary } from './components/SettlementSummary'
import type { Payout } from './model/payouts'
import './settlement.css'
import { defineText } from '../../shared/i18n/language'

const TEXTS = defineText('settlement.SettlementPage', {
  title: 'Oppgjør',
  documentTitle: 'Oppgjør – Salgsoversikt',
  intro:
    'Fra salg til penger i banken: salgene (Salgs-API) ved siden av pengene Vipps MobilePay har avregnet for dem, gebyrene og utbetalingene (Report API), avstemt på pspReference.',
  toSales: 'Se salgene i perioden',
  toVouchers: 'Bilag til regnskapet',
  sections: 'Vis',
  days: 'Per dag',
  payouts: 'Utbetalinger',
  fees: 'Gebyrer',
  noLedger: 'Velg et salgssted.',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'settlement.SettlementPage': typeof TEXTS
  }
}

const SECTIONS: SettlementSection[] = ['days', 'payouts', 'fees']

const route = getRouteApi('/settlement')

/** The URL's ledger and period as the pickers read them, and their changes kept on this page. */
function useSettlementSearch() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const state = useMemo(() => viewStateFromSearch(explorerSearchOf(search)), [search])
  const update = useCallback<ViewUpdate>(
    (change, options) =>
      void navigate({
        search: (current: SettlementSearch) => {
          const next = searchFromViewState(change(viewStateFromSearch(explorerSearchOf(current))))
          // A new ledger or period closes an opened payout; the section stays.
          return {
            ledger: next.ledger,
            period: next.period,
            from: next.from,
            to: next.to,
            show: current.show,
          }
        },
        replace: options?.replace,
        resetScroll: false,
      }),
    [navigate],
  )
  const setSearch = useCallback(
    (patch: Partial<SettlementSearch>) =>
      void navigate({
        search: (current: SettlementSearch) => ({ ...current, ...patch }),
        resetScroll: false,
      }),
    [navigate],
  )
  return { search, state, update, setSearch }
}

/**
 * The settlement bridge of a ledger's period: per day, the payouts with their walk from sales to
 * the bank, the fees, and the reconciliation as CSV. Keys without Report API access get an
 * explanation here, and the sales views go on as before.
 */
export default function SettlementPage({ Toolbar }: { Toolbar: ComponentType<PeriodToolbarProps> }) {
  const { search, state, update, setSearch } = useSettlementSearch()
  const { period, ledger } = state
  const dataFrom = useSalesDataFrom()
  const dates = useMemo(() => periodDates(period, dataFrom), [period, dataFrom])
  const settlement = useSettlement(ledger, dates)
  const { snapshot, view, result } = settlement
  const show = search.show ?? 'days'
  const payout = search.payout ? view?.payouts.find((p) => (p.number ?? p.date) === search.payout) : undefined
  useEffect(() => {
    document.title = TEXTS.documentTitle
    return () => {
      document.title = 'Salgsoversikt'
    }
  }, [])
  const explorerSearch = {
    ledger: ledger ?? undefined,
    period: period.preset,
    from: search.from,
    to: search.to,
  }

  return (
    <article className="settlement" data-testid="settlement">
      <h1 className="page__title">{TEXTS.title}</h1>
      <p className="settlement__intro">{TEXTS.intro}</p>
      <div className="toolbar">
        <Toolbar state={state} update={update} />
      </div>
      {!ledger ? <p className="muted">{TEXTS.noLedger}</p> : null}
      {ledger ? (
        <div className="settlement__actions">
          <Link className="button button--small" {...links.explorer(explorerSearch)}>
            {TEXTS.toSales}
          </Link>
          <Link className="button button--small" {...links.vouchers(explorerSearch)}>
            {TEXTS.toVouchers}
          </Link>
          {result && view ? (
            <ReconciliationExport
              ledgerId={ledger}
              result={result}
              dates={dates}
              provisional={view.provisional}
              incomplete={snapshot.sales.failedDates.length + snapshot.report.failedDates.length > 0}
            />
          ) : null}
        </div>
      ) : null}
      {ledger ? <LoadStatus snapshot={snapshot} onRetry={settlement.retryFailed} /> : null}
      {snapshot.report.denied ? <AccessNotice error={snapshot.report.denied} /> : null}
      {view ? (
        <>
          <SettlementSummary view={view} currency={result?.join.matched[0]?.sale.currency ?? 'NOK'} />
          <div className="tabs" role="group" aria-label={TEXTS.sections}>
            {SECTIONS.map((section) => (
              <button
                key={section}
                type="button"
                className="segmented__button"
                aria-pressed={show === section}
                onClick={() => setSearch({ show: section })}
              >
                {TEXTS[section]}
              </button>
            ))}
          </div>
          {show === 'days' ? <DaysTable view={view} ledgerId={ledger ?? ''} /> : null}
          {show === 'payouts' ? (
            <>
              {payout ? (
                <PayoutDetail
                  payout={payout}
                  ledgerId={ledger ?? ''}
                  onClose={() => setSearch({ payout: undefined })}
                />
              ) : null}
              <PayoutsTable
                view={view}
                opened={payout ?? null}
                onOpen={(p: Payout) => setSearch({ payout: p.number ?? p.date })}
              />
            </>
          ) : null}
          {show === 'fees' ? <FeesView fees={view.fees} /> : null}
        </>
      ) : null}
    </article>
  )
}
