/**
 * The nb words of src/lexicon/units.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  CURRENCY_SIGNS: ['kr', 'kr.', 'nok'],
  CURRENCY_WORDS: ['kroner'],
  KRONER: ['kr', 'kroner', 'tkr', 'mkr', 'mnkr'],
  AMOUNT_MARKS: [',-'],
  'SCALES/0/words': ['mrd', 'mrd.', 'milliard', 'milliarder'],
  'SCALES/1/words': ['mill', 'mill.', 'million', 'millioner', 'mnok', 'mkr', 'mnkr'],
  'SCALES/2/words': ['tkr', 'tkr.', 'tusen', 'tusen kroner', 'tnok'],
  YEAR_WORDS: ['år'],
  AMOUNTS_STATED_IN: [
    'alle beløp i',
    'alle beløp er i',
    'alle beløp er oppgitt i',
    'alle beløp oppgis i',
    'beløp i',
    'beløp er i',
    'beløp oppgitt i',
    'alle tall i',
    'alle tall er i',
  ],
  PER_YEAR: ['per år', 'pr. år', 'pr år', 'i året', 'årlig', 'årlige', '/år'],
};
