/**
 * platforms: words the tool understands, per language (the lexicon is their one home).
 */
import type { WordLists } from './phrases.js';

/** An exception decided by the kommunstyrelse, said in prose. Read by `common-platforms`. */
export const EXCEPTION_DECIDED: WordLists = {
  sv: [
    'undantagsbeslut*',
    'beslut om undantag',
    'beslutat om undantag',
    'beslutade om undantag',
    'beviljat undantag',
    'beviljade undantag',
    'medgett undantag',
    'medgav undantag',
    'undantag beviljat*',
    'undantag beviljades',
    'undantag medgavs',
  ],
  en: ['exception decision', 'decision on an exception', 'granted an exception', 'decided on an exception', 'exception was granted', 'exception granted'],
  da: ['undtagelse bevilget', 'bevilget undtagelse', 'beslutning om undtagelse', 'dispensation'],
  nb: ['unntak innvilget', 'innvilget unntak', 'vedtak om unntak', 'dispensasjon'],
};

/** An e-service or web form (the city's e-service platform). Read by `common-platforms`. */
export const E_SERVICE: WordLists = {
  sv: ['e-tjänst*', 'etjänst*', 'webbformulär*', 'e-blankett*', 'självservice*', 'självbetjäning*'],
  en: ['e-service*', 'online form*', 'web form*', 'self-service*', 'e-form*'],
  da: ['selvbetjening*', 'e-blanket*'],
  nb: ['selvbetjening*', 'e-skjema*', 'nettskjema*'],
};

/** Logging in, authentication (the id-portal). Read by `common-platforms`. */
export const LOGIN: WordLists = {
  sv: ['inloggning*', 'logga in', 'loggar in', 'e-legitimation*', 'bankid', 'freja eid*', 'autentisering*'],
  en: ['log in', 'logs in', 'login*', 'sign in', 'signs in', 'sign-in', 'e-id', 'bankid', 'authentication'],
  da: ['log ind', 'logger ind', 'login*', 'mitid'],
  nb: ['logge inn', 'logger inn', 'innlogging*', 'pålogging*', 'bankid'],
};

/** Users outside the city's network: citizens, parents, businesses, the internet. Read by `common-platforms`. */
export const OUTSIDE_USERS: WordLists = {
  sv: ['internet', 'medborgare*', 'invånare*', 'vårdnadshavare*', 'företagare*', 'besökare*', 'externa användare', 'e-tjänst*', 'hemifrån', 'mobil*'],
  en: ['internet', 'citizen*', 'resident*', 'parent*', 'business*', 'visitor*', 'external user*', 'e-service*', 'from home', 'mobile*'],
  da: ['internet*', 'borger*', 'forældre*', 'virksomhed*', 'eksterne brugere'],
  nb: ['internett*', 'innbygger*', 'foresatte', 'foreldre*', 'virksomhet*', 'eksterne brukere'],
};

/** Decision support and management information (LIS). Read by `common-platforms`. */
export const DECISION_SUPPORT: WordLists = {
  sv: ['beslutsstöd*', 'ledningsinformation*', 'rapportverktyg*', 'datalager', 'bi-lösning*', 'business intelligence', 'dashboard*', 'instrumentpanel*'],
  en: ['decision support', 'management information', 'business intelligence', 'dashboard*', 'data warehouse*', 'reporting tool*'],
  da: ['beslutningsstøtte*', 'ledelsesinformation*', 'datavarehus*'],
  nb: ['beslutningsstøtte*', 'styringsinformasjon*', 'datavarehus*'],
};
