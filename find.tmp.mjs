import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } })
await ctx.addCookies([{ name: 'salgsoversikt_lang', value: 'en', url: 'http://127.0.0.1:8971' }])
const page = await ctx.newPage()
for (const v of (process.env.VIEWS).split(',')) {
  await page.goto('http://127.0.0.1:8971' + v)
  await page.waitForTimeout(5000)
  const text = await page.locator('body').innerText()
  for (const w of process.env.WORDS.split(',')) {
    let i = text.indexOf(w)
    while (i >= 0) { console.log(v, w, '::', JSON.stringify(text.slice(Math.max(0, i - 60), i + 60))); i = text.indexOf(w, i + 1) }
  }
}
await browser.close()
