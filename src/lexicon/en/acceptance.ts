/**
 * The en words of src/lexicon/acceptance.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  ACCEPTING: ['accept*', 'taken on', 'takes on', 'assumes', 'has assumed', 'decided to take on', 'took on'],
  RESPONSIBILITY: ['responsibilit*', 'cost', 'costs'],
};
