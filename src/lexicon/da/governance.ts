/**
 * The da words of src/lexicon/governance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PROJECT_MODEL: ['projektmodel*'],
  PROJECT_GOVERNANCE: ['styregruppe*', 'projektmodel*', 'projektstyring*', 'projektleder*', 'projektplan*'],
  STEERING_GROUP: ['styregruppe*', 'projektgruppe*', 'styregruppen*'],
};
