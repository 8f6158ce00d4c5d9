/**
 * The sv words of src/lexicon/goals.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COUNCIL_GOALS: [
    'vision 2030',
    'stockholm 2030',
    'fullmäktiges mål',
    'kommunfullmäktiges mål',
    'fullmäktiges inriktningsmål',
    'kommunfullmäktiges inriktningsmål',
    'inriktningsmål*',
    'kf-mål*',
    'kf:s mål',
    'kf 1',
    'kf 2',
    'kf 3',
    'kf1',
    'kf2',
    'kf3',
    'fullmäktigemål*',
    'stadens mål',
    'en stad i världsklass',
  ],
  STRATEGY_REFERENCE: ['it-strategi*', 'it-programmet*'],
};
