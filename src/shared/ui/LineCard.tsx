import type { ReactNode } from 'react'
import { Money } from './Money'

/**
 * One row of a table as a small card, for a phone: its name and amount on top, then every other
 * figure with its label. A list of them (`<ul className="line-list">`) takes the table's place.
 */
export function LineCard({
  name,
  amount,
  currency,
  children,
  refunded,
  after,
}: {
  name: ReactNode
  amount: number | null
  currency?: string
  /** Its other figures: one Fact each. */
  children: ReactNode
  /** The order's lines after refunds mark a refunded line (as the table's rows do). */
  refunded?: string
  /** Below the figures: a row's action and what it opens. */
  after?: ReactNode
}) {
  return (
    <li className="line-list__item" data-refunded={refunded}>
      <div className="line-list__head">
        <span className="line-list__name">{name}</span>
        <Money minor={amount} currency={currency} />
      </div>
      <dl className="line-list__facts">{children}</dl>
      {after}
    </li>
  )
}

/** One labelled figure of a LineCard. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  )
}
