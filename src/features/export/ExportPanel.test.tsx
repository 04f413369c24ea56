// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toSaleRows } from '../../api/sale-row'
import { EMPTY_FILTERS } from '../../shared/filters/filters'
import type { PeriodSnapshot } from '../../shared/period/period-loader'
import { buildSalesView } from '../../shared/view/sales-view'
import { saleEvent } from '../../testing/events'
import ExportPanel from './ExportPanel'

const rows = toSaleRows([
  saleEvent({ reference: 'A-1' }),
  saleEvent({ reference: 'A-2', entryType: 'refund' }),
])
const day = (status: 'loaded' | 'loading' | 'failed') => ({
  date: '2026-11-20',
  status,
  events: 2,
  pages: 1,
  error: null,
})
const snapshot = (status: 'loaded' | 'loading' | 'failed'): PeriodSnapshot => ({
  days: [day(status)],
  rows,
  totalDays: 1,
  loadedDays: status === 'loaded' ? 1 : 0,
  failedDays: status === 'failed' ? ['2026-11-20'] : [],
  eventCount: 2,
  complete: status === 'loaded',
})
const props = (s: PeriodSnapshot, retryFailed = () => {}) => ({
  ledgerId: '302321',
  view: buildSalesView(s, {
    period: { preset: 'custom' as const, from: '2026-11-20', to: '2026-11-20' },
    filters: EMPTY_FILTERS,
    sort: { column: 'time' as const, desc: true },
  }),
  retryFailed,
})

let blobs: Blob[] = []
beforeEach(() => {
  blobs = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob)
    return 'blob:test'
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('export panel', () => {
  it('waits for the rest of the period, and writes nothing when cancelled', async () => {
    // Fake timers: the file is written in parts with a yield (a timer) between them, so running
    // every pending timer finishes any write that started. Nothing is left to happen later.
    vi.useFakeTimers()
    const { rerender } = render(<ExportPanel {...props(snapshot('loading'))} />)
    fireEvent.click(screen.getByRole('button', { name: 'Last ned' }))
    expect(screen.getByRole('status')).toHaveTextContent('Henter resten av perioden: 0 av 1 dager')
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }))
    rerender(<ExportPanel {...props(snapshot('loaded'))} />)
    await act(() => vi.runAllTimersAsync())
    expect(blobs).toHaveLength(0)
    expect(screen.queryByRole('status')).toBeNull()

    // The same drain is enough to see a file that is written: the zero above means something.
    fireEvent.click(screen.getByRole('button', { name: 'Last ned' }))
    await act(() => vi.runAllTimersAsync())
    expect(blobs).toHaveLength(1)
    expect(screen.getByTestId('export-summary')).toHaveTextContent('2 transaksjoner')
  })

  it('writes the file once every day is in, and reports its totals', async () => {
    const { rerender } = render(<ExportPanel {...props(snapshot('loading'))} />)
    fireEvent.click(screen.getByRole('button', { name: 'Last ned' }))
    rerender(<ExportPanel {...props(snapshot('loaded'))} />)
    await waitFor(() => expect(screen.getByTestId('export-summary')).toHaveTextContent('2 transaksjoner'))
    expect(blobs).toHaveLength(1)
    expect(screen.getByTestId('export-summary')).toHaveTextContent('salg_302321_2026-11-20.csv')
  })

  it('retries failed days once, then refuses to write a partial file', async () => {
    const retryFailed = vi.fn()
    const { rerender } = render(<ExportPanel {...props(snapshot('failed'), retryFailed)} />)
    fireEvent.click(screen.getByRole('button', { name: 'Last ned' }))
    await waitFor(() => expect(retryFailed).toHaveBeenCalledTimes(1))
    rerender(<ExportPanel {...props({ ...snapshot('failed') }, retryFailed)} />)
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Ingen fil er lagret'))
    expect(blobs).toHaveLength(0)
  })
})
