/**
 * The nb words of src/lexicon/planning.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  STAGED_DELIVERY: ['etappe*', 'delprosjekt*', 'fase 1', 'delt opp i', 'år for år'],
  WITHIN_BUDGET_YEAR: [
    'innenfor budsjettåret',
    'innenfor ett budsjettår',
    'i budsjettåret',
    'gjennomføres i 20*',
    'gjennomføres i løpet av 20*',
    'leveres i 20*',
    'avsluttes i 20*',
  ],
  DUE_BY: ['innen', 'senest', 'i', 'per'],
  EVALUATOR: [
    'ansvarlig',
    'ansvarlige',
    'ansvaret for evalueringen',
    'gjennomføres av',
    'utføres av',
    'evalueres av',
    'foretas av',
    'rapporterer',
    'evaluerer',
  ],
};
