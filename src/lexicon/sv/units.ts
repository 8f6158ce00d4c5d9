/**
 * The sv words of src/lexicon/units.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  CURRENCY_SIGNS: ['kr', 'kr.', 'sek'],
  CURRENCY_WORDS: ['kronor'],
  KRONER: ['kr', 'kronor', 'tkr', 'kkr', 'mkr', 'mnkr'],
  AMOUNT_MARKS: [':-'],
  'SCALES/0/words': ['mrd', 'mrd.', 'miljard', 'miljarder'],
  'SCALES/1/words': ['milj', 'milj.', 'miljon', 'miljoner', 'mkr', 'mnkr', 'mnkr.', 'msek'],
  'SCALES/2/words': ['tkr', 'tkr.', 'kkr', 'tsek'],
  YEAR_WORDS: ['år'],
  AMOUNTS_STATED_IN: [
    'alla belopp i',
    'alla belopp är i',
    'alla belopp anges i',
    'alla belopp är angivna i',
    'belopp i',
    'belopp anges i',
    'beloppen anges i',
    'beloppen är i',
    'alla siffror i',
  ],
  PER_YEAR: ['per år', 'om året', 'årligen', 'årlig', 'årligt', '/år'],
};
