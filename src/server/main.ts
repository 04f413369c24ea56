import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { ConfigError, configFromEnv, type ServerConfig } from './config'
import { createDemoFetch } from './demo-upstream'

function log(line: string) {
  console.log(`[salgsoversikt] ${line}`)
}

let config: ServerConfig
try {
  config = configFromEnv()
} catch (error) {
  console.error(`[salgsoversikt] ${error instanceof ConfigError ? error.message : 'invalid configuration'}`)
  process.exit(1)
}

const fetchUpstream = config.mode === 'demo' ? createDemoFetch() : (request: Request) => fetch(request)
const app = createApp({
  config,
  fetch: fetchUpstream,
  log: process.env.LOG_REQUESTS === '1' ? log : () => {},
})

if (!existsSync(join(config.distDir, 'index.html')))
  log(`warning: ${config.distDir}/index.html is missing; run "npm run build"`)

serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  log(
    config.mode === 'demo'
      ? 'DEMO MODE: no VIPPS_CLIENT_ID/VIPPS_CLIENT_SECRET set, serving the built-in Sales API simulator'
      : `Vipps mode: reading ${config.baseUrl} with the configured accounting keys`,
  )
  log(`dashboard at http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`)
})
