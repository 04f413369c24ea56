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
} satisfies Partial<English>
