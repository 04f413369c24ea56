import type { English } from '../messages'

/** The period presets (src/shared/period). */
export const period = {
  'period.presets': {
    today: 'Today',
    yesterday: 'Yesterday',
    last7: 'Last 7 days',
    thisMonth: 'This month',
    lastMonth: 'Last month',
    term: 'VAT term',
    year: 'Year',
    custom: 'Custom',
  },
} satisfies Partial<English>
