import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The import rules of the architecture live in biome.json (noRestrictedImports per folder). This
// runs the project's Biome with the project's biome.json on probe files, each holding one import,
// laid out like src/ in a temporary folder, and checks which imports the linter refuses.

const repo = resolve(import.meta.dirname, '..')
const features = readdirSync(join(repo, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

interface Probe {
  /** Where the importing file sits, as in the repo. */
  file: string
  from: string
  refused: boolean
}

const probes: Probe[] = [
  // src/api imports libraries only.
  { file: 'src/api/probe.ts', from: '../server/config', refused: true },
  { file: 'src/api/probe.ts', from: '../mocks/simulator', refused: true },
  { file: 'src/api/probe.ts', from: '../shared/filters/filters', refused: true },
  { file: 'src/api/probe.ts', from: '../features/order/OrderPage', refused: true },
  { file: 'src/api/probe.ts', from: '../testing/events', refused: true },
  { file: 'src/api/probe.ts', from: './money', refused: false },
  { file: 'src/api/probe.ts', from: 'valibot', refused: false },
  { file: 'src/api/probe.test.ts', from: '../server/config', refused: true },
  { file: 'src/api/probe.test.ts', from: '../testing/events', refused: false },
  // The proxy and the simulator never import UI code.
  ...['src/server/probe.ts', 'src/mocks/probe.ts'].flatMap((file) => [
    { file, from: '../features/explorer/ExplorerPage', refused: true },
    { file, from: '../app/App', refused: true },
    { file, from: '../shared/ui/Money', refused: true },
    { file, from: '../shared/period/periods', refused: true },
    { file, from: 'react', refused: true },
    { file, from: '@tanstack/react-query', refused: true },
    { file, from: '../api/money', refused: false },
    { file, from: 'hono', refused: false },
  ]),
  { file: 'src/server/probe.ts', from: './app', refused: false },
  { file: 'src/server/probe.ts', from: '../mocks/simulator', refused: false },
  // A feature never imports another feature, from any depth.
  ...features.flatMap((feature) => [
    ...features
      .filter((other) => other !== feature)
      .flatMap((other) => [
        { file: `src/features/${feature}/Probe.tsx`, from: `../${other}`, refused: true },
        { file: `src/features/${feature}/Probe.tsx`, from: `../${other}/model/x`, refused: true },
        { file: `src/features/${feature}/components/Probe.tsx`, from: `../../${other}/x`, refused: true },
      ]),
    { file: `src/features/${feature}/components/Probe.tsx`, from: '../model/x', refused: false },
    {
      file: `src/features/${feature}/components/Probe.tsx`,
      from: '../../../shared/ui/Money',
      refused: false,
    },
    { file: `src/features/${feature}/Probe.tsx`, from: '../../api/money', refused: false },
  ]),
]

const root = mkdtempSync(join(tmpdir(), 'boundaries-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Writes each probe to its own file and returns the probes the linter refused. */
function lint(cases: Probe[]): Set<Probe> {
  const dir = mkdtempSync(join(root, 'run-'))
  copyFileSync(join(repo, 'biome.json'), join(dir, 'biome.json'))
  const byPath = new Map<string, Probe>()
  cases.forEach((probe, i) => {
    const path = join(
      dir,
      probe.file.replace(/(\.test)?\.tsx?$/, (ext) => `-${i}${ext}`),
    )
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, `import { x } from '${probe.from}'\n\nexport const y = x\n`)
    byPath.set(relative(dir, path), probe)
  })
  const biome = join(repo, 'node_modules/.bin/biome')
  const result = spawnSync(biome, ['lint', '--only=style/noRestrictedImports', '--reporter=github', '.'], {
    cwd: dir,
    encoding: 'utf8',
  })
  if (result.error) throw result.error
  const refused = new Set<Probe>()
  for (const match of result.stdout.matchAll(
    /^::error title=lint\/style\/noRestrictedImports,file=([^,]+),/gm,
  )) {
    const probe = byPath.get(relative(dir, match[1] as string))
    if (!probe) throw new Error(`unexpected diagnostic for ${match[1]}`)
    refused.add(probe)
  }
  // Biome's exit status agrees: it fails exactly when some import was refused.
  expect(result.status !== 0).toBe(refused.size > 0)
  return refused
}

describe('import boundaries are enforced by the linter', () => {
  it('refuses every forbidden import and lets the allowed ones through', () => {
    const refused = lint(probes)
    const wrong = probes
      .filter((probe) => refused.has(probe) !== probe.refused)
      .map((p) => `${p.file}: '${p.from}' should be ${p.refused ? 'refused' : 'allowed'}`)
    expect(wrong).toEqual([])
    expect(refused.size).toBeGreaterThan(features.length * (features.length - 1))
  })
})
