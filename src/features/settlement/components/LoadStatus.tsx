import { formatDateLabel } from '../../../api/oslo-time'
import { defineText } from '../../../shared/i18n/language'
import { problemSentence } from '../../../shared/ui/problem-parts'
import type { SettlementSnapshot } from '../api/settlement-loader'

const TEXTS = defineText('settlement.LoadStatus', {
  sales: 'Salg',
  report: 'Oppgjør (Report API)',
  salesProgress: (loaded: number, all: number) => `Salg: ${loaded} av ${all} datoer`,
  reportProgress: (loaded: number, all: number) => `Oppgjør (Report API): ${loaded} av ${all} datoer`,
  done: (sales: number, report: number | null) =>
    report === null
      ? `Alt er hentet: salg for ${sales} datoer`
      : `Alt er hentet: salg for ${sales} datoer, oppgjør for ${report} datoer`,
  searching: 'leter etter forrige utbetaling',
  failedSales: (dates: string, why: string) =>
    `Salgene for disse datoene kunne ikke hentes helt: ${dates}. ${why}`,
  failedReport: (dates: string, why: string) =>
    `Oppgjøret for disse datoene kunne ikke hentes: ${dates}. ${why}`,
  incomplete: 'Tallene under er ufullstendige til alt er hentet.',
  retry: 'Prøv igjen',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.LoadStatus': typeof TEXTS
  }
}

const failureText = (error: Error | null): string => problemSentence(error)

/** How far the loading has come (sales first, then the report dates), and what failed, with a retry. */
export function LoadStatus({ snapshot, onRetry }: { snapshot: SettlementSnapshot; onRetry: () => void }) {
  const { sales, report, settled, lookback } = snapshot
  const salesLoaded = sales.loadedDates.length
  const reportLoaded = report.loaded.length
  const failed = sales.failedDates.length + report.failedDates.length > 0
  return (
    <div className="progress settlement__progress">
      <div className="progress__line" role="status" aria-live="polite" data-testid="settlement-progress">
        {settled ? (
          <span>{TEXTS.done(salesLoaded, report.denied ? null : reportLoaded)}</span>
        ) : (
          <>
            <span>{TEXTS.salesProgress(salesLoaded, sales.days.length)}</span>
            <progress max={Math.max(1, sales.days.length)} value={salesLoaded} aria-label={TEXTS.sales} />
            <span>
              {TEXTS.reportProgress(reportLoaded, report.requested.length)}
              {lookback.kind === 'load' || lookback.kind === 'wait' ? ` · ${TEXTS.searching}` : ''}
            </span>
            <progress
              max={Math.max(1, report.requested.length)}
              value={reportLoaded}
              aria-label={TEXTS.report}
            />
          </>
        )}
      </div>
      {failed ? (
        <div className="failed-days" role="alert">
          {sales.failedDates.length > 0 ? (
            <p>
              {TEXTS.failedSales(
                sales.failedDates.map(formatDateLabel).join(', '),
                failureText(sales.days.find((d) => d.error)?.error ?? null),
              )}
            </p>
          ) : null}
          {report.failedDates.length > 0 ? (
            <p>
              {TEXTS.failedReport(
                report.failedDates.map(formatDateLabel).join(', '),
                failureText(report.error),
              )}
            </p>
          ) : null}
          <p>{TEXTS.incomplete}</p>
          <button type="button" className="button button--small" onClick={onRetry}>
            {TEXTS.retry}
          </button>
        </div>
      ) : null}
    </div>
  )
}
