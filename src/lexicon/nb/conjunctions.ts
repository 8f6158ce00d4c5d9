/**
 * The nb words of src/lexicon/conjunctions.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  CONJUNCTIONS: ['og', 'samt', 'samt også'],
};
