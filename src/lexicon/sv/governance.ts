/**
 * The sv words of src/lexicon/governance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  PROJECT_MODEL: ['projektmodell*', 'stadens projektmodell', 'projektstyrningsmodell*', 'projektstyrning enligt', 'pps'],
  PROJECT_GOVERNANCE: ['styrgrupp*', 'projektmodell*', 'projektstyrning*', 'projektledare', 'projektledning', 'projektplan*', 'projektägare', 'beställare'],
  STEERING_GROUP: ['styrgrupp*', 'projektgrupp*', 'projektledning*'],
};
