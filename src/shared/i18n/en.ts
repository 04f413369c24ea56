import { app } from './en/app'
import { explorer } from './en/explorer'
import { exportPanel } from './en/export'
import { insights } from './en/insights'
import { order } from './en/order'
import { period } from './en/period'
import { settlement } from './en/settlement'
import { ui } from './en/ui'
import { vouchers } from './en/vouchers'
import type { English } from './messages'

/**
 * The English dictionary, loaded only when English is chosen. Typed `English`: every namespace
 * and key the Norwegian texts have must be here, with the same arguments. One file per area
 * (./en/*.ts), each checked on its own with `satisfies Partial<English>`.
 */
export const en: English = {
  ...app,
  ...ui,
  ...explorer,
  ...order,
  ...insights,
  ...settlement,
  ...vouchers,
  ...period,
  ...exportPanel,
}
