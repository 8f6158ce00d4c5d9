/**
 * The sv words of src/lexicon/sentence-labels.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  COPULAS: ['är'],
  OWNED_BY: ['ägs gemensamt av', 'ägs tillsammans av', 'ägs av', 'kommer att ägas av'],
  FINANCED_BY: ['finansieras av', 'finansieras ur', 'finansieras genom', 'finansieras inom', 'finansieras via', 'finansieras med', 'finansieras från'],
  ROLE_HEADS: ['roll', 'roller', 'funktion'],
};
