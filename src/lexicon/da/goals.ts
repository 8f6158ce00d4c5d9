/**
 * The da words of src/lexicon/goals.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COUNCIL_GOALS: ['vision 2030', 'byrådets mål', 'kommunalbestyrelsens mål'],
  ESBJERG_STRATEGY_TERMS: [
    'fællesoffentlig*',
    'fælles offentlig*',
    'fælleskommunal*',
    'følg eller forklar',
    'standard*',
    'kommunal sammenhæng',
    'sammenhæng*',
    'effektiviser*',
    'it-strategi*',
    'strategiske valg',
    'prioriteringskriteri*',
    'genbrug*',
    'integration*',
    'integrere*',
    'eksisterende',
    'allerede har',
    'ét sted',
    'kun et sted',
    'esdh',
  ],
  STRATEGY_REFERENCE: ['it-strategi*', 'it-strategiske valg', 'strategiske valg', 'prioriteringskriteri*'],
};
