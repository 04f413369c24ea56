/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const proxyTarget = process.env.SALGSOVERSIKT_DEV_PROXY ?? 'http://127.0.0.1:8787'

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
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
