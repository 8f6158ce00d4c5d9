/**
 * The en words of src/lexicon/units.ts, each under the path of the place it fills there
 * (generated first by split-lexicon.mjs; from then on this is where they are written).
 */
export default {
  CURRENCY_SIGNS: ['eur', '€'],
  CURRENCY_WORDS: ['euro'],
  'SCALES/0/words': ['billion'],
  'SCALES/1/words': ['million', 'meur', 'm€'],
  'SCALES/2/words': ['thousand', 'teur', 'k€'],
  YEAR_WORDS: ['year', 'years', 'yr', 'yrs'],
  AMOUNTS_STATED_IN: [
    'all amounts in',
    'all amounts are in',
    'amounts in',
    'amounts are in',
    'all figures in',
    'figures in',
    'all amounts are stated in',
    'amounts stated in',
  ],
  PER_YEAR: ['per year', 'a year', 'per annum', 'annual', 'annually', 'yearly', '/year'],
};
