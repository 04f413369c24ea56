import { useRouter } from '@tanstack/react-router'
import { useEffect, useRef, useState } from 'react'
import { formatDateText } from '../../../shared/dates/date-text'
import { defineText } from '../../../shared/i18n/language'
import { links } from '../../../shared/links'
import { searchFromViewState, type ViewState } from '../../../shared/view-state'

const TEXT = defineText('explorer.CopyLinkButton', {
  button: 'Kopier lenke',
  hint: 'Kopierer en lenke til denne visningen med faste datoer, så den viser det samme i morgen',
  copied: (from: string, to: string) => `Lenken er kopiert, med datoene ${from}–${to}.`,
  copiedFeed: 'Lenken er kopiert.',
  manual: 'Kopier lenken her (Ctrl+C eller ⌘C):',
  manualLabel: 'Lenke til visningen',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'explorer.CopyLinkButton': typeof TEXT
  }
}

/** The view's link with the period as absolute dates: "I går" shared today still means today's yesterday tomorrow. */
export function absoluteSearch(state: ViewState) {
  return searchFromViewState(
    state.view === 'feed' ? state : { ...state, period: { ...state.period, preset: 'custom' } },
  )
}

/**
 * Copies a link to exactly this view. Bookmarks of "I dag" may stay relative; a link someone
 * else opens tomorrow must show the same days, so the copied one has from and to.
 */
export function CopyLinkButton({ state }: { state: ViewState }) {
  const router = useRouter()
  const [outcome, setOutcome] = useState<{ kind: 'copied' | 'manual'; url: string } | null>(null)
  const manualField = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (outcome?.kind !== 'copied') return
    const timer = setTimeout(() => setOutcome(null), 6000)
    return () => clearTimeout(timer)
  }, [outcome])
  useEffect(() => {
    if (outcome?.kind === 'manual') manualField.current?.select()
  }, [outcome])

  const copy = async () => {
    const href = router.buildLocation(links.explorer(absoluteSearch(state))).href
    const url = new URL(href, window.location.origin).toString()
    try {
      await navigator.clipboard.writeText(url)
      setOutcome({ kind: 'copied', url })
    } catch {
      // No clipboard (a page not served over HTTPS, or permission refused): the link to copy by hand.
      setOutcome({ kind: 'manual', url })
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className="button button--small" title={TEXT.hint} onClick={copy}>
        {TEXT.button}
      </button>
      <span className="copy-link__status" role="status">
        {outcome?.kind === 'copied'
          ? state.view === 'feed'
            ? TEXT.copiedFeed
            : TEXT.copied(formatDateText(state.period.from), formatDateText(state.period.to))
          : null}
      </span>
      {outcome?.kind === 'manual' ? (
        <label className="copy-link__manual">
          <span>{TEXT.manual}</span>
          <input
            ref={manualField}
            className="input"
            readOnly
            value={outcome.url}
            aria-label={TEXT.manualLabel}
            onBlur={() => setOutcome(null)}
          />
        </label>
      ) : null}
    </div>
  )
}
