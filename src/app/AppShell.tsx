import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { LookupBox } from '../features/order/LookupBox'
import { useServerHealth } from '../shared/api/health'

export function AppShell({ children }: { children: ReactNode }) {
  const health = useServerHealth()
  const mode = health?.mode
  return (
    <div className="shell">
      <header className="shell__header">
        <Link className="brand" to="/">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Salgsoversikt</span>
        </Link>
        <LookupBox />
        {mode === 'demo' ? (
          <span
            className="mode mode--demo"
            title="Ingen Vipps-nøkler er satt opp: dataene kommer fra den innebygde simulatoren"
          >
            Demo – simulerte salg
          </span>
        ) : mode === 'vipps' ? (
          <span className="mode mode--live">Vipps MobilePay</span>
        ) : null}
        {health?.login ? (
          // A plain form post: the server checks that it came from this page (same origin).
          <form method="post" action="/logout" className="shell__logout">
            <button type="submit" className="button button--small">
              Logg ut
            </button>
          </form>
        ) : null}
      </header>
      <main className="shell__main">{children}</main>
    </div>
  )
}
