/**
 * The da words of src/lexicon/platforms.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  EXCEPTION_DECIDED: ['undtagelse bevilget', 'bevilget undtagelse', 'beslutning om undtagelse', 'dispensation'],
  E_SERVICE: ['selvbetjening*', 'e-blanket*'],
  LOGIN: ['log ind', 'logger ind', 'login*', 'mitid'],
  OUTSIDE_USERS: ['internet*', 'borger*', 'forældre*', 'virksomhed*', 'eksterne brugere'],
  DECISION_SUPPORT: ['beslutningsstøtte*', 'ledelsesinformation*', 'datavarehus*'],
};
