/**
 * The nb words of src/lexicon/goals.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COUNCIL_GOALS: ['vision 2030', 'bystyrets mål', 'kommunestyrets mål'],
  STRATEGY_REFERENCE: ['it-strategi*', 'ikt-strategi*', 'digitaliseringsstrategi*'],
};
