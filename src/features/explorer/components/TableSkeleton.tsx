import { defineText } from '../../../shared/i18n/language'

const TEXT = defineText('explorer.TableSkeleton', {
  loading: 'Laster salg',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.TableSkeleton': typeof TEXT
  }
}

/** Placeholder rows while the sales (or the table's code) load. */
export function TableSkeleton() {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label={TEXT.loading}>
      {Array.from({ length: 8 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
        <div key={i} className="skeleton__row" />
      ))}
    </div>
  )
}
