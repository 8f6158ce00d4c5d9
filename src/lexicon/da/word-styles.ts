/**
 * The da words of src/lexicon/word-styles.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  HEADING_STYLE_WORDS: ['Overskrift'],
};
