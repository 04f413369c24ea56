import { type ReactNode, useId } from 'react'
import { defineText } from '../../../shared/i18n/language'

const TEXT = defineText('insights.ChartCard', { showTable: 'Vis tallene som tabell' })
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'insights.ChartCard': typeof TEXT
  }
}

/**
 * A chart with its title, a one-line summary, and the figures as a table. The drawing itself is
 * hidden from screen readers (no focus stops in it): the summary and the table say what it shows,
 * and the table's buttons do what a click on a bar does.
 */
export function ChartCard({
  title,
  summary,
  unit,
  table,
  children,
  testId,
  width,
}: {
  title: string
  summary: string
  /** What the axis numbers count: "kr", "tusen kr", "mill. kr". */
  unit?: string
  table: ReactNode
  children: ReactNode
  testId?: string
  /** A fixed width (print), else the grid's. */
  width?: number | undefined
}) {
  const titleId = useId()
  return (
    <section
      className="chart-card"
      data-testid={testId}
      aria-labelledby={titleId}
      style={width ? { width } : undefined}
    >
      <h2 className="chart-card__title" id={titleId}>
        {title}
      </h2>
      <p className="chart-card__summary">{summary}</p>
      <div className="chart-card__chart" aria-hidden="true">
        {unit ? <span className="chart-card__unit">{unit}</span> : null}
        {children}
      </div>
      <details className="chart-card__table">
        <summary>{TEXT.showTable}</summary>
        {table}
      </details>
    </section>
  )
}
