/** Set by vite.config.ts at build time (and in tests). */
declare const __ROW_CODE_HASH__: string
