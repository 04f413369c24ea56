import { Link } from '@tanstack/react-router'
import { type ComponentType, Suspense, useCallback, useEffect, useState } from 'react'
import type { ColumnId } from '../../shared/filters/sort-rows'
import { links } from '../../shared/links'
import { setPersonalDataShown } from '../../shared/period/cache-policy'
import type { Period } from '../../shared/period/periods'
import { usePeriodSales } from '../../shared/period/use-period-sales'
import type { ExportProps, InsightsProps } from '../../shared/slots'
import { ShowPersonalData } from '../../shared/ui/CustomerIdentity'
import { ProblemMessage } from '../../shared/ui/ProblemMessage'
import { useSalesView } from '../../shared/view/use-sales-view'
import { useViewState } from '../../shared/view-state'
import { ColumnChooser } from './components/ColumnChooser'
import { CoverageNotice } from './components/CoverageNotice'
import { FeedView } from './components/FeedView'
import { FilterBar } from './components/FilterBar'
import { LedgerPicker } from './components/LedgerPicker'
import { LoadProgress } from './components/LoadProgress'
import { PeriodPicker } from './components/PeriodPicker'
import { SalesTable } from './components/SalesTable'
import { TableSkeleton } from './components/TableSkeleton'
import { TotalsBar } from './components/TotalsBar'

/** The period as the URL writes it: dates only for a custom period. */
const periodSearch = ({ preset, from, to }: Period) =>
  preset === 'custom' ? { period: preset, from, to } : { period: preset }

export interface ExplorerSlots {
  Insights: ComponentType<InsightsProps>
  Export: ComponentType<ExportProps>
}

export function ExplorerPage({ Insights, Export }: ExplorerSlots) {
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
  const onRetry = useCallback((date: string) => loader?.retry(date), [loader])
  const onRetryFailed = useCallback(() => loader?.retryFailed(), [loader])
  const onStop = useCallback(() => loader?.cancel(), [loader])
  const onResume = useCallback(() => void loader?.resume(), [loader])
  const [showPersonal, setShowPersonal] = useState(false)
  // Personal data goes into the browser's cache of closed days only while it is shown (personal-data.ts).
  useEffect(() => {
    setPersonalDataShown(showPersonal)
    return () => setPersonalDataShown(false)
  }, [showPersonal])

  return (
    <ShowPersonalData.Provider value={showPersonal}>
      <div className="explorer">
        <div className="toolbar">
          <LedgerPicker state={state} update={update} />
          <PeriodPicker state={state} update={update} />
          <label className="check toolbar__personal">
            <input
              type="checkbox"
              checked={showPersonal}
              onChange={(e) => setShowPersonal(e.target.checked)}
            />
            Vis personopplysninger
          </label>
        </div>
        {isFeed ? (
          <FeedView state={state} update={update} onSort={onSort} onHide={onHide} />
        ) : (
          <DateView
            Insights={Insights}
            Export={Export}
            snapshot={snapshot}
            onRetry={onRetry}
            onRetryFailed={onRetryFailed}
            onStop={onStop}
            onResume={onResume}
            state={state}
            update={update}
            onSort={onSort}
            onHide={onHide}
          />
        )}
      </div>
    </ShowPersonalData.Provider>
  )
}

function DateView({
  Insights,
  Export,
  snapshot,
  onRetry,
  onRetryFailed,
  onStop,
  onResume,
  state,
  update,
  onSort,
  onHide,
}: ExplorerSlots & {
  snapshot: ReturnType<typeof usePeriodSales>['snapshot']
  onRetry: (date: string) => void
  onRetryFailed: () => void
  onStop: () => void
  onResume: () => void
  state: ReturnType<typeof useViewState>[0]
  update: ReturnType<typeof useViewState>[1]
  onSort: (column: ColumnId) => void
  onHide: (hidden: ColumnId[]) => void
}) {
  const view = useSalesView(snapshot, state)
  const { rows: filtered, isFiltered } = view
  const firstError = snapshot.days.find((d) => d.status === 'failed' && d.events === 0)?.error
  const allFailed =
    snapshot.totalDays > 0 && snapshot.failedDays.length === snapshot.totalDays && snapshot.eventCount === 0
  const loading = !snapshot.complete && snapshot.failedDays.length === 0

  return (
    <>
      <FilterBar state={state} update={update} facets={view.facets} />
      <div className="results" data-applied-query={view.filters.text}>
        <TotalsBar view={view} />
      </div>
      <div className="table-header">
        <LoadProgress snapshot={snapshot} onRetry={onRetry} onStop={onStop} onResume={onResume} />
        <div className="table-header__actions">
          <div className="tabs" role="group" aria-label="Visning">
            <button
              type="button"
              className="segmented__button"
              aria-pressed={state.tab === 'table'}
              onClick={() => update((s) => ({ ...s, tab: 'table' }))}
            >
              Tabell
            </button>
            <button
              type="button"
              className="segmented__button"
              aria-pressed={state.tab === 'insights'}
              onClick={() => update((s) => ({ ...s, tab: 'insights' }))}
            >
              Innsikt og MVA
            </button>
          </div>
          <Link className="button button--small" {...links.dayReport(state.period.to)}>
            Dagsrapport {state.period.to.slice(8, 10)}.{state.period.to.slice(5, 7)}.
          </Link>
          <Link
            className="button button--small"
            {...links.settlement({ ledger: state.ledger ?? undefined, ...periodSearch(state.period) })}
          >
            Oppgjør og utbetalinger
          </Link>
          <Link
            className="button button--small"
            {...links.vouchers({ ledger: state.ledger ?? undefined, ...periodSearch(state.period) })}
          >
            Bilag til regnskapet
          </Link>
          {state.ledger ? (
            <Suspense fallback={null}>
              <Export ledgerId={state.ledger} view={view} retryFailed={onRetryFailed} />
            </Suspense>
          ) : null}
          {state.tab === 'table' ? <ColumnChooser hidden={state.hiddenColumns} onChange={onHide} /> : null}
        </div>
      </div>
      <CoverageNotice period={state.period} completeness={view.completeness} />
      {allFailed && firstError ? <ProblemMessage error={firstError} what="salgene" /> : null}
      {state.tab === 'insights' && filtered.length > 0 ? (
        <Suspense fallback={<TableSkeleton />}>
          <Insights
            view={view}
            onFilter={(patch) => update((s) => ({ ...s, tab: 'table', filters: { ...s.filters, ...patch } }))}
          />
        </Suspense>
      ) : filtered.length > 0 ? (
        <SalesTable
          rows={filtered}
          sort={state.sort}
          hiddenColumns={state.hiddenColumns}
          onSort={onSort}
          ledgerId={state.ledger ?? ''}
        />
      ) : loading ? (
        <TableSkeleton />
      ) : allFailed ? null : (
        <p className="empty" data-testid="empty-state">
          {isFiltered ? 'Ingen transaksjoner passer filtrene.' : 'Ingen salg i perioden.'}
        </p>
      )}
    </>
  )
}
