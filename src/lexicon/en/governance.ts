/**
 * The en words of src/lexicon/governance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PROJECT_MODEL: ['project model', "city's project model", 'project management model', 'project governance model'],
  PROJECT_GOVERNANCE: [
    'steering group',
    'steering committee',
    'project model',
    'project governance',
    'project manager',
    'project management',
    'project plan',
    'project board',
  ],
  STEERING_GROUP: ['steering group*', 'steering committee*', 'project board*', 'project group*'],
};
