import { Component, type ErrorInfo, type ReactNode } from 'react'
import { defineText } from '../../shared/i18n/language'
import { reloadIfOutdated } from '../chunk-recovery'
import { ChunkLoadError, retryFailedViews } from './lazy-view'

const TEXT = defineText('ui.ViewBoundary', {
  notLoaded: (name: string) => `${name} kunne ikke lastes.`,
  notLoadedDetail:
    'Serveren svarte ikke, eller det er kommet en ny versjon av Salgsoversikt siden du åpnet siden. Sjekk nettforbindelsen og prøv igjen.',
  failed: (name: string) => `${name} kunne ikke vises.`,
  failedDetail: 'Noe gikk galt i visningen. Det du allerede har lastet, er ikke borte.',
  retry: 'Prøv igjen',
  checking: 'Ser etter en ny versjon …',
  reloading: 'Det er kommet en ny versjon: laster siden på nytt …',
  technical: 'Teknisk feilmelding',
})
declare module '../../shared/i18n/messages' {
  interface Messages {
    'ui.ViewBoundary': typeof TEXT
  }
}

interface Props {
  /** What the view is, as a subject: "Innsikt og MVA", "Tabellen", "Ordren". */
  name: string
  children: ReactNode
  /** Smaller message for a small part (the export menu, the header's look-up). */
  compact?: boolean
}

/**
 * Catches what goes wrong inside one view, so the rest of the page stays: says what failed in
 * Norwegian, with "Prøv igjen". When the view's code could not be fetched and the server has a
 * new version of the app, the app reloads once (chunk-recovery.ts).
 */
interface State {
  error: Error | null
  /** For a view whose code failed to load: whether a new version of the app is being looked for. */
  recovery: 'checking' | 'reloading' | 'done'
}

export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null, recovery: 'done' }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error, recovery: error instanceof ChunkLoadError ? 'checking' : 'done' }
  }

  override componentDidCatch(error: Error, _info: ErrorInfo) {
    if (!(error instanceof ChunkLoadError)) return
    void reloadIfOutdated().then((reloading) => this.setState({ recovery: reloading ? 'reloading' : 'done' }))
  }

  retry = () => {
    retryFailedViews()
    this.setState({ error: null, recovery: 'done' })
  }

  override render() {
    const { error, recovery } = this.state
    if (!error) return this.props.children
    const { name, compact } = this.props
    const chunk = error instanceof ChunkLoadError
    return (
      <div
        className={`problem view-problem${compact ? ' view-problem--compact' : ''}`}
        role="alert"
        data-recovery={recovery}
      >
        <strong>{chunk ? TEXT.notLoaded(name) : TEXT.failed(name)}</strong>
        {compact ? null : <p>{chunk ? TEXT.notLoadedDetail : TEXT.failedDetail}</p>}
        {recovery === 'checking' && !compact ? <p className="muted">{TEXT.checking}</p> : null}
        {recovery === 'reloading' ? <p className="muted">{TEXT.reloading}</p> : null}
        <button type="button" className="button" onClick={this.retry} disabled={recovery === 'reloading'}>
          {TEXT.retry}
        </button>
        {!chunk && !compact ? (
          <details className="view-problem__technical">
            <summary>{TEXT.technical}</summary>
            <code>{error.message}</code>
          </details>
        ) : null}
      </div>
    )
  }
}
