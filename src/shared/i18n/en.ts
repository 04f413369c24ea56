import { app } from './en/app'
import type { English } from './messages'

/**
 * The English dictionary, loaded only when English is chosen. Typed `English`: every namespace
 * and key the Norwegian texts have must be here, with the same arguments. One file per area
 * (./en/*.ts), each checked on its own with `satisfies Partial<English>`.
 */
export const en: English = { ...app }
