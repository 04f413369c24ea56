import { PagingFault } from '../../api/paging-guard'
import { ApiError } from '../api/client'

/** What went wrong, in words, with the server's own explanation and a way to try again. */
export function ProblemMessage({
  error,
  onRetry,
  what,
}: {
  error: unknown
  onRetry?: () => void
  what: string
}) {
  const titled = error instanceof ApiError || error instanceof PagingFault
  const title = titled ? error.title : 'Noe gikk galt'
  const detail = titled ? error.detail : error instanceof Error ? error.message : undefined
  const status = error instanceof ApiError && error.status > 0 ? ` (HTTP ${error.status})` : ''
  return (
    <div className="problem" role="alert">
      <strong>
        Kunne ikke hente {what}: {title}
        {status}
      </strong>
      {detail ? <p>{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Prøv igjen
        </button>
      ) : null}
    </div>
  )
}
