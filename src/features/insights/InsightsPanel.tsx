import { useMemo } from 'react'
import { defineText } from '../../shared/i18n/language'
import { categoryLabel, paymentTypeLabel, solutionLabel } from '../../shared/labels'
import type { InsightsProps } from '../../shared/slots'
import { ChartsMixedNotice } from '../../shared/ui/FigureNotices'
import { SalesOverTimeChart, ShareChart, VatChart } from './components/Charts'
import { VatSummaryTable } from './components/VatSummaryTable'
import { byCategory, byField, salesOverTime, vatSummary } from './model/aggregate'

const TEXT = defineText('insights.InsightsPanel', {
  byCategory: 'Salg per kategori',
  bySolution: 'Per salgskanal',
  byPayment: 'Per betalingsmåte',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'insights.InsightsPanel': typeof TEXT
  }
}

/** Charts and the VAT summary of the explorer's current view; a click filters the table. */
export default function InsightsPanel({ view, onFilter }: InsightsProps) {
  const { rows, period, currency } = view
  const time = useMemo(() => salesOverTime(rows, period.from, period.to), [rows, period.from, period.to])
  const vat = useMemo(() => vatSummary(rows), [rows])
  const categories = useMemo(() => byCategory(rows), [rows])
  const solutions = useMemo(() => byField(rows, 'solution'), [rows])
  const payments = useMemo(() => byField(rows, 'paymentType'), [rows])
  return (
    <div className="insights">
      <ChartsMixedNotice completeness={view.completeness} />
      <div className="insights__grid">
        <SalesOverTimeChart buckets={time} currency={currency} hourly={period.from === period.to} />
        <VatChart summary={vat} currency={currency} onPick={(rate) => onFilter({ vatRates: [rate] })} />
        <ShareChart
          title={TEXT.byCategory}
          buckets={categories}
          currency={currency}
          label={categoryLabel}
          onPick={(key) => onFilter({ categories: [key] })}
          testId="chart-category"
        />
        <ShareChart
          title={TEXT.bySolution}
          buckets={solutions}
          currency={currency}
          label={solutionLabel}
          onPick={(key) => onFilter({ solutions: [key] })}
          testId="chart-solution"
        />
        <ShareChart
          title={TEXT.byPayment}
          buckets={payments}
          currency={currency}
          label={paymentTypeLabel}
          onPick={(key) => onFilter({ paymentTypes: [key] })}
          testId="chart-payment"
        />
      </div>
      <VatSummaryTable summary={vat} currency={currency} completeness={view.completeness} />
    </div>
  )
}
