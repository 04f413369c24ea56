import { Link } from '@tanstack/react-router'
import {
  type ComponentType,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react'
import { useSalesDataFrom } from '../../shared/api/health'
import { ledgerLabel, useLedgers } from '../../shared/api/ledgers'
import { looksLikeReference } from '../../shared/filters/reference-like'
import type { ColumnId, SortSpec } from '../../shared/filters/sort-rows'
import { defineText } from '../../shared/i18n/language'
import { links } from '../../shared/links'
import { setPersonalDataShown } from '../../shared/period/cache-policy'
import { beforeSalesData, type Period } from '../../shared/period/periods'
import { previousPeriodOf } from '../../shared/period/previous-period'
import { usePeriodSales } from '../../shared/period/use-period-sales'
import { useSettledPeriod } from '../../shared/period/use-settled-period'
import type { ExportProps, FindReferenceProps, InsightsProps, PrintProps } from '../../shared/slots'
import { ShowPersonalData } from '../../shared/ui/CustomerIdentity'
import type { LazyView } from '../../shared/ui/lazy-view'
import { ProblemMessage } from '../../shared/ui/ProblemMessage'
import { usePrinting } from '../../shared/ui/use-printing'
import { ViewBoundary } from '../../shared/ui/ViewBoundary'
import { useComparison } from '../../shared/view/use-comparison'
import { useSalesView } from '../../shared/view/use-sales-view'
import { useViewState } from '../../shared/view-state'
import { BeyondTodayNotice } from './components/BeyondTodayNotice'
import { ColumnChooser } from './components/ColumnChooser'
import { CopyLinkButton } from './components/CopyLinkButton'
import { CoverageNotice } from './components/CoverageNotice'
import { FeedView } from './components/FeedView'
import { LedgerPicker } from './components/LedgerPicker'
import { LoadProgress } from './components/LoadProgress'
import { PeriodPicker } from './components/PeriodPicker'
import { ResponsiveFilters } from './components/ResponsiveFilters'
import { ResponsiveSales } from './components/ResponsiveSales'
import { TableSkeleton } from './components/TableSkeleton'
import { TotalsBar } from './components/TotalsBar'

const TEXT = defineText('explorer.ExplorerPage', {
  personal: 'Vis personopplysninger',

  heading: 'Salg og refusjoner',
  feed: 'Salgsloggen',
  print: 'Utskriften',
  view: 'Visning',
  table: 'Tabell',
  insights: 'Innsikt og MVA',
  dayReport: (date: string) => `Dagsoppgjør ${date.slice(8, 10)}.${date.slice(5, 7)}.`,
  settlement: 'Oppgjør og utbetalinger',
  vouchers: 'Bilag til regnskapet',
  export: 'Eksporten',
  tableName: 'Tabellen',
  sales: 'salgene',
  noMatch: 'Ingen transaksjoner passer filtrene.',
  noSales: 'Ingen salg i perioden.',
  search: 'Søket',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'explorer.ExplorerPage': typeof TEXT
  }
}

/** The period as the URL writes it: dates only for a custom period. */
const periodSearch = ({ preset, from, to }: Period) =>
  preset === 'custom' ? { period: preset, from, to } : { period: preset }

export interface ExplorerSlots {
  Insights: ComponentType<InsightsProps>
  Export: ComponentType<ExportProps>
  FindReference: ComponentType<FindReferenceProps>
  /** Printed above and below the totals; their code loads when the page is idle, ready for Ctrl+P. */
  PrintHeader: LazyView<PrintProps>
  PrintDetails: LazyView<PrintProps>
}

export function ExplorerPage({ Insights, Export, FindReference, PrintHeader, PrintDetails }: ExplorerSlots) {
  const [state, update] = useViewState()
  const isFeed = state.view === 'feed'
  const { snapshot, loader } = usePeriodSales(isFeed ? null : state.ledger, state.period)
  const onSort = useCallback(
    (column: ColumnId) =>
      update((s) => ({
        ...s,
        sort: { column, desc: s.sort.column === column ? !s.sort.desc : column !== 'reference' },
      })),
    [update],
  )
  const onHide = useCallback(
    (hiddenColumns: ColumnId[]) => update((s) => ({ ...s, hiddenColumns })),
    [update],
  )
  const onSortTo = useCallback((sort: SortSpec) => update((s) => ({ ...s, sort })), [update])
  const onRetryFailed = useCallback(() => loader?.retryFailed(), [loader])
  const onStop = useCallback(() => loader?.cancel(), [loader])
  const onResume = useCallback(() => void loader?.resume(), [loader])
  const [showPersonal, setShowPersonal] = useState(false)
  // Personal data goes into the browser's cache of closed days only while it is shown (personal-data.ts).
  useEffect(() => {
    setPersonalDataShown(showPersonal)
    return () => setPersonalDataShown(false)
  }, [showPersonal])
  const personal = (
    <label className="check toolbar__personal">
      <input type="checkbox" checked={showPersonal} onChange={(e) => setShowPersonal(e.target.checked)} />
      {TEXT.personal}
    </label>
  )
  // On a phone these two move into the filter sheet, so the totals come first.
  const extras = (
    <>
      {personal}
      <CopyLinkButton state={state} />
    </>
  )

  return (
    <ShowPersonalData.Provider value={showPersonal}>
      <div className="explorer">
        <h1 className="visually-hidden">{TEXT.heading}</h1>
        <div className="toolbar">
          <LedgerPicker state={state} update={update} />
          <PeriodPicker state={state} update={update} />
          <div className="toolbar__extras">{extras}</div>
        </div>
        {!isFeed ? <BeyondTodayNotice period={state.period} /> : null}
        {isFeed ? (
          <ViewBoundary name={TEXT.feed}>
            <FeedView
              state={state}
              update={update}
              onSort={onSort}
              onSortTo={onSortTo}
              onHide={onHide}
              extras={extras}
            />
          </ViewBoundary>
        ) : state.period.beyondToday?.kind === 'notBegun' ? null : (
          <DateView
            Insights={Insights}
            Export={Export}
            FindReference={FindReference}
            PrintHeader={PrintHeader}
            PrintDetails={PrintDetails}
            snapshot={snapshot}
            onRetryFailed={onRetryFailed}
            onStop={onStop}
            onResume={onResume}
            state={state}
            update={update}
            onSort={onSort}
            onSortTo={onSortTo}
            onHide={onHide}
            extras={extras}
          />
        )}
      </div>
    </ShowPersonalData.Provider>
  )
}

function DateView({
  Insights,
  Export,
  FindReference,
  PrintHeader,
  PrintDetails,
  snapshot,
  onRetryFailed,
  onStop,
  onResume,
  state,
  update,
  onSort,
  onSortTo,
  onHide,
  extras,
}: ExplorerSlots & {
  snapshot: ReturnType<typeof usePeriodSales>['snapshot']
  onRetryFailed: () => void
  onStop: () => void
  onResume: () => void
  state: ReturnType<typeof useViewState>[0]
  update: ReturnType<typeof useViewState>[1]
  onSort: (column: ColumnId) => void
  onSortTo: (sort: SortSpec) => void
  onHide: (hidden: ColumnId[]) => void
  extras: ReactNode
}) {
  const view = useSalesView(snapshot, state)
  const { rows: filtered, isFiltered } = view
  const dataFrom = useSalesDataFrom()
  // The previous period loads (same loader, same cache) once this one is in, so it never delays it.
  const { from, to } = state.period
  const previousPeriod = useMemo(() => previousPeriodOf({ preset: 'custom', from, to }), [from, to])
  const previous = useSettledPeriod(state.ledger, previousPeriod, snapshot.complete)
  const comparison = useComparison(view, previous, previousPeriod, snapshot.updatedAt ?? null)
  const printing = usePrinting()
  const ledger = useLedgers().data?.find((l) => l.ledgerId === state.ledger)
  const ledgerName = ledger ? ledgerLabel(ledger) : (state.ledger ?? '')
  usePreloadWhenIdle(snapshot.complete, PrintHeader, PrintDetails)
  const firstError = snapshot.days.find((d) => d.status === 'failed' && d.events === 0)?.error
  const allFailed =
    snapshot.totalDays > 0 && snapshot.failedDays.length === snapshot.totalDays && snapshot.eventCount === 0
  const loading = !snapshot.complete && snapshot.failedDays.length === 0

  return (
    <>
      {printing ? (
        <ViewBoundary name={TEXT.print} compact>
          <Suspense fallback={null}>
            <PrintHeader view={view} ledgerName={ledgerName} />
          </Suspense>
        </ViewBoundary>
      ) : null}
      <ResponsiveFilters state={state} update={update} facets={view.facets} extras={extras} />
      <div className="results" data-applied-query={view.filters.text}>
        <TotalsBar view={view} comparison={comparison} />
      </div>
      {printing ? (
        <ViewBoundary name={TEXT.print} compact>
          <Suspense fallback={null}>
            <PrintDetails view={view} ledgerName={ledgerName} />
          </Suspense>
        </ViewBoundary>
      ) : null}
      <div className="table-header">
        <LoadProgress snapshot={snapshot} onRetryFailed={onRetryFailed} onStop={onStop} onResume={onResume} />
        <div className="table-header__actions">
          <div className="tabs" role="group" aria-label={TEXT.view}>
            <button
              type="button"
              className="segmented__button"
              aria-pressed={state.tab === 'table'}
              onClick={() => update((s) => ({ ...s, tab: 'table' }))}
            >
              {TEXT.table}
            </button>
            <button
              type="button"
              className="segmented__button"
              aria-pressed={state.tab === 'insights'}
              onClick={() => update((s) => ({ ...s, tab: 'insights' }))}
            >
              {TEXT.insights}
            </button>
          </div>
          {beforeSalesData(state.period, dataFrom) ? null : (
            <Link className="button button--small" {...links.dayReport(state.period.to)}>
              {TEXT.dayReport(state.period.to)}
            </Link>
          )}
          <Link
            className="button button--small"
            {...links.settlement({ ledger: state.ledger ?? undefined, ...periodSearch(state.period) })}
          >
            {TEXT.settlement}
          </Link>
          <Link
            className="button button--small"
            {...links.vouchers({ ledger: state.ledger ?? undefined, ...periodSearch(state.period) })}
          >
            {TEXT.vouchers}
          </Link>
          {state.ledger ? (
            <ViewBoundary name={TEXT.export} compact>
              <Suspense fallback={null}>
                <Export ledgerId={state.ledger} view={view} retryFailed={onRetryFailed} />
              </Suspense>
            </ViewBoundary>
          ) : null}
          {state.tab === 'table' ? <ColumnChooser hidden={state.hiddenColumns} onChange={onHide} /> : null}
        </div>
      </div>
      <div id="salg" className="sales-area skip-target" tabIndex={-1}>
        <CoverageNotice period={state.period} completeness={view.completeness} />
        {allFailed && firstError ? <ProblemMessage error={firstError} what={TEXT.sales} /> : null}
        {state.tab === 'insights' && filtered.length > 0 ? (
          <ViewBoundary name={TEXT.insights}>
            <Suspense fallback={<TableSkeleton />}>
              <Insights
                view={view}
                onFilter={(patch) =>
                  update((s) => ({ ...s, tab: 'table', filters: { ...s.filters, ...patch } }))
                }
              />
            </Suspense>
          </ViewBoundary>
        ) : filtered.length > 0 ? (
          <ViewBoundary name={TEXT.tableName}>
            <ResponsiveSales
              onSortTo={onSortTo}
              oneDay={state.period.from === state.period.to}
              rows={filtered}
              sort={state.sort}
              hiddenColumns={state.hiddenColumns}
              onSort={onSort}
              ledgerId={state.ledger ?? ''}
            />
          </ViewBoundary>
        ) : loading ? (
          <TableSkeleton />
        ) : allFailed ? null : (
          <div className="empty" data-testid="empty-state">
            <p>{isFiltered ? TEXT.noMatch : TEXT.noSales}</p>
            {state.ledger && looksLikeReference(view.filters.text) ? (
              <ViewBoundary name={TEXT.search} compact>
                <Suspense fallback={null}>
                  <FindReference text={view.filters.text} ledgerId={state.ledger} />
                </Suspense>
              </ViewBoundary>
            ) : null}
          </div>
        )}
      </div>
    </>
  )
}

/**
 * Printing is rare, but Ctrl+P must find the print summary's code on the page (the browser lays
 * the page out for paper at once): it loads when the page is idle after the sales are in.
 */
function usePreloadWhenIdle(
  ready: boolean,
  first: { preload: () => Promise<void> },
  second: { preload: () => Promise<void> },
) {
  useEffect(() => {
    if (!ready) return
    const load = () => {
      void first.preload()
      void second.preload()
    }
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(load, { timeout: 5000 })
      return () => window.cancelIdleCallback(id)
    }
    const timer = setTimeout(load, 2000)
    return () => clearTimeout(timer)
  }, [ready, first, second])
}
