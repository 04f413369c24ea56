import { describe, expect, it } from 'vitest'
import { ConfigError, configFromEnv } from './config'
import { startServer } from './start'

const PASSWORD = 'correct horse battery staple'

const problemsOf = (env: Record<string, string>) => {
  try {
    configFromEnv(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('server configuration, validated at start-up', () => {
  it('knows the first date with sales data: the documented one, another, or none (an API without that floor)', () => {
    expect(configFromEnv({}).salesDataFrom).toBe('2026-03-09')
    expect(configFromEnv({ SALES_DATA_FROM: '2025-01-01' }).salesDataFrom).toBe('2025-01-01')
    expect(configFromEnv({ SALES_DATA_FROM: 'none' }).salesDataFrom).toBeNull()
    expect(() => configFromEnv({ SALES_DATA_FROM: '2026-02-30' })).toThrow(/SALES_DATA_FROM/)
  })

  it('refuses a password of only spaces, counting characters without the surrounding blanks', () => {
    expect(problemsOf({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: ' '.repeat(12) })).toMatch(
      /DASHBOARD_PASSWORD: .*12 characters/,
    )
    expect(problemsOf({ DASHBOARD_PASSWORD: `  short pass  ` })).toMatch(/DASHBOARD_PASSWORD/)
    expect(configFromEnv({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: PASSWORD }).dashboardPassword).toBe(PASSWORD)
  })

  it('accepts an IPv6 address in brackets as the address itself, and refuses malformed hosts clearly', () => {
    expect(configFromEnv({ HOST: '[::1]' }).host).toBe('::1')
    expect(configFromEnv({ HOST: '::1' }).host).toBe('::1')
    expect(problemsOf({ HOST: '[::1' })).toMatch(/HOST: /)
    expect(problemsOf({ HOST: 'http://0.0.0.0:8787', DASHBOARD_PASSWORD: PASSWORD })).toMatch(/HOST: /)
    expect(problemsOf({ HOST: '127.0.0.1:8787' })).toMatch(/HOST: .*PORT/)
    expect(problemsOf({ HOST: '[fe80::1]' })).toMatch(/DASHBOARD_PASSWORD/)
  })

  it('names every problem at once, one line each, without the values of secrets', () => {
    const message = problemsOf({
      PORT: '99999',
      UPSTREAM_TIMEOUT_MS: 'soon',
      VIPPS_CLIENT_ID: 'only-the-id',
      TRUST_PROXY: 'yes please',
      PUBLIC_HOSTNAMES: 'https://dash.example.com/',
      LOG_REQUESTS: 'maybe',
    })
    for (const name of [
      'PORT',
      'UPSTREAM_TIMEOUT_MS',
      'VIPPS_CLIENT_SECRET',
      'TRUST_PROXY',
      'PUBLIC_HOSTNAMES',
      'LOG_REQUESTS',
    ])
      expect(message).toMatch(new RegExp(`^  ${name}: `, 'm'))
    expect(message).not.toContain('only-the-id')
  })

  it('reads the trusted reverse proxy and the public host names', () => {
    const withPassword = { DASHBOARD_PASSWORD: PASSWORD }
    expect(configFromEnv({}).trustProxy).toEqual({ kind: 'none' })
    expect(configFromEnv({ ...withPassword, TRUST_PROXY: '1' }).trustProxy).toEqual({ kind: 'hops', hops: 1 })
    expect(problemsOf({ TRUST_PROXY: '1' })).toMatch(/DASHBOARD_PASSWORD: .*reverse proxy/)
    expect(
      configFromEnv({ ...withPassword, TRUST_PROXY: '10.0.0.2, 172.16.0.0/12 ,::1' }).trustProxy,
    ).toEqual({
      kind: 'addresses',
      addresses: ['10.0.0.2', '172.16.0.0/12', '::1'],
    })
    expect(problemsOf({ ...withPassword, TRUST_PROXY: '10.0.0.300' })).toMatch(/TRUST_PROXY: /)
    expect(
      configFromEnv({ PUBLIC_HOSTNAMES: 'Dash.Example.com, sales.example.org' }).publicHostnames,
    ).toEqual(['dash.example.com', 'sales.example.org'])
  })

  it('treats empty variables as unset (demo mode, defaults)', () => {
    const config = configFromEnv({ VIPPS_CLIENT_ID: '', VIPPS_CLIENT_SECRET: '', HOST: '', PORT: '' })
    expect(config.mode).toBe('demo')
    expect(config.host).toBe('127.0.0.1')
    expect(config.port).toBe(8787)
  })
})

describe('starting the server', () => {
  it('listens on HOST=[::1] and says where', async () => {
    const lines: string[] = []
    const server = await startServer({ HOST: '[::1]', PORT: '0', DIST_DIR: '/nonexistent' }, (l) =>
      lines.push(l),
    )
    try {
      expect(lines.join('\n')).toMatch(/dashboard at http:\/\/\[::1\]:\d+/)
      const port = (server.address() as { port: number }).port
      const health = await fetch(`http://[::1]:${port}/api/health`)
      expect(health.status).toBe(200)
    } finally {
      server.close()
    }
  })

  it('on HOST=0.0.0.0 prints an address that opens the dashboard, and says how other machines reach it', async () => {
    const lines: string[] = []
    const server = await startServer(
      { HOST: '0.0.0.0', PORT: '0', DASHBOARD_PASSWORD: 'a long passphrase here', DIST_DIR: '/nonexistent' },
      (l) => lines.push(l),
    )
    try {
      const port = (server.address() as { port: number }).port
      const said = lines.join('\n')
      expect(said).not.toContain('0.0.0.0')
      const printed = said.match(/dashboard at (http:\/\/\S+)/)?.[1]
      expect(printed).toBe(`http://127.0.0.1:${port}`)
      // The printed address is one the dashboard answers to (not the 400 of an unknown name).
      const login = await fetch(`${printed}/login`)
      expect(login.status).toBe(200)
      expect(said).toMatch(/other machines.*IP address.*PUBLIC_HOSTNAMES/is)
    } finally {
      server.close()
    }
  })

  it('explains a configuration problem or a taken port in one message, without a stack trace', async () => {
    await expect(
      startServer({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: ' '.repeat(12) }, () => {}),
    ).rejects.toThrow(ConfigError)
    const first = await startServer({ PORT: '0', DIST_DIR: '/nonexistent' }, () => {})
    try {
      const port = String((first.address() as { port: number }).port)
      const taken = startServer({ PORT: port, DIST_DIR: '/nonexistent' }, () => {})
      await expect(taken).rejects.toThrow(ConfigError)
      await expect(taken).rejects.toThrow(new RegExp(`${port}.*in use`))
    } finally {
      first.close()
    }
  })
})
