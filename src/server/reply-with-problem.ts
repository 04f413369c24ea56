import type { Context } from 'hono'
import { PROBLEM_CONTENT_TYPE, problem } from '../api/problem'

/** The proxy's own error answer to the browser: problem+json, never cached. */
export function replyWithProblem(
  c: Context,
  status: number,
  title: string,
  detail?: string,
  headers: Record<string, string> = {},
  type?: string,
) {
  return c.body(JSON.stringify(problem(status, title, detail, type)), status as 400, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Cache-Control': 'no-store',
    ...headers,
  })
}
