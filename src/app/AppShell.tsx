import { Link, useLocation } from '@tanstack/react-router'
import { type FormEvent, type MouseEvent, type ReactNode, Suspense } from 'react'
import { useServerHealth } from '../shared/api/health'
import { LanguageSwitch } from '../shared/i18n/LanguageSwitch'
import { defineText } from '../shared/i18n/language'
import { emptyDayCache } from '../shared/period/cache-policy'
import { lazyView } from '../shared/ui/lazy-view'
import { ViewBoundary } from '../shared/ui/ViewBoundary'

// The order look-up is on every page but used now and then: its code loads as the app starts,
// beside the first view rather than in it (an empty box of its size stands in for a moment).
const LookupBox = lazyView(() => import('../features/order/LookupBox').then((m) => m.LookupBox), {
  startNow: true,
})

const TEXT = defineText('app.shell', {
  skipToSales: 'Hopp til salgene',
  skipToContent: 'Hopp til innholdet',
  search: 'Søket',
  demoHint: 'Ingen Vipps-nøkler er satt opp: dataene kommer fra den innebygde simulatoren',
  demo: 'Demo – simulerte salg',
  logOut: 'Logg ut',
})
declare module '../shared/i18n/messages' {
  interface Messages {
    'app.shell': typeof TEXT
  }
}

/** The first Tab stop: past the header and the filters, to the sales (or the page's content). */
function SkipLink() {
  const onExplorer = useLocation({ select: (location) => location.pathname === '/' })
  const target = onExplorer ? 'salg' : 'innhold'
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target) ?? document.getElementById('innhold')
    if (!element) return
    event.preventDefault()
    element.focus()
    element.scrollIntoView({ block: 'start' })
  }
  return (
    <a className="skip-link" href={`#${target}`} onClick={skip}>
      {onExplorer ? TEXT.skipToSales : TEXT.skipToContent}
    </a>
  )
}

function emptyCacheThenLogOut(event: FormEvent<HTMLFormElement>) {
  event.preventDefault()
  const form = event.currentTarget
  void emptyDayCache().then(() => form.submit())
}

export function AppShell({ children }: { children: ReactNode }) {
  const health = useServerHealth()
  const mode = health?.mode
  return (
    <div className="shell">
      <SkipLink />
      <header className="shell__header">
        <Link className="brand" to="/">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Salgsoversikt</span>
        </Link>
        <ViewBoundary name={TEXT.search} compact>
          <Suspense fallback={<div className="lookup" />}>
            <LookupBox />
          </Suspense>
        </ViewBoundary>
        {mode === 'demo' ? (
          <span className="mode mode--demo" title={TEXT.demoHint}>
            {TEXT.demo}
          </span>
        ) : mode === 'vipps' ? (
          <span className="mode mode--live">Vipps MobilePay</span>
        ) : null}
        <LanguageSwitch />
        {health?.login ? (
          // A plain form post: the server checks that it came from this page (same origin). The
          // browser's cache of closed days is emptied first (it would post even if that failed).
          <form method="post" action="/logout" className="shell__logout" onSubmit={emptyCacheThenLogOut}>
            <button type="submit" className="button button--small">
              {TEXT.logOut}
            </button>
          </form>
        ) : null}
      </header>
      <main className="shell__main skip-target" id="innhold" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
