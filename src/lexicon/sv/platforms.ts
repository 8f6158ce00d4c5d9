/**
 * The sv words of src/lexicon/platforms.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  EXCEPTION_DECIDED: [
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
  E_SERVICE: ['e-tjänst*', 'etjänst*', 'webbformulär*', 'e-blankett*', 'självservice*', 'självbetjäning*'],
  LOGIN: ['inloggning*', 'logga in', 'loggar in', 'e-legitimation*', 'bankid', 'freja eid*', 'autentisering*'],
  OUTSIDE_USERS: [
    'internet',
    'medborgare*',
    'invånare*',
    'vårdnadshavare*',
    'företagare*',
    'besökare*',
    'externa användare',
    'e-tjänst*',
    'hemifrån',
    'mobil*',
  ],
  DECISION_SUPPORT: [
    'beslutsstöd*',
    'ledningsinformation*',
    'rapportverktyg*',
    'datalager',
    'bi-lösning*',
    'business intelligence',
    'dashboard*',
    'instrumentpanel*',
  ],
};
