import type { Server } from 'node:http'
import { startServer } from '../../src/server/start'
import { test } from './test'

/**
 * A second dashboard with a password, started for the spec file that calls this (the shared one
 * runs without): its base URL once the file's tests run, closed after them.
 */
export function passwordServer(password: string): { base: string } {
  let server: Server | undefined
  const started = { base: '' }
  test.beforeAll(async () => {
    server = await startServer(
      {
        HOST: '127.0.0.1',
        PORT: '0',
        DIST_DIR: 'dist',
        DASHBOARD_PASSWORD: password,
        VIPPS_CLIENT_ID: '',
        VIPPS_CLIENT_SECRET: '',
      },
      () => {},
    )
    started.base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))
  return started
}
