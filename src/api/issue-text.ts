import * as v from 'valibot'

/**
 * A valibot issue as a Norwegian sentence for people: the field's path and what it should have
 * been, never valibot's English message ("Invalid type: Expected number but received …").
 * The value received is shown as text (it is API data: inert, and cut short).
 * The server and the simulator write Norwegian; the browser swaps in texts that follow the page's
 * language (setIssueTexts, from src/shared/i18n/api-texts.ts).
 */

export const ISSUE_TEXT = {
  wholeEvent: 'hendelsen',
  field: (path: string) => `«${path}»`,
  missing: 'mangler',
  received: (value: string) => `er ${value}`,
  sentence: (field: string, expected: string, received: string) =>
    `${field} skal være ${expected}, men ${received}`,
  expected: {
    string: 'tekst',
    number: 'et tall',
    integer: 'et helt tall',
    safe_integer: 'et helt tall innenfor ±9 007 199 254 740 991',
    boolean: 'ja eller nei (true/false)',
    object: 'et objekt',
    array: 'en liste',
    iso_timestamp: 'et tidspunkt i ISO 8601-format (f.eks. 2026-11-28T12:00:00Z)',
    regex: 'i riktig format',
    non_empty: 'utfylt',
    oneOf: (options: string) => `én av ${options}`,
    atLeast: (bound: string) => `minst ${bound}`,
    atMost: (bound: string) => `høyst ${bound}`,
    other: 'en gyldig verdi',
  },
  kinds: { null: 'tom (null)', undefined: 'mangler' } as Record<string, string>,
}

export type IssueTexts = typeof ISSUE_TEXT

let TEXT: IssueTexts = ISSUE_TEXT

/** The texts issue sentences are written with from now on. */
export function setIssueTexts(texts: IssueTexts): void {
  TEXT = texts
}

const MAX_SHOWN = 40

function expectedText(issue: v.BaseIssue<unknown>): string {
  const e = TEXT.expected
  switch (issue.type) {
    case 'string':
    case 'number':
    case 'integer':
    case 'safe_integer':
    case 'boolean':
    case 'array':
    case 'iso_timestamp':
    case 'regex':
    case 'non_empty':
      return e[issue.type]
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return e.object
    case 'picklist':
    case 'literal':
    case 'enum':
    case 'union':
    case 'variant':
      return issue.expected
        ? e.oneOf(issue.expected.replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ', '))
        : e.other
    case 'min_value':
      return e.atLeast(String(issue.requirement))
    case 'max_value':
      return e.atMost(String(issue.requirement))
    default:
      return e.other
  }
}

function receivedText(issue: v.BaseIssue<unknown>): string {
  const known = TEXT.kinds[issue.received]
  if (issue.received === 'undefined') return TEXT.missing
  const shown = known ?? issue.received
  return TEXT.received(shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 1)}…` : shown)
}

export function issueText(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue)
  return TEXT.sentence(path ? TEXT.field(path) : TEXT.wholeEvent, expectedText(issue), receivedText(issue))
}
