import { cloneElement, type ReactElement } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { currentLocale } from '../../../api/locale'
import { formatMoney, formatVatRate } from '../../../api/money'
import { defineText } from '../../../shared/i18n/language'
import type { MoneySum } from '../../../shared/view/money-sum'
import type { ShareBucket, TimeBucket, VatSummary } from '../model/aggregate'
import { NOT_A_FILTER } from '../model/aggregate'
import { decimalsFor, moneyTicks } from '../model/money-axis'
import { ChartCard } from './ChartCard'
import { CAPTURE_COLOUR, PALETTE, REFUND_COLOUR, VAT_COLOUR } from './palette'

const HEIGHT = 260

const TEXT = defineText('insights.Charts', {
  withoutAmount: (count: string) => `${count} uten beløp`,
  missingNote: (missing: string) => ` ${missing} er ikke med i beløpene.`,
  outside: (count: string, one: boolean) =>
    ` ${count} transaksjoner utenfor periodens ${one ? 'tid' : 'tider'} vises i egne søyler.`,
  perHour: 'Salg per time',
  perDay: 'Salg per dag',
  salesSummary: (captures: string, refunds: string) => `Salg ${captures}, refusjoner ${refunds}.`,
  unknownRate: 'Ukjent sats',
  vatTitle: 'MVA per sats (netto etter refusjoner)',
  vatSummary: (label: string, base: string, vat: string) => `${label}: grunnlag ${base}, mva ${vat}`,

  kroner: 'kr',
  thousands: 'tusen kr',
  millions: 'mill. kr',
  sales: 'Salg',
  refunds: 'Refusjoner',
  base: 'Grunnlag',
  vat: 'MVA',
  gross: 'Brutto',
  note: 'Merknad',
  filterBy: (label: string) => `Vis bare ${label} i tabellen`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'insights.Charts': typeof TEXT
  }
}

/**
 * One number format on an axis, in the unit the largest tick needs: "8 500" kr, "19,5" tusen kr,
 * "1,5" mill. kr (never "19,5k" beside "1 mill." on one axis). Ticks sit at round steps
 * (money-axis.ts) and each label shows its tick exactly.
 */
export function axisScale(values: number[]): {
  unit: string
  format: (minor: number) => string
  ticks: number[]
  domain: [number, number]
} {
  const ticks = moneyTicks(values)
  const largest = Math.max(...ticks.map((t) => Math.abs(t))) / 100
  const [divisor, unit] =
    largest >= 10_000_000
      ? [1_000_000, TEXT.millions]
      : largest >= 10_000
        ? [1_000, TEXT.thousands]
        : [1, TEXT.kroner]
  const decimals = decimalsFor(ticks, 100 * divisor)
  const number = new Intl.NumberFormat(currentLocale(), {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
  })
  const domain: [number, number] = [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0]
  return { unit, format: (minor) => number.format(minor / 100 / divisor), ticks, domain }
}
/** A money axis's props: its round ticks, their labels, the range they span. */
const moneyAxis = (scale: ReturnType<typeof axisScale>) => ({
  tickFormatter: scale.format,
  tick: axisStyle,
  ticks: scale.ticks,
  domain: scale.domain,
})
/** Long names are cut on the axis; the tooltip and the table show them whole. */
const shortLabel = (label: string) => (label.length > 22 ? `${label.slice(0, 21)}…` : label)
const axisStyle = { fontSize: 11, fill: 'var(--muted)' }
const tooltipStyle = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  color: 'var(--text)',
}

/**
 * On screen a chart fills its card; printed, it has a fixed size (the page is laid out for paper
 * at once, before a ResizeObserver could tell the chart its new width).
 */
function ChartFrame({
  width,
  height,
  children,
}: {
  width?: number | undefined
  height: number
  children: ReactElement
}) {
  if (width)
    return cloneElement(children as ReactElement<{ width?: number; height?: number }>, { width, height })
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  )
}

/** "3 uten beløp" for the sums that leave transactions out, or nothing. */
export function missingNote(...sums: MoneySum[]): string {
  const missing = sums.reduce((n, s) => n + s.withoutGross, 0)
  return missing > 0 ? TEXT.withoutAmount(missing.toLocaleString(currentLocale())) : ''
}

interface MoneyTableRow {
  label: string
  values: number[]
  note?: string
  /** Filters the explorer by this row, as a click on its bar does. */
  onPick?: () => void
}

/** A chart's figures as a table with a caption and column headers; a row's button filters by it. */
function MoneyTable({
  caption,
  columns,
  rows,
  currency,
}: {
  caption: string
  columns: string[]
  rows: MoneyTableRow[]
  currency: string
}) {
  return (
    <table className="lines-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((column) => (
            <th key={column} scope="col" className="num">
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{TEXT.note}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">
              {row.onPick ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={row.onPick}
                  aria-label={TEXT.filterBy(row.label)}
                >
                  {row.label}
                </button>
              ) : (
                row.label
              )}
            </th>
            {row.values.map((value, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <td key={i} className="num">
                {formatMoney(value, currency)}
              </td>
            ))}
            <td className="muted">{row.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** What a chart's sums leave out, said in its summary. */
function leftOut(sums: MoneySum[], outside: number): string {
  const missing = missingNote(...sums)
  return [
    missing ? TEXT.missingNote(missing) : '',
    outside > 0 ? TEXT.outside(outside.toLocaleString(currentLocale()), outside === 1) : '',
  ].join('')
}

export function SalesOverTimeChart({
  buckets,
  currency,
  hourly,
  width,
}: {
  buckets: TimeBucket[]
  currency: string
  hourly: boolean
  /** A fixed width (print); else the card's. */
  width?: number
}) {
  const data = buckets.map((b) => ({
    label: b.label,
    captures: b.sums.captures.gross,
    refunds: b.sums.refunds.gross,
    note: missingNote(b.sums.all),
  }))
  const captures = data.reduce((s, b) => s + b.captures, 0)
  const refunds = data.reduce((s, b) => s + b.refunds, 0)
  const outside = buckets.filter((b) => b.outside).reduce((n, b) => n + b.sums.all.count, 0)
  const scale = axisScale(data.flatMap((b) => [b.captures, b.refunds, b.captures + b.refunds]))
  const title = hourly ? TEXT.perHour : TEXT.perDay
  return (
    <ChartCard
      width={width}
      title={title}
      unit={scale.unit}
      summary={`${TEXT.salesSummary(formatMoney(captures, currency), formatMoney(refunds, currency))}${leftOut(
        buckets.map((b) => b.sums.all),
        outside,
      )}`}
      table={
        <MoneyTable
          caption={title}
          columns={[TEXT.sales, TEXT.refunds]}
          currency={currency}
          rows={data.map((b) => ({ label: b.label, values: [b.captures, b.refunds], note: b.note }))}
        />
      }
      testId="chart-time"
    >
      <ChartFrame width={width} height={HEIGHT}>
        <BarChart
          data={data}
          stackOffset="sign"
          margin={{ top: 10, left: 8, right: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={axisStyle} interval="preserveStartEnd" minTickGap={12} />
          <YAxis {...moneyAxis(scale)} width={48} />
          <ReferenceLine y={0} stroke="var(--muted)" />
          <Tooltip contentStyle={tooltipStyle} formatter={(value) => formatMoney(Number(value), currency)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="captures"
            name={TEXT.sales}
            stackId="a"
            fill={CAPTURE_COLOUR}
            isAnimationActive={false}
          />
          <Bar
            dataKey="refunds"
            name={TEXT.refunds}
            stackId="a"
            fill={REFUND_COLOUR}
            isAnimationActive={false}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  )
}

export function VatChart({
  summary,
  currency,
  onPick,
  width,
}: {
  summary: VatSummary
  currency: string
  onPick: (rate: number) => void
  width?: number
}) {
  const data = summary.rates.map((r) => ({
    rate: r.vatRate,
    label: r.vatRate === null ? TEXT.unknownRate : formatVatRate(r.vatRate),
    base: r.net.net,
    vat: r.net.vat,
  }))
  const scale = axisScale(data.flatMap((d) => [d.base, d.vat]))
  const title = TEXT.vatTitle
  return (
    <ChartCard
      width={width}
      title={title}
      unit={scale.unit}
      summary={data
        .map((d) => TEXT.vatSummary(d.label, formatMoney(d.base, currency), formatMoney(d.vat, currency)))
        .join('. ')}
      table={
        <MoneyTable
          caption={title}
          columns={[TEXT.base, TEXT.vat]}
          currency={currency}
          rows={data.map((d) => ({
            label: d.label,
            values: [d.base, d.vat],
            ...(d.rate !== null ? { onPick: () => onPick(d.rate as number) } : {}),
          }))}
        />
      }
      testId="chart-vat"
    >
      <ChartFrame width={width} height={HEIGHT}>
        <BarChart data={data} margin={{ top: 10, left: 8, right: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={axisStyle} />
          <YAxis {...moneyAxis(scale)} width={48} />
          <Tooltip contentStyle={tooltipStyle} formatter={(value) => formatMoney(Number(value), currency)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="base"
            name={TEXT.base}
            fill={CAPTURE_COLOUR}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(d) => d.payload?.rate !== null && onPick(d.payload.rate)}
          />
          <Bar
            dataKey="vat"
            name={TEXT.vat}
            fill={VAT_COLOUR}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(d) => d.payload?.rate !== null && onPick(d.payload.rate)}
          />
        </BarChart>
      </ChartFrame>
    </ChartCard>
  )
}

export function ShareChart({
  title,
  buckets,
  currency,
  label,
  onPick,
  testId,
  width,
}: {
  title: string
  buckets: ShareBucket[]
  currency: string
  label: (key: string) => string
  onPick: (key: string) => void
  testId: string
  width?: number
}) {
  const data = buckets.map((b) => ({
    key: b.key,
    label: label(b.key),
    gross: b.sums.all.gross,
    count: b.sums.all.count,
    note: missingNote(b.sums.all),
  }))
  const height = Math.max(120, data.length * 30 + 30)
  const scale = axisScale(data.map((d) => d.gross))
  return (
    <ChartCard
      width={width}
      title={title}
      unit={scale.unit}
      summary={data
        .map(
          (d) => `${d.label}: ${formatMoney(d.gross, currency)} (${d.count}${d.note ? `, ${d.note}` : ''})`,
        )
        .join('. ')}
      table={
        <MoneyTable
          caption={title}
          columns={[TEXT.gross]}
          currency={currency}
          rows={data.map((d) => ({
            label: d.label,
            values: [d.gross],
            note: d.note,
            ...(NOT_A_FILTER.has(d.key) ? {} : { onPick: () => onPick(d.key) }),
          }))}
        />
      }
      testId={testId}
    >
      <ChartFrame width={width} height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" horizontal={false} />
          <XAxis type="number" {...moneyAxis(scale)} />
          <YAxis type="category" dataKey="label" tick={axisStyle} width={150} tickFormatter={shortLabel} />
          <Tooltip contentStyle={tooltipStyle} formatter={(value) => formatMoney(Number(value), currency)} />
          <Bar
            dataKey="gross"
            name={TEXT.gross}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(d) => d.payload && !NOT_A_FILTER.has(d.payload.key) && onPick(d.payload.key)}
          >
            {data.map((d, i) => (
              <Cell key={d.key} fill={PALETTE[i % PALETTE.length]} />
            ))}
          </Bar>
        </BarChart>
      </ChartFrame>
    </ChartCard>
  )
}
