import { ApiError } from '../../../shared/api/client'
import { defineText } from '../../../shared/i18n/language'

const TEXTS = defineText('settlement.AccessNotice', {
  title: 'Regnskapsnøklene gir ikke tilgang til oppgjøret',
  body: 'Vipps MobilePay svarte at disse nøklene ikke kan lese gebyrer, avregninger og utbetalinger (Report API) for salgsstedet. Oppgjøret kan derfor ikke vises her.',
  sales: 'Salgene, innsikten, dagsrapporten og eksporten virker som før.',
  fix: 'Vil du se oppgjøret, be den som administrerer Vipps MobilePay-kontoen om regnskapsnøkler med tilgang til Report API for dette salgsstedet, og start dashbordet på nytt med dem.',
  answer: 'Svar fra Vipps MobilePay',
})
declare module '../../../shared/i18n/messages' {
  interface Messages {
    'settlement.AccessNotice': typeof TEXTS
  }
}

/** Keys without Report API access (403 or 404 on the report paths): said plainly, nothing breaks. */
export function AccessNotice({ error }: { error: Error }) {
  const status = error instanceof ApiError ? ` (HTTP ${error.status})` : ''
  return (
    <section
      className="notice settlement__access"
      data-testid="settlement-no-access"
      aria-labelledby="no-access"
    >
      <h2 id="no-access">{TEXTS.title}</h2>
      <p>{TEXTS.body}</p>
      <p>{TEXTS.sales}</p>
      <p>{TEXTS.fix}</p>
      <p className="small">
        {TEXTS.answer}
        {status}: {error.message}
      </p>
    </section>
  )
}
