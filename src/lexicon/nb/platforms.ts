/**
 * The nb words of src/lexicon/platforms.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  EXCEPTION_DECIDED: ['unntak innvilget', 'innvilget unntak', 'vedtak om unntak', 'dispensasjon'],
  E_SERVICE: ['selvbetjening*', 'e-skjema*', 'nettskjema*'],
  LOGIN: ['logge inn', 'logger inn', 'innlogging*', 'pålogging*', 'bankid'],
  OUTSIDE_USERS: ['internett*', 'innbygger*', 'foresatte', 'foreldre*', 'virksomhet*', 'eksterne brukere'],
  DECISION_SUPPORT: ['beslutningsstøtte*', 'styringsinformasjon*', 'datavarehus*'],
};
