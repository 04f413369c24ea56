import { formatCount as count } from '../../../api/locale'
import type { English } from '../messages'

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
