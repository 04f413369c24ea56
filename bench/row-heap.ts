/**
 * Where the heap of loaded rows goes, in Chromium (whose 4-byte compressed pointers Node does not
 * have): builds the rows of a period of simulator days in a blank page, then drops one field of
 * every row at a time and reports what each freed per row. `npx tsx bench/row-heap.ts [from] [to]
 * [fields]`; the app's own figure is `npm run bench` ("three months: JS heap per loaded event").
 */
import { build } from 'esbuild'
import { launchBrowser } from './lib/browser'

const FIELDS = 'lines,parts,searchText,categories,vatRates,issues,key,time,reference,pspReference,timeMs'
const [from = '2026-10-01', to = '2026-10-31', fields = FIELDS] = process.argv.slice(2)

const bundle = await build({
  entryPoints: ['bench/lib/row-heap-page.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"' },
})
const browser = await launchBrowser()
const page = await browser.newPage()
await page.goto('about:blank')
await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' })
const cdp = await page.context().newCDPSession(page)
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage')
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
}
const n = (await page.evaluate(`buildRows(${JSON.stringify(from)}, ${JSON.stringify(to)})`)) as number
console.log(`${n} rows of ${from}..${to}, read in ${Number(await page.evaluate('readMs')).toFixed(0)} ms`)
const withPages = await heap()
await page.evaluate('pages = null')
let last = await heap()
const perRow = (bytes: number) => `${(bytes / n).toFixed(0)} B/row`
console.log(`raw pages ${perRow(withPages - last)}; heap with the rows ${perRow(last)}`)
for (const field of fields.split(',')) {
  await page.evaluate(`for (const r of rows) r[${JSON.stringify(field)}] = null`)
  const now = await heap()
  console.log(`  ${field.padEnd(14)} ${perRow(last - now)}`)
  last = now
}
await page.evaluate('rows = null; read = null')
const empty = await heap()
console.log(
  `  the rest       ${perRow(last - empty)} (row objects and arrays); the page alone ${perRow(empty)}`,
)
await browser.close()
