/**
 * The nb words of src/lexicon/governance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PROJECT_MODEL: ['prosjektmodell*'],
  PROJECT_GOVERNANCE: ['styringsgruppe*', 'prosjektmodell*', 'prosjektstyring*', 'prosjektleder*', 'prosjektplan*'],
  STEERING_GROUP: ['styringsgruppe*', 'styregruppe*', 'prosjektgruppe*'],
};
