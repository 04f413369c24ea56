import type * as v from 'valibot'
import { parseOrThrow, ResponseShapeError } from '../../api/schemas'
import {
  ApiError,
  apiUrl,
  CLIENT_TEXT,
  errorFrom,
  explainShape,
  InvalidAnswerError,
  unreachable,
} from './client'

/**
 * A change sent to the dashboard's own API (the voucher settings and export memory): JSON in and
 * out, never retried (the user sees the problem and decides), the answer checked like any other.
 */
export async function apiSend<S extends v.GenericSchema>(
  method: 'PUT' | 'POST',
  path: string,
  body: unknown,
  schema: S,
  what: string,
): Promise<v.InferOutput<S>> {
  let response: Response
  try {
    response = await fetch(apiUrl(path), {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch {
    throw unreachable()
  }
  if (!response.ok) throw await errorFrom(response)
  let answer: unknown
  try {
    answer = await response.json()
  } catch {
    throw new ApiError(502, CLIENT_TEXT.notJson, undefined)
  }
  try {
    return parseOrThrow(schema, answer, what)
  } catch (error) {
    if (error instanceof ResponseShapeError)
      throw new InvalidAnswerError(502, CLIENT_TEXT.unexpectedServer, await explainShape(error))
    throw error
  }
}
