import type { English } from '../messages'

/** Shared parts of the UI (src/shared/ui). */
export const ui = {
  'ui.ViewBoundary': {
    notLoaded: (name: string) => `${name} could not be loaded.`,
    notLoadedDetail:
      'The server did not answer, or a new version of Salgsoversikt has come out since you opened the page. Check the network connection and try again.',
    failed: (name: string) => `${name} could not be shown.`,
    failedDetail: 'Something went wrong in the view. What you have already loaded is not lost.',
    retry: 'Try again',
    checking: 'Looking for a new version …',
    reloading: 'A new version has come out: reloading the page …',
    technical: 'Technical error message',
  },
  'ui.DateInput': {
    placeholder: 'dd.mm.yyyy',
    invalid: 'Type the date as dd.mm.yyyy, for example 22.11.2026.',
    afterMax: (max: string) => `Choose a date up to ${max}.`,
    beforeMin: (min: string) => `Choose a date from ${min}.`,
    calendar: (label: string) => `${label}: choose in a calendar`,
  },
} satisfies Partial<English>
