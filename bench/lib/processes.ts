import { type ChildProcess, spawn } from 'node:child_process'

/**
 * Starts the compiled production server (demo mode; `npm run build` first) with simulator knobs and
 * waits until it answers.
 */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      VIPPS_CLIENT_ID: '',
      VIPPS_CLIENT_SECRET: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, so stopping it stops everything it started.
    detached: true,
  })
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`)
      if (response.ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  stop(child)
  throw new Error('server did not start')
}

export function stop(child: ChildProcess) {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}
