import { PagingFault } from '../../api/paging-guard'
import { ApiError } from '../api/client'
import { defineText } from '../i18n/language'

const TEXT = defineText('ui.problemParts', {
  unknown: 'Noe gikk galt',
  serverSaid: (text: string) => `Serverens melding: ${text}`,
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.problemParts': typeof TEXT
  }
}

export interface ProblemParts {
  /** What went wrong, in the user's language. */
  title: string
  /** What it means and what to do, in the user's language. */
  explanation: string | null
  /** The server's own words ("Serverens melding: Ledger not found: …"), secondary. */
  serverText: string | null
}

/** Any error as the parts a message shows; the server's English never takes the title's place. */
export function problemParts(error: unknown): ProblemParts {
  if (error instanceof ApiError)
    return {
      title: error.title,
      explanation: error.explanation ?? null,
      serverText: error.serverText ? TEXT.serverSaid(error.serverText) : null,
    }
  if (error instanceof PagingFault) return { title: error.title, explanation: error.detail, serverText: null }
  return {
    title: TEXT.unknown,
    explanation: null,
    serverText: error instanceof Error && error.message ? TEXT.serverSaid(error.message) : null,
  }
}

/** One line: "Title. Explanation. (Serverens melding: …)", for progress lines and lists. */
export function problemSentence(error: unknown): string {
  if (error === null || error === undefined) return ''
  const { title, explanation, serverText } = problemParts(error)
  const text = [title, explanation].filter(Boolean).join('. ')
  return serverText ? `${text} (${serverText})` : text
}
