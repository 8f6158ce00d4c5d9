/**
 * The sv words of src/lexicon/negation.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  NEGATION: ['inte', 'ej', 'icke', 'aldrig', 'varken'],
  NOT_YET: ['ännu inte', 'inte ännu', 'ännu ej'],
  NONE: ['ingen', 'inga', 'inget'],
  ABSENCE: ['utan', 'saknas', 'saknar'],
  OPTING_OUT: ['väljer bort', 'valts bort', 'i stället för att', 'istället för att', 'snarare än att'],
  ANSWER_NO: ['nej'],
  ANSWER_YES: ['ja', 'jo', 'japp'],
};
