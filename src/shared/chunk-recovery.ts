const RELOADED_FOR_KEY = 'salgsoversikt:reloaded-for-version'

/** The app's entry script in a page: the running one, or the one the server serves now. */
function entryScriptOf(html: string): string | null {
  return /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)?.[1] ?? null
}

function runningEntryScript(): string | null {
  return document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? null
}

/**
 * After a part of the app failed to load: when the server now serves another version of the app
 * (a deploy since this tab opened, so the old parts are gone), reload once to get it. Never twice
 * for the same version (sessionStorage), so a version whose parts keep failing cannot loop; and
 * never when the server does not answer (a reload would show the browser's error page instead of
 * the app and what it had loaded). Resolves true when the page is reloading.
 */
export async function reloadIfOutdated(): Promise<boolean> {
  const running = runningEntryScript()
  if (!running) return false
  let latest: string | null = null
  try {
    const response = await fetch('/', { cache: 'no-store', headers: { accept: 'text/html' } })
    if (!response.ok) return false
    latest = entryScriptOf(await response.text())
  } catch {
    return false
  }
  if (!latest || latest === running) return false
  try {
    if (sessionStorage.getItem(RELOADED_FOR_KEY) === latest) return false
    sessionStorage.setItem(RELOADED_FOR_KEY, latest)
  } catch {
    return false
  }
  window.location.reload()
  return true
}
