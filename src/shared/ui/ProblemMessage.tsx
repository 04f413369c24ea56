import { formattingLanguage } from '../../api/locale'
import { PagingFault } from '../../api/paging-guard'
import { describeStatus } from '../../api/problem'
import { ApiError } from '../api/client'
import { defineText } from '../i18n/language'

const TEXT = defineText('ui.ProblemMessage', {
  wrong: 'Noe gikk galt',
  couldNot: (what: string, title: string) => `Kunne ikke hente ${what}: ${title}`,
  retry: 'Prøv igjen',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.ProblemMessage': typeof TEXT
  }
}

/**
 * The server's titles are Norwegian: in English, an HTTP problem is named by its status instead
 * (the server's detail follows as it came).
 */
const englishTitle = (error: ApiError | PagingFault) =>
  formattingLanguage() === 'en' && error instanceof ApiError && error.status > 0
    ? describeStatus(error.status)
    : error.title

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
  const title = titled ? englishTitle(error) : TEXT.wrong
  const detail = titled ? error.detail : error instanceof Error ? error.message : undefined
  const status = error instanceof ApiError && error.status > 0 ? ` (HTTP ${error.status})` : ''
  return (
    <div className="problem" role="alert">
      <strong>
        {TEXT.couldNot(what, title)}
        {status}
      </strong>
      {detail ? <p>{detail}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {TEXT.retry}
        </button>
      ) : null}
    </div>
  )
}
