/**
 * The en words of src/lexicon/language-markers.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  LANGUAGE_MARKERS: ['the', 'and', 'of', 'will', 'with', 'which', 'is', 'are', 'project', 'owner'],
};
