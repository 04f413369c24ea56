import { ApiError } from '../api/client'
import { defineText } from '../i18n/language'
import { problemParts } from './problem-parts'

const TEXT = defineText('ui.ProblemMessage', {
  couldNotFetch: (what: string) => `Kunne ikke hente ${what}: `,
  status: (status: number) => ` (HTTP ${status})`,
  retry: 'Prøv igjen',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.ProblemMessage': typeof TEXT
  }
}

/** What went wrong, in words, with what to do, the server's own explanation beside it, and a way to try again. */
export function ProblemMessage({
  error,
  onRetry,
  what,
}: {
  error: unknown
  onRetry?: () => void
  what: string
}) {
  const { title, explanation, serverText } = problemParts(error)
  const status = error instanceof ApiError && error.status > 0 ? TEXT.status(error.status) : ''
  return (
    <div className="problem" role="alert">
      <strong>
        {TEXT.couldNotFetch(what)}
        {title}
        {status}
      </strong>
      {explanation ? <p>{explanation}</p> : null}
      {serverText ? <p className="problem__server">{serverText}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {TEXT.retry}
        </button>
      ) : null}
    </div>
  )
}
