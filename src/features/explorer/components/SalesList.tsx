import { Link } from '@tanstack/react-router'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useRef, useState } from 'react'
import { localeFormat } from '../../../api/locale'
import { formatVatRate } from '../../../api/money'
import { formatOsloClock, OSLO_TIME_ZONE } from '../../../api/oslo-time'
import type { SaleRow } from '../../../api/sale-row'
import { categoriesOf } from '../../../shared/filters/filters'
import type { SortSpec } from '../../../shared/filters/sort-rows'
import { defineText } from '../../../shared/i18n/language'
import { paymentTypeLabel, solutionLabel } from '../../../shared/labels'
import { links } from '../../../shared/links'
import { EntryTypeBadge } from '../../../shared/ui/EntryTypeBadge'
import { Money } from '../../../shared/ui/Money'

/** A closed item's height (two lines and padding, a 44 px touch target and more); an open one measures itself. */
const ITEM_HEIGHT = 68

const TEXT = defineText('explorer.SalesList', {
  list: 'Transaksjoner',
  sort: 'Sortering',
  newest: 'Nyeste først',
  oldest: 'Eldste først',
  largest: 'Største beløp først',
  smallest: 'Minste beløp først',
  cash: 'kontant',
  openOrder: (reference: string) => `Åpne ordren «${reference}» →`,
  lines: 'Varelinjer',
  noLines: 'Ingen varelinjer.',
  quantity: (quantity: number | null, name: string) => `${quantity ?? '–'} × ${name}`,
  unnamed: '(uten navn)',
  lineVat: (rate: string) => `${rate} mva`,
  control: (reference: string, time: string) => `${reference}, ${time}`,
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.SalesList': typeof TEXT
  }
}

const SORTS: { label: string; sort: SortSpec }[] = [
  { label: TEXT.newest, sort: { column: 'time', desc: true } },
  { label: TEXT.oldest, sort: { column: 'time', desc: false } },
  { label: TEXT.largest, sort: { column: 'gross', desc: true } },
  { label: TEXT.smallest, sort: { column: 'gross', desc: false } },
]

const dayAndClock = localeFormat(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: OSLO_TIME_ZONE,
      day: 'numeric',
      month: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
)

/**
 * The sales on a phone: one compact item per transaction (time, reference, type, amount; how it
 * was paid and what was sold under it), the whole item a button that shows its order lines. The
 * list scrolls with the page; only the items on screen are rendered.
 */
function SalesListView({
  rows,
  sort,
  onSortTo,
  onEndReached,
  ledgerId,
  oneDay,
}: {
  rows: SaleRow[]
  sort: SortSpec
  onSortTo: (sort: SortSpec) => void
  onEndReached?: () => void
  ledgerId: string
  /** Every row is of one day: the time alone says when. */
  oneDay: boolean
}) {
  const listRef = useRef<HTMLUListElement>(null)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const [offset, setOffset] = useState(0)
  // The list's place on the page, for the window virtualizer (the totals above it change height).
  useEffect(() => {
    const list = listRef.current
    if (!list) return
    const measure = () => setOffset(list.getBoundingClientRect().top + window.scrollY)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ITEM_HEIGHT,
    overscan: 8,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]?.key ?? index,
  })
  const items = virtualizer.getVirtualItems()
  const last = items.at(-1)?.index ?? -1
  useEffect(() => {
    if (onEndReached && last >= rows.length - 20) onEndReached()
  }, [onEndReached, last, rows.length])

  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  const chosen = SORTS.findIndex((s) => s.sort.column === sort.column && s.sort.desc === sort.desc)
  const choose = (index: number) => {
    const target = SORTS[index]?.sort
    if (target) onSortTo(target)
  }

  return (
    <div className="sales-list">
      <label className="field sales-list__sort">
        <span className="field__label">{TEXT.sort}</span>
        <select className="select" value={chosen} onChange={(e) => choose(Number(e.target.value))}>
          {chosen < 0 ? <option value={-1}>–</option> : null}
          {SORTS.map((s, i) => (
            <option key={s.label} value={i}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <ul
        ref={listRef}
        className="sales-list__items"
        aria-label={TEXT.list}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {items.map((item) => {
          const row = rows[item.index]
          if (!row) return null
          const isOpen = open.has(row.key)
          const when = oneDay ? formatOsloClock(row.timeMs) : dayAndClock().format(row.timeMs)
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={`sales-list__item${row.isRefund ? ' sales-list__item--refund' : ''}`}
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
              data-testid="sales-item"
            >
              <button
                type="button"
                className="sales-list__row"
                aria-expanded={isOpen}
                aria-label={TEXT.control(row.reference, when)}
                onClick={() => toggle(row.key)}
              >
                <span className="sales-list__line">
                  <span className="sales-list__time">{when}</span>
                  <span className="sales-list__reference">{row.reference}</span>
                  <span className="sales-list__amount">
                    <Money minor={row.gross} currency={row.currency} />
                  </span>
                </span>
                <span className="sales-list__line sales-list__line--quiet">
                  <EntryTypeBadge row={row} />
                  <span className="sales-list__meta">
                    {[
                      paymentTypeLabel(row.paymentType),
                      solutionLabel(row.solution),
                      categoriesOf(row).join(', '),
                      row.pspReference ? null : TEXT.cash,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </button>
              {isOpen ? (
                <div className="sales-list__detail">
                  <CompactLines row={row} />
                  <Link
                    className="button button--small"
                    {...links.order(ledgerId, row.reference, row.pspReference)}
                  >
                    {TEXT.openOrder(row.reference)}
                  </Link>
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

export const SalesList = memo(SalesListView)

/**
 * A sale's lines for a phone: quantity and name, amount, VAT rate (the order page has every
 * column); a line that does not add up is flagged as on the table.
 */
function CompactLines({ row }: { row: SaleRow }) {
  return (
    <>
      {row.issues.length > 0 ? (
        <ul className="flags">
          {row.issues.map((issue) => (
            <li key={issue} data-ok="false" className="flags__issue" role="note">
              ⚠ {issue}
            </li>
          ))}
        </ul>
      ) : null}
      {row.lines.length === 0 ? (
        <p className="muted small">{TEXT.noLines}</p>
      ) : (
        <ul className="compact-lines" aria-label={TEXT.lines}>
          {row.lines.map((line, index) => (
            <li key={line.lineId ?? index}>
              <span className="compact-lines__name">
                {TEXT.quantity(line.quantity, line.name || TEXT.unnamed)}
              </span>
              <Money minor={line.lineTotalGross} currency={row.currency} />
              {line.vatRate !== null ? (
                <span className="compact-lines__vat">{TEXT.lineVat(formatVatRate(line.vatRate))}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
