#!/usr/bin/env node
// `npm test` (after `pretest` installed what was missing): typecheck, lint, one production build,
// unit tests, e2e in Debian's Chromium. Every tool runs through its npm script (local binaries).
// Ends with one line "N passed, N failed" counting every test and check that ran.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const results = { passed: 0, failed: 0 }
const failures = []

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

const npmRun = (label, script, args = [], env = {}) =>
  run(label, 'npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], env)

function check(label, ok) {
  if (ok) results.passed++
  else {
    results.failed++
    failures.push(label)
  }
}

function countJson(file, count) {
  if (!existsSync(file)) return false
  try {
    count(JSON.parse(readFileSync(file, 'utf8')))
    return true
  } catch {
    return false
  }
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(path)) return true
  console.log(
    "Chromium is missing: installing Debian's chromium package (Playwright cannot download browsers here)",
  )
  const sudo = process.getuid?.() === 0 ? [] : ['sudo']
  const apt = (args) =>
    spawnSync(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  apt(['update', '-qq'])
  apt(['install', '-y', '-qq', 'chromium'])
  return existsSync(path)
}

mkdirSync('.tmp', { recursive: true })
for (const file of ['vitest.json', 'playwright.json', 'build-env.json'])
  rmSync(`.tmp/${file}`, { force: true })

check('typecheck', npmRun('typecheck', 'typecheck'))
check('lint', npmRun('lint', 'lint'))

// One build for everything below. It runs with recognisable fake keys in its environment, and the
// stamp written after it tells src/server/secrets.test.ts that it may search the output for them.
const fakeKeys = JSON.parse(readFileSync('src/testing/fake-keys.json', 'utf8'))
const buildEnv = {
  VIPPS_CLIENT_ID: fakeKeys.clientId,
  VIPPS_CLIENT_SECRET: fakeKeys.clientSecret,
  VITE_VIPPS_CLIENT_ID: fakeKeys.clientId,
  VITE_VIPPS_CLIENT_SECRET: fakeKeys.clientSecret,
}
const buildOk = npmRun('build', 'build', [], buildEnv)
check('build', buildOk)
if (buildOk)
  writeFileSync('.tmp/build-env.json', `${JSON.stringify({ keysInEnvironment: Object.keys(buildEnv) })}\n`)

const unitOk = npmRun('unit tests', 'test:unit', [
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/vitest.json',
])
const unitCounted = countJson('.tmp/vitest.json', (report) => {
  results.passed += report.numPassedTests ?? 0
  results.failed += report.numFailedTests ?? 0
  if (report.numFailedTests) failures.push(`${report.numFailedTests} unit test(s)`)
})
if (!unitCounted || (!unitOk && results.failed === 0)) check('unit test run', false)

if (!ensureChromium()) {
  check('chromium install', false)
} else if (buildOk) {
  // Playwright serves the compiled server (dist-server/) with the built app (dist/): what ships.
  const e2eOk = npmRun('e2e tests', 'test:e2e')
  const e2eCounted = countJson('.tmp/playwright.json', (report) => {
    const stats = report.stats ?? {}
    results.passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
    results.failed += stats.unexpected ?? 0
    if (stats.unexpected) failures.push(`${stats.unexpected} e2e test(s)`)
  })
  if (!e2eCounted || (!e2eOk && failures.length === 0)) check('e2e test run', false)
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`\n${results.passed} passed, ${results.failed} failed`)
process.exit(results.failed === 0 ? 0 : 1)
