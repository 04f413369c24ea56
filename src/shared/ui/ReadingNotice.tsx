import { memo } from 'react'
import { currentLocale } from '../../api/locale'

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString(currentLocale())} ${n === 1 ? one : many}`

/** What the upstream sent that could not be used as it was, so that no figure hides it. */
function ReadingNoticeView({ unreadable, repeated }: { unreadable: number; repeated: number }) {
  if (unreadable === 0 && repeated === 0) return null
  return (
    <div className="notice" role="note" data-testid="reading-notice">
      {unreadable > 0 ? (
        <p>
          {count(unreadable, 'hendelse', 'hendelser')} kunne ikke leses. De vises merket «Kunne ikke leses»
          med hva som var galt, og er ikke med i summene.
        </p>
      ) : null}
      {repeated > 0 ? (
        <p>
          Vipps MobilePay sendte {count(repeated, 'hendelse', 'hendelser')} to ganger, helt like. Hver er telt
          én gang.
        </p>
      ) : null}
    </div>
  )
}

export const ReadingNotice = memo(ReadingNoticeView)
