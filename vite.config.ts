/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const proxyTarget = process.env.SALGSOVERSIKT_DEV_PROXY ?? 'http://127.0.0.1:8787'

/**
 * A hash of the code that reads events into the rows the cache of closed days keeps: when it
 * changes, entries written by the old code are discarded rather than trusted (day-cache.ts).
 */
const rowCodeHash = createHash('sha256')
  .update(
    ['src/api/schemas.ts', 'src/api/sale-row.ts', 'src/api/event-rows.ts']
      .map((f) => readFileSync(f))
      .join('\n'),
  )
  .digest('hex')
  .slice(0, 12)

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  define: { __ROW_CODE_HASH__: JSON.stringify(rowCodeHash) },
  // `vite build` builds the app into dist/; `vite build --ssr src/server/main.ts` compiles the proxy
  // into dist-server/main.js for plain `node`, with its npm dependencies left as imports.
  build: isSsrBuild
    ? { outDir: 'dist-server', target: 'node20', copyPublicDir: false, sourcemap: false }
    : {
        outDir: 'dist',
        sourcemap: false,
        chunkSizeWarningLimit: 600,
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [{ name: 'start', tags: ['$initial'] }],
            },
          },
        },
      },
  server: {
    // `npm run dev` serves the UI with hot reload and forwards /api to a running proxy (`npm run serve`).
    proxy: { '/api': proxyTarget },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/setup.ts'],
    // A ceiling, not a wait: the heaviest tests (simulator look-ups over the whole history, the
    // report simulator) take 3–4 s on an idle machine and came within a second of a 20 s limit
    // with the two cores busy; one went over (24 s).
    testTimeout: 60_000,
  },
}))
