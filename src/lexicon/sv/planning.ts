/**
 * The sv words of src/lexicon/planning.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  STAGED_DELIVERY: [
    'etapp*',
    'delprojekt*',
    'delas upp',
    'uppdelat i',
    'uppdelad i',
    'uppdelas i',
    'beslutas år för år',
    'beslutas årsvis',
    'beslutas per år',
    'från år till år',
    'år för år',
    'delbeslut*',
    'etappvis',
    'steg 1',
    'fas 1',
    'delleverans*',
  ],
  WITHIN_BUDGET_YEAR: [
    'under budgetåret',
    'inom budgetåret',
    'till budgetåret',
    'under verksamhetsåret',
    'inom verksamhetsåret',
    'till verksamhetsåret',
    'ett och samma verksamhetsår',
    'ett verksamhetsår',
    'ett budgetår',
  ],
  DUE_BY: ['senast', 'till', 'före', 'år'],
  EVALUATOR: [
    'ansvarig',
    'ansvariga',
    'ansvaret för utvärderingen',
    'genomförs av',
    'utförs av',
    'utvärderas av',
    'görs av',
    'rapporterar',
    'redovisar',
    'utvärderar',
  ],
};
