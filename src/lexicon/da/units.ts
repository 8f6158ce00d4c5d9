/**
 * The da words of src/lexicon/units.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  CURRENCY_SIGNS: ['kr', 'kr.', 'dkk'],
  CURRENCY_WORDS: ['kroner'],
  KRONER: ['kr', 'kroner', 'tkr', 'mkr'],
  AMOUNT_MARKS: [',-', '-'],
  'SCALES/0/words': ['mia', 'mia.', 'milliard', 'milliarder'],
  'SCALES/1/words': ['mio', 'mio.', 'mill', 'mill.', 'million', 'millioner', 'mdkk'],
  'SCALES/2/words': ['tkr', 'tkr.', 't.kr', 't.kr.', 't. kr', 't. kr.', 'tusind', 'tdkk'],
  YEAR_WORDS: ['år', 'aar'],
  AMOUNTS_STATED_IN: [
    'alle beløb i',
    'alle beløb er i',
    'alle beløb er angivet i',
    'alle beløb angives i',
    'beløb i',
    'beløb er i',
    'beløb angivet i',
    'alle tal i',
    'alle tal er i',
  ],
  PER_YEAR: ['per år', 'pr. år', 'pr år', 'om året', 'årligt', 'årlig', '/år'],
};
