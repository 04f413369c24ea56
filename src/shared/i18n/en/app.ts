import type { English } from '../messages'

export const app = {
  'i18n.switch': { label: 'Language', failed: 'English could not be loaded. Please try again.' },
  'app.shell': {
    skipToSales: 'Skip to the sales',
    skipToContent: 'Skip to the content',
    search: 'The search',
    demoHint: 'No Vipps keys are set up: the data comes from the built-in simulator',

    demo: 'Demo – simulated sales',
    logOut: 'Log out',
  },
  'app.orderRoutes': {
    settlement: 'The settlement',
  },
  'app.router': {
    explorer: 'The overview',
    order: 'The order',
    transaction: 'The transaction',
    report: 'The daily settlement',
    settlement: 'The settlement',
    vouchers: 'The vouchers',
    loading: 'Loading …',
    failed: 'The page could not be shown.',
    failedDetail: 'Something went wrong. Try again, or go back to the transactions.',
    retry: 'Try again',
    toSales: 'To the transactions',
    notFound: 'The page does not exist.',
  },
} satisfies Partial<English>
