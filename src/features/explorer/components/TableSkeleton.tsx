/** Placeholder rows while the sales (or the table's code) load. */
export function TableSkeleton() {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label="Laster salg">
      {Array.from({ length: 8 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
        <div key={i} className="skeleton__row" />
      ))}
    </div>
  )
}
