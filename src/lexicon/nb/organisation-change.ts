/**
 * The nb words of src/lexicon/organisation-change.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ORGANISATION_CHANGE: [
    'organisasjonsprosjekt*',
    'organisasjonsutvikling*',
    'organisasjonsendring*',
    'endringsledelse',
    'endringsarbeid*',
    'endringsprosess*',
    'omstilling*',
    'nye arbeidsprosesser',
    'nye arbeidsmetoder',
    'nye arbeidsrutiner',
    'arbeidsprosessene legges om',
    'legge om arbeidsprosess*',
    'ikke som et ikt-prosjekt',
    'ikke et ikt-prosjekt',
  ],
  WORK_PRACTICE_CHANGE: ['arbeidsprosess*', 'arbeidsmåte*', 'arbeidsflyt*', 'endringsledelse', 'virksomhetsutvikling', 'nye rutiner'],
};
