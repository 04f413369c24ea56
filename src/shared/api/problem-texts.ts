import { PROBLEM_TYPES } from '../../api/problem'
import { defineText } from '../i18n/language'

/**
 * What each problem the app can receive means, in the user's language: one place, by problem
 * type (PROBLEM_TYPES) and else by status. The server's own title and detail (often English, as
 * Vipps MobilePay wrote them) stay beside it as secondary text.
 */

export interface ProblemExplanation {
  title: string
  explanation: string
}

const TRY_LATER = 'Prøv igjen om litt.'
const TELL_OPERATOR = 'Skjer det igjen, si fra til den som drifter dashboardet.'

const TEXT = defineText('ui.problemTexts', {
  byType: {
    [PROBLEM_TYPES.loginRequired]: {
      title: 'Du må logge inn igjen',
      explanation: 'Økten er utløpt eller passordet er endret. Logg inn for å fortsette.',
    },
    [PROBLEM_TYPES.keysRefused]: {
      title: 'Vipps MobilePay avviste regnskapsnøklene',
      explanation:
        'Sjekk at VIPPS_CLIENT_ID og VIPPS_CLIENT_SECRET er regnskapsnøklene for riktig konto, hele og uten anførselstegn, og start dashboard-serveren på nytt.',
    },
    [PROBLEM_TYPES.upstreamTimeout]: { title: 'Vipps MobilePay svarte ikke i tide', explanation: TRY_LATER },
    [PROBLEM_TYPES.upstreamUnreachable]: {
      title: 'Får ikke kontakt med Vipps MobilePay',
      explanation: `Dashboard-serveren nådde ikke Vipps MobilePay. ${TRY_LATER}`,
    },
    [PROBLEM_TYPES.upstreamBadAnswer]: {
      title: 'Vipps MobilePay svarte ikke som forventet',
      explanation: `Svaret kunne ikke brukes. ${TRY_LATER} ${TELL_OPERATOR}`,
    },
    [PROBLEM_TYPES.upstreamBusy]: {
      title: 'Dashboard-serveren har for mye å gjøre akkurat nå',
      explanation: `For mange forespørsler mot Vipps MobilePay på en gang. ${TRY_LATER}`,
    },
    [PROBLEM_TYPES.ledgerCheckFailed]: {
      title: 'Kunne ikke sjekke salgsstedet hos Vipps MobilePay',
      explanation: `Innstillinger og eksporter lagres bare for salgssteder nøklene har tilgang til. ${TRY_LATER}`,
    },
  } as Record<string, ProblemExplanation>,
  /** Vipps MobilePay answered with an error status (the proxy relayed it). */
  upstream: {
    400: {
      title: 'Vipps MobilePay avviste forespørselen',
      explanation: `Dashboardet spurte om noe Vipps MobilePay ikke godtar. ${TELL_OPERATOR}`,
    },
    401: {
      title: 'Vipps MobilePay godtok ikke tilgangen',
      explanation: `${TRY_LATER} Hjelper ikke det, sjekk regnskapsnøklene.`,
    },
    403: {
      title: 'Nøklene har ikke tilgang',
      explanation:
        'Regnskapsnøklene gir ikke tilgang til dette salgsstedet eller denne tjenesten hos Vipps MobilePay.',
    },
    404: {
      title: 'Vipps MobilePay fant det ikke',
      explanation: 'Salgsstedet eller det som ble spurt etter, finnes ikke for disse regnskapsnøklene.',
    },
    429: { title: 'Vipps MobilePay ber oss vente', explanation: `For mange forespørsler. ${TRY_LATER}` },
  } as Record<number, ProblemExplanation>,
  upstreamOther: (status: number): ProblemExplanation =>
    status >= 500
      ? { title: 'Feil hos Vipps MobilePay', explanation: TRY_LATER }
      : { title: `Vipps MobilePay svarte med en feil (${status})`, explanation: TELL_OPERATOR },
  /** The dashboard server's own answers. */
  own: {
    400: {
      title: 'Dashboard-serveren avviste forespørselen',
      explanation: `Noe i den var ugyldig. Last siden på nytt og prøv igjen. ${TELL_OPERATOR}`,
    },
    401: { title: 'Du må logge inn', explanation: 'Logg inn for å fortsette.' },
    403: {
      title: 'Forespørselen ble avvist',
      explanation: 'Endringer godtas bare fra dashboardets egne sider. Last siden på nytt og prøv igjen.',
    },
    404: {
      title: 'Fant ikke',
      explanation:
        'Det som ble spurt etter, finnes ikke – for eksempel et salgssted disse regnskapsnøklene ikke kan lese.',
    },
    405: { title: 'Forespørselen ble avvist', explanation: TELL_OPERATOR },
    409: {
      title: 'Bilagsnumrene er endret siden siden ble lastet',
      explanation:
        'En annen fane har eksportert noen av datoene. Ingenting ble endret. Last siden på nytt og last ned filen igjen.',
    },
    413: { title: 'For mye data i én forespørsel', explanation: TELL_OPERATOR },
    415: { title: 'Forespørselen ble avvist', explanation: TELL_OPERATOR },
    429: { title: 'For mange forsøk', explanation: TRY_LATER },
    500: { title: 'Feil i dashboard-serveren', explanation: `${TRY_LATER} ${TELL_OPERATOR}` },
    502: { title: 'Vipps MobilePay svarte ikke som forventet', explanation: TRY_LATER },
    503: { title: 'Tjenesten er midlertidig utilgjengelig', explanation: TRY_LATER },
    504: { title: 'Vipps MobilePay svarte ikke i tide', explanation: TRY_LATER },
    507: {
      title: 'Lageret for bilagsinnstillinger er fullt',
      explanation: `Ingenting ble endret. ${TELL_OPERATOR}`,
    },
  } as Record<number, ProblemExplanation>,
  ownOther: (status: number): ProblemExplanation =>
    status >= 500
      ? { title: `Feil i dashboard-serveren (${status})`, explanation: TRY_LATER }
      : { title: `Forespørselen ble avvist (${status})`, explanation: TELL_OPERATOR },
})
declare module '../i18n/messages' {
  interface Messages {
    'ui.problemTexts': typeof TEXT
  }
}

/** The explanation of a problem answered with `status` and problem `type` (null: none given). */
export function explainProblem(status: number, type: string | null): ProblemExplanation {
  const byType = type ? TEXT.byType[type] : undefined
  if (byType) return byType
  if (type === PROBLEM_TYPES.upstreamAnswer) return TEXT.upstream[status] ?? TEXT.upstreamOther(status)
  return TEXT.own[status] ?? TEXT.ownOther(status)
}
