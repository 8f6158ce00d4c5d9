/**
 * The da words of src/lexicon/negation.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  NEGATION: ['ikke', 'aldrig', 'hverken'],
  NOT_YET: ['endnu ikke', 'ikke endnu'],
  NONE: ['ingen', 'intet'],
  ABSENCE: ['uden', 'mangler'],
  OPTING_OUT: ['fravælger', 'fravalgt', 'frem for at', 'fremfor at', 'i stedet for at'],
  ANSWER_NO: ['nej'],
  ANSWER_YES: ['ja', 'jep'],
};
