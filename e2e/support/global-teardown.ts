import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname } from 'node:path'

/** Removes the data folder playwright.config.ts made for this run (only that one). */
export default function globalTeardown() {
  const dir = process.env.E2E_DATA_DIR
  if (dir && dirname(dir) === tmpdir() && basename(dir).startsWith('salgsoversikt-e2e-'))
    rmSync(dir, { recursive: true, force: true })
}
