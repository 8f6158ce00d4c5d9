/**
 * The en words of src/lexicon/goals.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COUNCIL_GOALS: [
    'vision 2030',
    "council's goals",
    "council's strategic goals",
    'council goals',
    "city council's goals",
    'strategic goals of the council',
    'goals of the city council',
  ],
  ESBJERG_STRATEGY_TERMS: [
    'shared public',
    'standard*',
    'coherence',
    'coherent',
    'efficiency',
    'it strategy',
    'strategic choice*',
    'priority criteri*',
    'prioritisation criteri*',
    'follow or explain',
    'reuse*',
    'integrat*',
    'existing',
    'one place',
    'once only',
  ],
  STRATEGY_REFERENCE: ['it strategy', "it strategy's", 'strategic choice*', 'prioritisation criteria', 'prioritization criteria', 'priority criteria'],
};
