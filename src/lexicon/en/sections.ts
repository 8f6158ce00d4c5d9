/**
 * The en words of src/lexicon/sections.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  FILL_IN: 'Fill in',
};
