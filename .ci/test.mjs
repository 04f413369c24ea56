#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, production build, e2e in Debian's Chromium.
// Ends with one line "N passed, N failed" counting every test and check that ran.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const results = { passed: 0, failed: 0 }
const failures = []

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

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
rmSync('.tmp/vitest.json', { force: true })
rmSync('.tmp/playwright.json', { force: true })

check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit']))
check('lint', run('lint', 'npx', ['biome', 'check', '.']))

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
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

const buildOk = run('build', 'npx', ['vite', 'build'])
check('build', buildOk)

if (!ensureChromium()) {
  check('chromium install', false)
} else if (buildOk) {
  const e2eOk = run('e2e tests', 'npx', ['playwright', 'test'])
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
