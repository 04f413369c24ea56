import { memo } from 'react'
import { currentLocale } from '../../api/locale'
import { defineText } from '../i18n/language'

const TEXT = defineText('ui.ReadingNotice', {
  unreadable: (events: string) =>
    `${events} kunne ikke leses. De vises merket «Kunne ikke leses» med hva som var galt, og er ikke med i summene.`,
  repeated: (events: string) =>
    `Vipps MobilePay sendte ${events} to ganger, helt like. Hver er telt én gang.`,
  one: 'hendelse',
  many: 'hendelser',
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.ReadingNotice': typeof TEXT
  }
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString(currentLocale())} ${n === 1 ? one : many}`

/** What the upstream sent that could not be used as it was, so that no figure hides it. */
function ReadingNoticeView({ unreadable, repeated }: { unreadable: number; repeated: number }) {
  if (unreadable === 0 && repeated === 0) return null
  return (
    <div className="notice" role="note" data-testid="reading-notice">
      {unreadable > 0 ? <p>{TEXT.unreadable(count(unreadable, TEXT.one, TEXT.many))}</p> : null}
      {repeated > 0 ? <p>{TEXT.repeated(count(repeated, TEXT.one, TEXT.many))}</p> : null}
    </div>
  )
}

export const ReadingNotice = memo(ReadingNoticeView)
