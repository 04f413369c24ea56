import type { ReactNode } from 'react'

/** A chart with its title, a one-line summary for screen readers, and the figures as a table. */
export function ChartCard({
  title,
  summary,
  table,
  children,
  testId,
}: {
  title: string
  summary: string
  table: ReactNode
  children: ReactNode
  testId?: string
}) {
  return (
    <section className="chart-card" data-testid={testId}>
      <h2 className="chart-card__title">{title}</h2>
      <p className="chart-card__summary">{summary}</p>
      <div className="chart-card__chart" aria-hidden="true">
        {children}
      </div>
      <details className="chart-card__table">
        <summary>Vis tallene som tabell</summary>
        {table}
      </details>
    </section>
  )
}
