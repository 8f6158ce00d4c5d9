/**
 * The en words of src/lexicon/sentence-labels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COPULAS: ['is'],
  OWNED_BY: ['jointly owned by', 'owned jointly by', 'owned by', 'is owned by', 'will be owned by'],
  FINANCED_BY: [
    'funded by',
    'funded from',
    'funded through',
    'funded out of',
    'financed by',
    'financed from',
    'financed through',
    'financed out of',
    'paid for by',
    'paid for from',
  ],
  ROLE_HEADS: ['role', 'roles', 'function'],
};
