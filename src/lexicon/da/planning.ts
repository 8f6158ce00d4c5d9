/**
 * The da words of src/lexicon/planning.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  STAGED_DELIVERY: ['etape*', 'delprojekt*', 'fase 1', 'opdelt i', 'år for år'],
  WITHIN_BUDGET_YEAR: [
    'inden for budgetåret',
    'inden for ét budgetår',
    'inden for et budgetår',
    'i budgetåret',
    'gennemføres i 20*',
    'gennemføres i løbet af 20*',
    'leveres i 20*',
    'afsluttes i 20*',
  ],
  DUE_BY: ['senest', 'inden', 'i', 'pr.', 'per'],
  // The evaluator as the subject of the verb, in the active voice: "ejendomschefen rapporterer …",
  // "the Head of Citizen Service reports on 15 November 2027".
  EVALUATOR: [
    'ansvarlig',
    'ansvarlige',
    'ansvaret for evalueringen',
    'gennemføres af',
    'udføres af',
    'evalueres af',
    'foretages af',
    'rapporterer',
    'evaluerer',
    'gør status',
  ],
};
