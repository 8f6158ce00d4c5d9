/**
 * The nb words of src/lexicon/negation.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  NEGATION: ['ikke', 'ikkje', 'aldri', 'verken'],
  NOT_YET: ['ennå ikke', 'ikke ennå', 'enda ikke'],
  NONE: ['ingen', 'intet'],
  ABSENCE: ['uten', 'mangler'],
  OPTING_OUT: ['velger bort', 'valgt bort', 'fremfor å', 'framfor å', 'i stedet for å'],
  ANSWER_NO: ['nei'],
  ANSWER_YES: ['ja', 'jo'],
};
